import path from "node:path";
import { describe, expect, it } from "vitest";
import { readManifest, STORIES_DIR } from "../../src/build/campaigns";
import type { DecisionValue } from "../../src/engine/outcome";
import { compileRule } from "../../src/engine/outcomeRule";
import { ruleThreshold } from "../support/fixtures";

const manifest = readManifest(path.join(STORIES_DIR, "neo-lumen"));
const rule = compileRule(manifest);
const manifestOutcomes = manifest.outcomes.map((outcome) => outcome.id);
const NEO_LUMEN_OUTCOMES = manifestOutcomes;

// Every threshold is read from stories/neo-lumen/campaign.json, so these follow a writer's retuning.
const ELIOT_TRUSTS = ruleThreshold(
  manifest,
  "Eliot takes Seraphina at her word and reboots: he trusts her",
  "eliot_trust",
);
const REBOOT_BELOW = ruleThreshold(
  manifest,
  "Eliot, left the call, reboots because he leans to keeping them safe",
  "eliot",
);
const FRACTURE_LEAN = ruleThreshold(manifest, "the dreamers lean to their own nights", "lean");
const TORN_SPREAD = ruleThreshold(manifest, "the four are torn apart", "spread");
const MARIS_YIELDS_BELOW = ruleThreshold(
  manifest,
  "Maris's painting went up under the shelter, and she no longer fights for it",
  "maris",
);
const UTOPIA_LEAN = ruleThreshold(manifest, "the new dream smooths every truth away", "lean");
const RETOLD_AT = ruleThreshold(manifest, "the city retells the night the reboot erased", "truths_told");
const UNPICKED_MEAN = ruleThreshold(manifest, "the tapestry is unpicked, strand by strand", "mean");
const SMOOTHED_AT_MOST = ruleThreshold(manifest, "the tapestry is smoothed in the telling", "truths_told");

type Stances = { seraphina: number; eliot: number; maris: number; dorian: number };

/** A night that reaches the living tapestry: Eliot holds, Maris paints, the dreamers get a line of light. */
const balanced: Stances = { seraphina: 0, eliot: 0, maris: 40, dorian: -20 };
const climax: Record<string, DecisionValue> = {
  seraphina_advice: "hold",
  maris_painted: true,
  dreamers_guided: "thread",
  night_outcome: "",
  eliot_trust: 0,
  truths_told: 0,
};

function decide(stances: Partial<Stances>, decisions: Record<string, DecisionValue> = {}): string {
  return rule.decide({ stances: { ...balanced, ...stances }, decisions: { ...climax, ...decisions } });
}

/** Stances with the given mean whose spread stays small, so only the mean is under test. */
function castWithMean(mean: number): Stances {
  return { seraphina: mean - 10, eliot: mean + 10, maris: mean + 5, dorian: mean - 5 };
}

describe("the Neo-Lumen festival outcome rule: the night", () => {
  it("reaches the living tapestry when the cast is balanced and Maris is heard", () => {
    expect(decide({})).toBe("living-tapestry");
  });

  it("reboots when Seraphina says so and Eliot trusts her, even when he leans to his own truth", () => {
    expect(decide({ eliot: 60 }, { seraphina_advice: "reboot", eliot_trust: ELIOT_TRUSTS })).toBe("the-reboot");
  });

  it("refuses to reboot on her word when he does not trust her and leans to his own truth", () => {
    expect(decide({ eliot: REBOOT_BELOW }, { seraphina_advice: "reboot", eliot_trust: ELIOT_TRUSTS - 1 })).not.toBe(
      "the-reboot",
    );
    expect(decide({ eliot: REBOOT_BELOW - 0.01 }, { seraphina_advice: "reboot", eliot_trust: ELIOT_TRUSTS - 1 })).toBe(
      "the-reboot",
    );
  });

  it("reboots against her word to hold only when he does not trust her and leans to keeping them safe", () => {
    const safe = { eliot: REBOOT_BELOW - 0.01, seraphina: 60, maris: 60 };
    expect(decide(safe, { seraphina_advice: "hold", eliot_trust: ELIOT_TRUSTS - 1 })).toBe("the-reboot");
    expect(decide(safe, { seraphina_advice: "hold", eliot_trust: ELIOT_TRUSTS })).not.toBe("the-reboot");
    expect(decide({ eliot: REBOOT_BELOW }, { seraphina_advice: "hold", eliot_trust: 0 })).not.toBe("the-reboot");
  });

  it("leaves the reboot to Eliot's own lean when Seraphina leaves him the call, whatever his trust", () => {
    for (const eliot_trust of [0, ELIOT_TRUSTS + 3]) {
      expect(decide({ eliot: REBOOT_BELOW - 0.01 }, { seraphina_advice: "his-call", eliot_trust })).toBe("the-reboot");
      expect(decide({ eliot: REBOOT_BELOW }, { seraphina_advice: "his-call", eliot_trust })).toBe("living-tapestry");
    }
  });

  it("fractures into a thousand nights at the fracture lean, not below it", () => {
    expect(decide(castWithMean(FRACTURE_LEAN))).toBe("thousand-nights");
    expect(decide(castWithMean(FRACTURE_LEAN - 0.01))).toBe("living-tapestry");
  });

  it("counts how the dreamers were guided in the lean", () => {
    const mean = FRACTURE_LEAN - 5;
    expect(decide(castWithMean(mean), { dreamers_guided: "thread" })).toBe("living-tapestry");
    expect(decide(castWithMean(mean), { dreamers_guided: "own-dreams" })).toBe("thousand-nights");
  });

  it("fractures when the four are torn apart, unless the cast leans to unity", () => {
    // Centred on zero, so the lean stays between the unity and the fracture thresholds.
    const torn = { seraphina: -TORN_SPREAD / 2, eliot: 0, maris: TORN_SPREAD / 2, dorian: 0 };
    expect(decide(torn)).toBe("thousand-nights");
    expect(decide({ ...torn, maris: TORN_SPREAD / 2 - 0.01 })).toBe("living-tapestry");
    expect(decide({ seraphina: -80, eliot: -30, maris: TORN_SPREAD - 80, dorian: -60 })).toBe("flawless-utopia");
  });

  it("becomes a flawless utopia when Maris was asked to wait", () => {
    expect(decide({}, { maris_painted: false })).toBe("flawless-utopia");
  });

  it("grows over Maris's painting under the shelter only once she has stopped fighting for it", () => {
    expect(decide({ maris: MARIS_YIELDS_BELOW - 0.01 }, { dreamers_guided: "one-story" })).toBe("flawless-utopia");
    expect(decide({ maris: MARIS_YIELDS_BELOW + 20 }, { dreamers_guided: "one-story" })).toBe("living-tapestry");
    expect(decide({ maris: MARIS_YIELDS_BELOW - 0.01 }, { dreamers_guided: "thread" })).toBe("living-tapestry");
  });

  it("becomes a flawless utopia at the utopia lean, not above it", () => {
    const cast = {
      seraphina: UTOPIA_LEAN - 10,
      eliot: UTOPIA_LEAN + 10,
      maris: UTOPIA_LEAN + 20,
      dorian: UTOPIA_LEAN - 20,
    };
    expect(decide(cast)).toBe("flawless-utopia");
    expect(decide({ ...cast, dorian: cast.dorian + 0.04 })).toBe("living-tapestry");
  });
});

describe("the Neo-Lumen festival outcome rule: what the city makes of the night", () => {
  const afterTelling = (night: string, truths: number, stances: Partial<Stances> = {}) =>
    decide(stances, { night_outcome: night, truths_told: truths, seraphina_advice: "reboot", eliot_trust: 9 });

  it("keeps what the night was when little is said about it", () => {
    for (const night of NEO_LUMEN_OUTCOMES) expect(afterTelling(night, 2, castWithMean(5))).toBe(night);
  });

  it("lets the city retell a rebooted night into a living tapestry once enough truths are told", () => {
    expect(afterTelling("the-reboot", RETOLD_AT)).toBe("living-tapestry");
    expect(afterTelling("the-reboot", RETOLD_AT - 1)).toBe("the-reboot");
  });

  it("brings Maris's question back into the garden only while she still leans to it", () => {
    expect(afterTelling("flawless-utopia", RETOLD_AT, { maris: 10 })).toBe("living-tapestry");
    expect(afterTelling("flawless-utopia", RETOLD_AT, { maris: -10 })).toBe("flawless-utopia");
  });

  it("brings separate nights back to the Arc when retold and the cast has not gone its own way", () => {
    expect(afterTelling("thousand-nights", RETOLD_AT, castWithMean(0))).toBe("living-tapestry");
    expect(afterTelling("thousand-nights", RETOLD_AT, castWithMean(30))).toBe("thousand-nights");
  });

  it("smooths a tapestry in the telling when almost nothing true is said and the cast leans to unity", () => {
    expect(afterTelling("living-tapestry", SMOOTHED_AT_MOST, castWithMean(-5))).toBe("flawless-utopia");
    expect(afterTelling("living-tapestry", SMOOTHED_AT_MOST + 1, castWithMean(-5))).toBe("living-tapestry");
  });

  it("unpicks a tapestry when the cast goes its own way afterwards", () => {
    expect(afterTelling("living-tapestry", 3, castWithMean(UNPICKED_MEAN))).toBe("thousand-nights");
    expect(afterTelling("living-tapestry", 3, castWithMean(UNPICKED_MEAN - 1))).toBe("living-tapestry");
  });

  it("ignores a night value that is not an outcome", () => {
    expect(decide({}, { night_outcome: "fireworks" })).toBe("living-tapestry");
    expect(decide({}, { night_outcome: true })).toBe("living-tapestry");
  });
});

describe("the Neo-Lumen outcome rule and its manifest", () => {
  it("returns only manifest outcomes, and all of them, across the whole space of inputs", () => {
    const seen = new Set<string>();
    const values = [-100, -40, -20, 0, 10, 55, 100];
    for (const seraphina of values)
      for (const eliot of values)
        for (const maris of [-100, 0, 55])
          for (const seraphina_advice of ["reboot", "hold", "his-call"])
            for (const dreamers_guided of ["one-story", "thread", "own-dreams"])
              for (const maris_painted of [true, false])
                for (const eliot_trust of [0, 5])
                  seen.add(
                    rule.decide({
                      stances: { seraphina, eliot, maris, dorian: 0 },
                      decisions: { seraphina_advice, dreamers_guided, maris_painted, eliot_trust, night_outcome: "" },
                    }),
                  );
    expect([...seen].sort()).toEqual([...manifestOutcomes].sort());
  });

  it("answers with a manifest outcome before the climax, when no decision is made yet", () => {
    const start = Object.fromEntries(manifest.characters.map((character) => [character.id, character.start]));
    expect(manifestOutcomes).toContain(rule.decide({ stances: start, decisions: {} }));
  });
});
