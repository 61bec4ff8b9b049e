import path from "node:path";
import { describe, expect, it } from "vitest";
import { readManifest, STORIES_DIR } from "../../src/build/campaigns";
import type { DecisionValue } from "../../src/engine/outcome";
import { compileRule } from "../../src/engine/outcomeRule";
import { ruleThreshold } from "../support/fixtures";

// The rule is data (stories/neo-unity/campaign.json); every threshold is read from it by condition
// name, so these boundaries follow a writer's retuning.
const manifest = readManifest(path.join(STORIES_DIR, "neo-unity"));
const rule = compileRule(manifest);
const manifestOutcomes = manifest.outcomes.map((outcome) => outcome.id);
const threshold = (condition: string, subject: string) => ruleThreshold(manifest, condition, subject);

const CUT = "the zones go dark: the relay was cut and Liora does not trust Elara to make it right";
const LEAVES = "the zones go dark: Liora wants the Stacks' own nights and does not trust the city to share them";
const LEANS = "the design absorbs dissent: the cast leans to the collective and no charter gives the Stacks a switch";
const FAR_GONE =
  "the design absorbs dissent: the cast leans so far to the collective that even the charter's switch stays on";
const HELD = "the design absorbs dissent: Elara held the sky and Jaxon, not trusting her, went silent";
const BLENDED = "the design absorbs dissent: Elara asked Talon to blend the weave he promised to keep whole";
const OWN_NIGHTS = "the celebration shatters: the cast leans to their own nights";
const APART = "the celebration shatters: the cast is too far apart";
const KEPT_SKY =
  "the celebration shatters: Elara gave Jaxon the sky and he does not trust her enough to hand half back";

const LIORA_FORGIVES_CUT = threshold(CUT, "liora_trust");
const LIORA_LEAVES_AT = threshold(LEAVES, "liora");
const LIORA_STAYS_IF_TRUST = threshold(LEAVES, "liora_trust");
const GRAND_DESIGN_MEAN = threshold(LEANS, "mean");
const GRAND_DESIGN_MEAN_WITH_CHARTER = threshold(FAR_GONE, "mean");
const HELD_SKY_MEAN = threshold(HELD, "mean");
const JAXON_SHARES_AT = threshold(HELD, "jaxon_trust");
const TALON_BLENDS_AT = threshold(BLENDED, "talon");
const SPLIT_SCREEN_MEAN = threshold(OWN_NIGHTS, "mean");
const SPLIT_SCREEN_SPREAD = threshold(APART, "spread");

type Stances = { elara: number; jaxon: number; liora: number; talon: number };

/** The seed's night: Talon weaves the private dreams in and shows the seams, the Stacks stay lit,
 * the charter is signed, and both Jaxon and Liora trust Elara. */
const seedNight: Record<string, DecisionValue> = {
  projection_answer: "weave",
  seams: "shown",
  relay_cut: false,
  coop_charter: true,
  jaxon_trust: 4,
  liora_trust: 4,
};
/** A cast that met in the middle: what the mosaic needs. */
const metInTheMiddle: Stances = { elara: 5, jaxon: 20, liora: -10, talon: -5 };

function decide(stances: Partial<Stances>, decisions: Record<string, DecisionValue> = {}): string {
  return rule.decide({ stances: { ...metInTheMiddle, ...stances }, decisions: { ...seedNight, ...decisions } });
}

/** Stances with the given mean and a small spread, Liora kept low, so only the mean is under test. */
function castWithMean(mean: number): Stances {
  return { elara: mean + 5, jaxon: mean + 15, liora: mean - 15, talon: mean - 5 };
}

describe("the Neo-Unity festival outcome rule (campaign.json)", () => {
  it("reaches the mosaic and the co-ops when the cast meets in the middle on the seed's night", () => {
    expect(decide({})).toBe("mosaic-coops");
  });

  describe("lights out", () => {
    it("keeps the zones dark after a cut relay unless Liora has come to trust Elara again", () => {
      expect(decide({}, { relay_cut: true, liora_trust: LIORA_FORGIVES_CUT - 1 })).toBe("lights-out");
      expect(decide({}, { relay_cut: true, liora_trust: LIORA_FORGIVES_CUT })).toBe("mosaic-coops");
      expect(decide({}, { relay_cut: false, liora_trust: LIORA_FORGIVES_CUT - 1 })).toBe("mosaic-coops");
    });

    it("goes dark when Liora wants the Stacks' own nights only if she does not trust the city to share them", () => {
      const autonomous = { elara: -20, jaxon: 0, liora: LIORA_LEAVES_AT };
      expect(decide(autonomous, { liora_trust: LIORA_STAYS_IF_TRUST - 1 })).toBe("lights-out");
      // The same belief in the Stacks' autonomy, held by a Liora who trusts Elara, builds co-ops instead.
      expect(decide(autonomous, { liora_trust: LIORA_STAYS_IF_TRUST })).toBe("mosaic-coops");
      expect(decide({ ...autonomous, liora: LIORA_LEAVES_AT - 0.01 }, { liora_trust: 0 })).toBe("mosaic-coops");
    });

    it("outweighs every mood on the plaza", () => {
      const cut = { relay_cut: true, liora_trust: -3, projection_answer: "override", coop_charter: false };
      expect(rule.decide({ stances: { elara: -90, jaxon: -90, liora: -90, talon: -90 }, decisions: cut })).toBe(
        "lights-out",
      );
      expect(
        rule.decide({ stances: { elara: 90, jaxon: 90, liora: 90, talon: 90 }, decisions: { liora_trust: 0 } }),
      ).toBe("lights-out");
    });
  });

  describe("the grand design", () => {
    it("absorbs all dissent when the cast leans to the collective, unless the charter gives the Stacks a switch", () => {
      const unsigned = { coop_charter: false };
      expect(decide(castWithMean(GRAND_DESIGN_MEAN), unsigned)).toBe("grand-design");
      expect(decide(castWithMean(GRAND_DESIGN_MEAN + 0.01), unsigned)).toBe("mosaic-coops");
      // Signing the charter means the same lean leaves the Stacks their own switch.
      expect(decide(castWithMean(GRAND_DESIGN_MEAN), { coop_charter: true })).toBe("mosaic-coops");
      expect(decide(castWithMean(GRAND_DESIGN_MEAN_WITH_CHARTER), { coop_charter: true })).toBe("grand-design");
      expect(decide(castWithMean(GRAND_DESIGN_MEAN_WITH_CHARTER + 0.01), { coop_charter: true })).toBe("mosaic-coops");
    });

    it("absorbs it once Elara has held the sky against a Jaxon who does not trust her", () => {
      const held = { projection_answer: "override", coop_charter: false };
      expect(decide(castWithMean(HELD_SKY_MEAN), { ...held, jaxon_trust: JAXON_SHARES_AT - 1 })).toBe("grand-design");
      expect(decide(castWithMean(HELD_SKY_MEAN), { ...held, jaxon_trust: JAXON_SHARES_AT })).toBe("mosaic-coops");
      expect(decide(castWithMean(HELD_SKY_MEAN + 0.01), { ...held, jaxon_trust: 0 })).toBe("mosaic-coops");
    });

    it("blends the weave only when Elara asked Talon to, never against his promise on its own", () => {
      const weave = { projection_answer: "weave" };
      expect(decide({ talon: TALON_BLENDS_AT }, { ...weave, seams: "blended" })).toBe("grand-design");
      expect(decide({ talon: TALON_BLENDS_AT + 0.01 }, { ...weave, seams: "blended" })).toBe("mosaic-coops");
      expect(decide({ talon: -60 }, { ...weave, seams: "shown" })).toBe("mosaic-coops");
      expect(decide({ talon: -60 }, { ...weave, seams: "woven" })).toBe("mosaic-coops");
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

    it("shatters when Elara yields the sky to a Jaxon who does not trust her to share it back", () => {
      expect(threshold(KEPT_SKY, "jaxon_trust")).toBe(JAXON_SHARES_AT);
      const yielded = { projection_answer: "yield" };
      expect(decide({}, { ...yielded, jaxon_trust: JAXON_SHARES_AT - 1 })).toBe("split-screen");
      expect(decide({}, { ...yielded, jaxon_trust: JAXON_SHARES_AT })).toBe("mosaic-coops");
      expect(decide({}, { projection_answer: "weave", jaxon_trust: JAXON_SHARES_AT - 1 })).toBe("mosaic-coops");
    });
  });

  it("keeps trust apart from belief: the same stances end differently by whom Jaxon and Liora trust", () => {
    const stances = { elara: 0, jaxon: 40, liora: LIORA_LEAVES_AT, talon: -30 };
    const night = { projection_answer: "yield", relay_cut: false, coop_charter: true };
    expect(decide(stances, { ...night, jaxon_trust: 4, liora_trust: 4 })).toBe("mosaic-coops");
    expect(decide(stances, { ...night, jaxon_trust: 0, liora_trust: 4 })).toBe("split-screen");
    expect(decide(stances, { ...night, jaxon_trust: 4, liora_trust: 0 })).toBe("lights-out");
  });

  it("decides before the climax too, when no decision has been made yet", () => {
    const unset = { projection_answer: "", seams: "", relay_cut: false, coop_charter: false };
    expect(decide({}, unset)).toBe("mosaic-coops");
    expect(rule.decide({ stances: metInTheMiddle, decisions: {} })).toBe("mosaic-coops");
  });

  it("is pure: the same input gives the same answer and is left unchanged", () => {
    const input = { stances: { ...metInTheMiddle }, decisions: { ...seedNight } };
    const copy = structuredClone(input);
    expect(rule.decide(input)).toBe(rule.decide(copy));
    expect(input).toEqual(copy);
  });

  it("only returns outcome ids of the campaign manifest, and can return every one of them", () => {
    const seen = new Set<string>();
    const values = [-100, -60, -25, -5, 0, 10, 30, 60, 100];
    const answers: DecisionValue[] = ["", "override", "yield", "weave"];
    for (const elara of values)
      for (const jaxon of values)
        for (const liora of values)
          for (const talon of values)
            for (const projection_answer of answers)
              for (const trust of [0, 4])
                for (const relay_cut of [false, true])
                  seen.add(
                    rule.decide({
                      stances: { elara, jaxon, liora, talon },
                      decisions: { projection_answer, relay_cut, jaxon_trust: trust, liora_trust: trust, seams: "" },
                    }),
                  );
    expect([...seen].sort()).toEqual([...manifestOutcomes].sort());
  });
});
