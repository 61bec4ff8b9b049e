import path from "node:path";
import { describe, expect, it } from "vitest";
import { readManifest, STORIES_DIR } from "../../src/build/campaigns";
import type { DecisionValue } from "../../src/engine/outcome";
import { compileRule } from "../../src/engine/outcomeRule";
import { ruleThreshold } from "../support/fixtures";

const manifest = readManifest(path.join(STORIES_DIR, "neo-unity"));
const manifestOutcomes = manifest.outcomes.map((outcome) => outcome.id);
const neoUnityOutcome = compileRule(manifest).decide;

// Every threshold is read from stories/neo-unity/campaign.json, so these follow a writer's retuning.
const LIORA_LEAVES_GRID = ruleThreshold(manifest, "the zones go dark: Liora leaves the grid", "liora");
const LIORA_LEAVES_GRID_WITHOUT_CHARTER = ruleThreshold(
  manifest,
  "the zones go dark: with no charter Liora leaves sooner",
  "liora",
);
const LIORA_FORGIVES_CUT = ruleThreshold(manifest, "the zones go dark: Liora does not forgive the cut relay", "liora");
const GRAND_DESIGN_MEAN = ruleThreshold(
  manifest,
  "the design absorbs dissent: the cast leans to the collective",
  "mean",
);
const GRAND_DESIGN_MEAN_AFTER_OVERRIDE = ruleThreshold(
  manifest,
  "the design absorbs dissent: the split was overridden",
  "mean",
);
const TALON_SANDS_THE_WEAVE = ruleThreshold(manifest, "the design absorbs dissent: Talon sands the weave", "talon");
const SPLIT_SCREEN_MEAN = ruleThreshold(
  manifest,
  "the celebration shatters: the cast leans to their own nights",
  "mean",
);
const SPLIT_SCREEN_SPREAD = ruleThreshold(manifest, "the celebration shatters: the cast is too far apart", "spread");
const JAXON_KEEPS_THE_SKY = ruleThreshold(manifest, "the celebration shatters: Jaxon keeps the sky", "jaxon");

type Stances = { elara: number; jaxon: number; liora: number; talon: number };

/** The seed's night: Talon weaves the private dreams in, the Stacks stay lit, Liora's charter is signed. */
const seedNight: Record<string, DecisionValue> = { projection_answer: "weave", relay_cut: false, coop_charter: true };
/** A cast that met in the middle: what the mosaic needs. */
const metInTheMiddle: Stances = { elara: 10, jaxon: 15, liora: -20, talon: -5 };

function decide(stances: Partial<Stances>, decisions: Record<string, DecisionValue> = {}): string {
  return neoUnityOutcome({ stances: { ...metInTheMiddle, ...stances }, decisions: { ...seedNight, ...decisions } });
}

/** Stances with the given mean and a small spread, Liora kept low, so only the mean is under test. */
function castWithMean(mean: number): Stances {
  return { elara: mean + 10, jaxon: mean + 15, liora: mean - 20, talon: mean - 5 };
}

describe("the Neo-Unity festival outcome rule", () => {
  it("reaches the mosaic and the co-ops when the cast meets in the middle on the seed's night", () => {
    expect(decide({})).toBe("mosaic-coops");
  });

  it("reaches each of the four outcomes from a night that earns it", () => {
    const overridden = { projection_answer: "override", relay_cut: false, coop_charter: false };
    const yielded = { projection_answer: "yield", relay_cut: false, coop_charter: false };
    const cut = { projection_answer: "weave", relay_cut: true, coop_charter: false };
    expect(decide({ elara: -75, jaxon: 50, liora: -40, talon: -80 }, overridden)).toBe("grand-design");
    expect(decide({ elara: 45, jaxon: 40, liora: -10, talon: 55 }, yielded)).toBe("split-screen");
    expect(decide({ elara: -30, jaxon: 40, liora: 60, talon: -45 }, cut)).toBe("lights-out");
  });

  describe("lights out", () => {
    it("goes dark when Liora leaves the grid, sooner without the charter to hold the zones in", () => {
      // Elara and Jaxon lean in so that a high Liora does not tip the mean toward the split screen.
      const liora = (value: number) => ({ elara: -20, jaxon: 0, liora: value });
      expect(decide(liora(LIORA_LEAVES_GRID_WITHOUT_CHARTER), { coop_charter: false })).toBe("lights-out");
      expect(decide(liora(LIORA_LEAVES_GRID_WITHOUT_CHARTER - 0.01), { coop_charter: false })).toBe("mosaic-coops");
      expect(decide(liora(LIORA_LEAVES_GRID), { coop_charter: true })).toBe("lights-out");
      expect(decide(liora(LIORA_LEAVES_GRID - 0.01), { coop_charter: true })).toBe("mosaic-coops");
    });

    it("keeps the zones dark after a cut relay unless Liora still trusts the grid", () => {
      expect(decide({ liora: LIORA_FORGIVES_CUT + 0.01 }, { relay_cut: true })).toBe("lights-out");
      expect(decide({ liora: LIORA_FORGIVES_CUT }, { relay_cut: true })).toBe("mosaic-coops");
      expect(decide({ liora: LIORA_FORGIVES_CUT + 0.01 }, { relay_cut: false })).toBe("mosaic-coops");
    });

    it("outweighs every mood on the plaza", () => {
      const cut = { relay_cut: true, projection_answer: "override" };
      expect(neoUnityOutcome({ stances: { elara: -90, jaxon: -90, liora: 11, talon: -90 }, decisions: cut })).toBe(
        "lights-out",
      );
      expect(neoUnityOutcome({ stances: { elara: 90, jaxon: 90, liora: 90, talon: 90 }, decisions: {} })).toBe(
        "lights-out",
      );
    });
  });

  describe("the grand design", () => {
    it("absorbs all dissent when the cast leans far enough toward the collective", () => {
      expect(decide(castWithMean(GRAND_DESIGN_MEAN), { projection_answer: "yield" })).toBe("grand-design");
      expect(decide(castWithMean(GRAND_DESIGN_MEAN + 0.01), { projection_answer: "yield" })).toBe("mosaic-coops");
    });

    it("absorbs it sooner once Elara has overridden the split screen", () => {
      const override = { projection_answer: "override" };
      expect(decide(castWithMean(GRAND_DESIGN_MEAN_AFTER_OVERRIDE), override)).toBe("grand-design");
      expect(decide(castWithMean(GRAND_DESIGN_MEAN_AFTER_OVERRIDE + 0.01), override)).toBe("mosaic-coops");
    });

    it("sands the weave into one picture when Talon is too devoted to the collective", () => {
      expect(decide({ talon: TALON_SANDS_THE_WEAVE }, { projection_answer: "weave" })).toBe("grand-design");
      expect(decide({ talon: TALON_SANDS_THE_WEAVE + 0.01 }, { projection_answer: "weave" })).toBe("mosaic-coops");
      expect(decide({ talon: TALON_SANDS_THE_WEAVE }, { projection_answer: "yield" })).toBe("mosaic-coops");
    });

    it("outweighs a cast too far apart to hold one sky", () => {
      const torn = { elara: -95, jaxon: 20, liora: -60, talon: -95 };
      expect(decide(torn, { projection_answer: "override" })).toBe("grand-design");
    });
  });

  describe("the split screen", () => {
    it("shatters when the cast leans far enough toward the individual", () => {
      expect(decide(castWithMean(SPLIT_SCREEN_MEAN))).toBe("split-screen");
      expect(decide(castWithMean(SPLIT_SCREEN_MEAN - 0.01))).toBe("mosaic-coops");
    });

    it("shatters when the cast is too far apart, whatever its average", () => {
      const apart = (jaxon: number) => ({ elara: -jaxon, jaxon, liora: 0, talon: 0 });
      expect(decide(apart(SPLIT_SCREEN_SPREAD / 2))).toBe("split-screen");
      expect(decide(apart(SPLIT_SCREEN_SPREAD / 2 - 0.01))).toBe("mosaic-coops");
    });

    it("shatters when Elara yields the sky to a Jaxon who still wants it for himself", () => {
      expect(decide({ jaxon: JAXON_KEEPS_THE_SKY }, { projection_answer: "yield" })).toBe("split-screen");
      expect(decide({ jaxon: JAXON_KEEPS_THE_SKY - 0.01 }, { projection_answer: "yield" })).toBe("mosaic-coops");
      expect(decide({ jaxon: JAXON_KEEPS_THE_SKY }, { projection_answer: "weave" })).toBe("mosaic-coops");
    });
  });

  it("decides before the climax too, when no decision has been made yet", () => {
    const unset = { projection_answer: "", relay_cut: false, coop_charter: false };
    expect(decide({}, unset)).toBe("mosaic-coops");
    expect(neoUnityOutcome({ stances: metInTheMiddle, decisions: {} })).toBe("mosaic-coops");
    expect(neoUnityOutcome({ stances: { elara: -35, jaxon: 60, liora: -5, talon: -50 }, decisions: {} })).toBe(
      "split-screen",
    );
  });

  it("is pure: the same input gives the same answer and is left unchanged", () => {
    const input = { stances: { ...metInTheMiddle }, decisions: { ...seedNight } };
    const copy = structuredClone(input);
    expect(neoUnityOutcome(input)).toBe(neoUnityOutcome(copy));
    expect(input).toEqual(copy);
  });

  it("returns only outcome ids of the campaign manifest, and every one of them, across the space of inputs", () => {
    const seen = new Set<string>();
    const values = [-100, -60, -25, -5, 0, 10, 30, 60, 100];
    const answers: DecisionValue[] = ["", "override", "yield", "weave"];
    for (const elara of values)
      for (const jaxon of values)
        for (const liora of values)
          for (const talon of values)
            for (const projection_answer of answers)
              for (const relay_cut of [false, true])
                for (const coop_charter of [false, true])
                  seen.add(
                    neoUnityOutcome({
                      stances: { elara, jaxon, liora, talon },
                      decisions: { projection_answer, relay_cut, coop_charter },
                    }),
                  );
    expect([...seen].sort()).toEqual([...manifestOutcomes].sort());
  });
});
