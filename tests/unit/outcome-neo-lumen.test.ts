import path from "node:path";
import { describe, expect, it } from "vitest";
import { readManifest, STORIES_DIR } from "../../src/build/campaigns";
import type { DecisionValue } from "../../src/engine/outcome";
import { compileRule } from "../../src/engine/outcomeRule";
import { ruleThreshold } from "../support/fixtures";

const manifest = readManifest(path.join(STORIES_DIR, "neo-lumen"));
const manifestOutcomes = manifest.outcomes.map((outcome) => outcome.id);
const rule = compileRule(manifest);
const neoLumenOutcome = rule.decide;

// Every threshold is read from stories/neo-lumen/campaign.json, so these follow a writer's retuning.
const REBOOT_BELOW: Readonly<Record<string, number>> = {
  reboot: ruleThreshold(manifest, "Eliot reboots when advised to", "eliot"),
  "his-call": ruleThreshold(manifest, "Eliot reboots when left the call", "eliot"),
  hold: ruleThreshold(manifest, "Eliot reboots against advice to hold", "eliot"),
};
const FRACTURE_LEAN = ruleThreshold(manifest, "the dreamers lean to their own nights", "lean");
const TORN_SPREAD = ruleThreshold(manifest, "the four are torn apart", "spread");
const UTOPIA_LEAN = ruleThreshold(manifest, "the new dream smooths every truth away", "lean");
const MARIS_SILENT_BELOW = ruleThreshold(manifest, "Maris has fallen silent", "maris");

type Stances = { seraphina: number; eliot: number; maris: number; dorian: number };

/** A night that reaches the living tapestry: Eliot holds, Maris paints, the dreamers get a thread. */
const balanced: Stances = { seraphina: 0, eliot: 0, maris: 20, dorian: -20 };
const climax: Record<string, DecisionValue> = {
  seraphina_advice: "hold",
  maris_painted: true,
  dreamers_guided: "thread",
  night_outcome: "",
};

function decide(stances: Partial<Stances>, decisions: Record<string, DecisionValue> = {}): string {
  return neoLumenOutcome({ stances: { ...balanced, ...stances }, decisions: { ...climax, ...decisions } });
}

/** Stances with the given mean whose spread stays small, so only the mean is under test. */
function castWithMean(mean: number): Stances {
  return { seraphina: mean - 10, eliot: mean + 10, maris: mean + 5, dorian: mean - 5 };
}

describe("the Neo-Lumen festival outcome rule", () => {
  it("reaches the living tapestry when the cast is balanced and Maris is heard", () => {
    expect(decide({})).toBe("living-tapestry");
  });

  it("reboots when Eliot is told to and has not turned to his own truth", () => {
    const threshold = REBOOT_BELOW.reboot ?? 0;
    expect(decide({ eliot: threshold - 1 }, { seraphina_advice: "reboot" })).toBe("the-reboot");
    expect(decide({ eliot: threshold }, { seraphina_advice: "reboot" })).toBe("living-tapestry");
  });

  it("leaves the reboot to Eliot's own lean when Seraphina leaves him the call", () => {
    const threshold = REBOOT_BELOW["his-call"] ?? 0;
    expect(
      decide({ eliot: threshold - 0.01, seraphina: 30, maris: 30, dorian: 30 }, { seraphina_advice: "his-call" }),
    ).toBe("the-reboot");
    expect(decide({ eliot: threshold }, { seraphina_advice: "his-call" })).toBe("living-tapestry");
  });

  it("reboots against Seraphina's word to hold only when Eliot is wholly for the collective", () => {
    const threshold = REBOOT_BELOW.hold ?? 0;
    expect(decide({ eliot: threshold - 0.01, seraphina: 60, maris: 60 }, { seraphina_advice: "hold" })).toBe(
      "the-reboot",
    );
    expect(decide({ eliot: threshold, seraphina: 60, maris: 60 }, { seraphina_advice: "hold" })).not.toBe("the-reboot");
  });

  it("treats an unknown or missing advice as Eliot left to choose", () => {
    const threshold = REBOOT_BELOW["his-call"] ?? 0;
    expect(decide({ eliot: threshold - 1 }, { seraphina_advice: "" })).toBe("the-reboot");
    expect(decide({ eliot: threshold - 1 }, { seraphina_advice: "shrug" })).toBe("the-reboot");
    expect(decide({ eliot: threshold + 1 }, { seraphina_advice: "" })).not.toBe("the-reboot");
  });

  it("fractures into a thousand nights at the fracture lean, not below it", () => {
    expect(decide(castWithMean(FRACTURE_LEAN))).toBe("thousand-nights");
    expect(decide(castWithMean(FRACTURE_LEAN - 0.01))).toBe("living-tapestry");
  });

  it("counts how the dreamers were guided in the lean", () => {
    const mean = FRACTURE_LEAN - 5;
    expect(decide(castWithMean(mean), { dreamers_guided: "thread" })).toBe("living-tapestry");
    expect(decide(castWithMean(mean), { dreamers_guided: "own-dreams" })).toBe("thousand-nights");
    expect(decide(castWithMean(UTOPIA_LEAN + 5), { dreamers_guided: "one-story" })).toBe("flawless-utopia");
    expect(decide(castWithMean(UTOPIA_LEAN + 5), { dreamers_guided: "thread" })).toBe("living-tapestry");
  });

  it("fractures when the four are torn apart, unless the cast leans to unity", () => {
    const torn = { seraphina: -60, eliot: 0, maris: TORN_SPREAD - 60, dorian: 0 };
    expect(decide(torn)).toBe("thousand-nights");
    expect(decide({ ...torn, maris: TORN_SPREAD - 60.01 })).toBe("living-tapestry");
    // The same spread with the cast leaning to unity: the collective holds the centre.
    expect(decide({ seraphina: -80, eliot: -40, maris: TORN_SPREAD - 80, dorian: -60 })).toBe("flawless-utopia");
  });

  it("becomes a flawless utopia when Maris was stopped from painting", () => {
    expect(decide({}, { maris_painted: false })).toBe("flawless-utopia");
  });

  it("becomes a flawless utopia when Maris no longer asks her question", () => {
    expect(decide({ maris: MARIS_SILENT_BELOW })).toBe("flawless-utopia");
    expect(decide({ maris: MARIS_SILENT_BELOW + 0.01 })).toBe("living-tapestry");
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

  it("keeps the sealed answer of the night whatever the stances do afterwards", () => {
    for (const sealed of manifestOutcomes) {
      expect(decide({ eliot: -100, maris: -100 }, { night_outcome: sealed, seraphina_advice: "reboot" })).toBe(sealed);
      expect(decide(castWithMean(90), { night_outcome: sealed })).toBe(sealed);
    }
  });

  it("ignores a sealed value that is not an outcome", () => {
    expect(decide({}, { night_outcome: "fireworks" })).toBe("living-tapestry");
    expect(decide({}, { night_outcome: true })).toBe("living-tapestry");
  });

  it("returns only manifest outcomes, and all of them, across the whole space of inputs", () => {
    const seen = new Set<string>();
    const values = [-100, -75.5, -40, -25, -5, 0, 10, 20, 55, 100];
    const advice = ["reboot", "hold", "his-call", ""];
    const guidance = ["one-story", "thread", "own-dreams", ""];
    for (const seraphina of values)
      for (const eliot of values)
        for (const maris of [-100, -30, 0, 55, 100])
          for (const dorian of [-60, 0, 60])
            for (const seraphina_advice of advice)
              for (const dreamers_guided of guidance)
                for (const maris_painted of [true, false])
                  seen.add(
                    neoLumenOutcome({
                      stances: { seraphina, eliot, maris, dorian },
                      decisions: { seraphina_advice, dreamers_guided, maris_painted, night_outcome: "" },
                    }),
                  );
    // One assertion over the whole grid: an unknown id would show up in the set.
    expect([...seen].sort()).toEqual([...manifestOutcomes].sort());
  });

  it("answers with a manifest outcome before the climax, when no decision is made yet", () => {
    const start = Object.fromEntries(manifest.characters.map((character) => [character.id, character.start]));
    expect(manifestOutcomes).toContain(neoLumenOutcome({ stances: start, decisions: {} }));
  });
});
