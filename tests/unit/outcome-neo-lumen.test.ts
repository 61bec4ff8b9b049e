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
const TRUSTED = ruleThreshold(
  manifest,
  "You told Eliot to reboot, and he trusted you enough to pull the cord on your word.",
  "eliot_trust",
);
const SAFE_BELOW = ruleThreshold(
  manifest,
  "You told Eliot to reboot. He didn't trust you that far, but he leaned to keeping the city safe, and pulled the cord anyway.",
  "eliot",
);
const HARD_SAFE_BELOW = ruleThreshold(
  manifest,
  "You told Eliot to let them see it through, but he barely trusted you and leaned hard to keeping them safe: he pulled the cord anyway.",
  "eliot",
);
const HIS_CALL_SAFE_BELOW = ruleThreshold(
  manifest,
  "You left Eliot the call, and he leaned to keeping the city safe: he pulled the cord, as he had kept his hands on the console for seven years.",
  "eliot",
);
const HIS_CALL_OWN_AT = ruleThreshold(
  manifest,
  "You left Eliot the call, and he leaned to his own truth: he let every dream go home, his sister's with them.",
  "eliot",
);
const GOODBYE_SAFE_BELOW = ruleThreshold(
  manifest,
  "Eliot said goodbye to his sister, and, leaning hard to keeping the city safe, he could pull the cord at last.",
  "eliot",
);
const FRACTURE_LEAN = ruleThreshold(
  manifest,
  "Between how you guided the dreamers and how far the four of you leaned to your own, no cord and no shelter held the night: everyone went home to their own.",
  "lean",
);
const MARIS_YIELDS_BELOW = ruleThreshold(
  manifest,
  "You pulled one shelter over the storm, and Maris didn't lean far enough from it to hold her painting up: under it the dreamers stopped looking, and blossom grew over her ticket machine.",
  "maris",
);
const UTOPIA_LEAN = ruleThreshold(
  manifest,
  "Between how you guided the dreamers and how far the four of you leaned together, the night closed over its hard truths and smoothed them away.",
  "lean",
);
const RETOLD_MEAN = ruleThreshold(
  manifest,
  "The reboot erased the night, but you spent the year collecting what people woke up with, and the four of you leaned far enough from clean sleep for the city to tell it back.",
  "mean",
);
const QUESTION_MARIS = ruleThreshold(
  manifest,
  "Maris kept fighting for her question, the four of you leaned away from the garden, and the question came back into it.",
  "maris",
);
const RETURN_MEAN = ruleThreshold(
  manifest,
  "The four of you leaned back together in the year after, and the separate nights came back to the Arc.",
  "mean",
);
const TIDE_RETURN_MEAN = ruleThreshold(
  manifest,
  "You ran the Tide every night of the year after for whoever came, and the four of you leaned close enough together for the separate nights to find their way back to the Arc.",
  "mean",
);
const SMOOTHED_MEAN = ruleThreshold(
  manifest,
  "The four of you leaned so far together in the year after that the city told the tapestry the easy way, and smoothed it.",
  "mean",
);
const UNPICKED_MEAN = ruleThreshold(
  manifest,
  "The four of you leaned so far apart in the year after that the city unpicked the tapestry, strand by strand.",
  "mean",
);

type Stances = { seraphina: number; eliot: number; maris: number; dorian: number };

/** A night between the thresholds: a middling Eliot, Maris painting, a line of light through every dream. */
const balanced: Stances = { seraphina: 0, eliot: 0, maris: 10, dorian: -6 };
const climax: Record<string, DecisionValue> = {
  seraphina_advice: "hold",
  maris_painted: true,
  dreamers_guided: "thread",
  night_outcome: "",
  eliot_trust: 0,
  year_course: "tide",
};

function decide(stances: Partial<Stances>, decisions: Record<string, DecisionValue> = {}): string {
  return rule.decide({ stances: { ...balanced, ...stances }, decisions: { ...climax, ...decisions } });
}

/** Stances with the given mean whose spread stays small, so only the mean is under test. */
function castWithMean(mean: number): Stances {
  return { seraphina: mean - 10, eliot: mean + 10, maris: mean + 5, dorian: mean - 5 };
}

describe("the Neo-Lumen festival outcome rule: the night, decided at Eliot's switch", () => {
  it("keeps the night's truths when Seraphina tells Eliot to hold and the cast sits between the poles", () => {
    expect(decide({})).toBe("living-tapestry");
  });

  it("reboots on her word when Eliot trusts her, even when he leans to his own truth", () => {
    expect(decide({ eliot: 60 }, { seraphina_advice: "reboot", eliot_trust: TRUSTED })).toBe("the-reboot");
  });

  it("reboots on the word of someone he barely trusts only while he leans to keeping them safe; otherwise the night comes apart", () => {
    const untrusted = { seraphina_advice: "reboot", eliot_trust: TRUSTED - 1 };
    expect(decide({ eliot: SAFE_BELOW - 0.01 }, untrusted)).toBe("the-reboot");
    expect(decide({ eliot: SAFE_BELOW }, untrusted)).toBe("thousand-nights");
  });

  it("reboots against her word to hold only when he barely trusts her and leans hard to keeping them safe", () => {
    expect(decide({ eliot: HARD_SAFE_BELOW - 0.01 }, { eliot_trust: TRUSTED - 1 })).toBe("the-reboot");
    expect(
      decide({ eliot: HARD_SAFE_BELOW - 0.01, seraphina: 60, maris: 60, dorian: 40 }, { eliot_trust: TRUSTED }),
    ).not.toBe("the-reboot");
    expect(decide({ eliot: HARD_SAFE_BELOW, seraphina: 60, maris: 60, dorian: 40 }, { eliot_trust: 0 })).not.toBe(
      "the-reboot",
    );
  });

  it("leaves the night to Eliot's own lean when she leaves him the call, whatever his trust and however the others lean; between his two bands, to the night", () => {
    const together = { seraphina: -60, maris: -60, dorian: -40 };
    const apart = { seraphina: 60, maris: 60, dorian: 40 };
    for (const eliot_trust of [0, TRUSTED + 3]) {
      const his = { seraphina_advice: "his-call", eliot_trust };
      expect(decide({ eliot: HIS_CALL_SAFE_BELOW - 0.01, ...apart }, his)).toBe("the-reboot");
      expect(decide({ eliot: HIS_CALL_OWN_AT, ...together }, { ...his, dreamers_guided: "one-story" })).toBe(
        "thousand-nights",
      );
    }
    expect(decide({ eliot: HIS_CALL_OWN_AT - 0.01, seraphina: 10 }, { seraphina_advice: "his-call" })).toBe(
      "living-tapestry",
    );
  });

  it("after a goodbye under Maris's painting keeps the tapestry, unless he leans hard to keeping them safe", () => {
    const goodbye = { seraphina_advice: "goodbye" };
    expect(decide({ seraphina: 60, maris: 60, dorian: 40 }, goodbye)).toBe("living-tapestry");
    expect(decide({ eliot: GOODBYE_SAFE_BELOW - 0.01, seraphina: 60, maris: 60, dorian: 40 }, goodbye)).toBe(
      "the-reboot",
    );
    expect(decide({}, { ...goodbye, maris_painted: false })).toBe("flawless-utopia");
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

  it("becomes a flawless utopia when Maris was asked to wait", () => {
    expect(decide({}, { maris_painted: false })).toBe("flawless-utopia");
  });

  it("grows over Maris's painting under the shelter only while she leans too little from it", () => {
    const high = { seraphina: 10, eliot: 0, dorian: 10 };
    expect(decide({ ...high, maris: MARIS_YIELDS_BELOW - 0.01 }, { dreamers_guided: "one-story" })).toBe(
      "flawless-utopia",
    );
    expect(decide({ ...high, maris: MARIS_YIELDS_BELOW }, { dreamers_guided: "one-story" })).toBe("living-tapestry");
  });

  it("becomes a flawless utopia at the utopia lean, not above it", () => {
    expect(decide(castWithMean(UTOPIA_LEAN))).toBe("flawless-utopia");
    expect(decide(castWithMean(UTOPIA_LEAN + 0.01))).toBe("living-tapestry");
  });
});

describe("the Neo-Lumen festival outcome rule: what the city makes of the night, read from the meters", () => {
  const afterTheNight = (night: string, stances: Partial<Stances>, year_course = "tide") =>
    decide(stances, { night_outcome: night, year_course });

  it("keeps what the night was when the cast sits between the thresholds", () => {
    for (const night of NEO_LUMEN_OUTCOMES)
      expect(afterTheNight(night, castWithMean(RETOLD_MEAN - 1), "dark")).toBe(night);
  });

  it("lets the city retell a rebooted night into a living tapestry when Seraphina collects it and the cast leans off the clean sleep", () => {
    expect(afterTheNight("the-reboot", castWithMean(RETOLD_MEAN), "collect")).toBe("living-tapestry");
    expect(afterTheNight("the-reboot", castWithMean(RETOLD_MEAN - 0.01), "collect")).toBe("the-reboot");
    expect(afterTheNight("the-reboot", castWithMean(RETOLD_MEAN + 20), "tide")).toBe("the-reboot");
  });

  it("brings Maris's question back into the garden only while she still fights for it", () => {
    const cast = { seraphina: 10, eliot: 0, dorian: 0 };
    expect(afterTheNight("flawless-utopia", { ...cast, maris: QUESTION_MARIS })).toBe("living-tapestry");
    expect(afterTheNight("flawless-utopia", { ...cast, maris: QUESTION_MARIS - 0.01 })).toBe("flawless-utopia");
  });

  it("brings separate nights back to the Arc when the cast leans back together", () => {
    expect(afterTheNight("thousand-nights", castWithMean(RETURN_MEAN))).toBe("living-tapestry");
    expect(afterTheNight("thousand-nights", castWithMean(RETURN_MEAN + 0.01), "dark")).toBe("thousand-nights");
  });

  it("brings separate nights back to a Tide kept running all year, while the cast leans close enough", () => {
    expect(afterTheNight("thousand-nights", castWithMean(TIDE_RETURN_MEAN), "tide")).toBe("living-tapestry");
    expect(afterTheNight("thousand-nights", castWithMean(TIDE_RETURN_MEAN + 0.01), "tide")).toBe("thousand-nights");
    expect(afterTheNight("thousand-nights", castWithMean(TIDE_RETURN_MEAN), "dark")).toBe("thousand-nights");
    expect(afterTheNight("thousand-nights", castWithMean(TIDE_RETURN_MEAN), "collect")).toBe("thousand-nights");
  });

  it("smooths a tapestry in the telling when the cast leans to unity", () => {
    expect(afterTheNight("living-tapestry", castWithMean(SMOOTHED_MEAN))).toBe("flawless-utopia");
    expect(afterTheNight("living-tapestry", castWithMean(SMOOTHED_MEAN + 0.01))).toBe("living-tapestry");
  });

  it("unpicks a tapestry when the cast goes its own way afterwards", () => {
    expect(afterTheNight("living-tapestry", castWithMean(UNPICKED_MEAN))).toBe("thousand-nights");
    expect(afterTheNight("living-tapestry", castWithMean(UNPICKED_MEAN - 0.01))).toBe("living-tapestry");
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
          for (const seraphina_advice of ["reboot", "hold", "his-call", "goodbye"])
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
