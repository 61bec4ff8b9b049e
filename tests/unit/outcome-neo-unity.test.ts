import path from "node:path";
import { describe, expect, it } from "vitest";
import { readManifest, STORIES_DIR } from "../../src/build/campaigns";
import type { DecisionValue } from "../../src/engine/outcome";
import { compileRule } from "../../src/engine/outcomeRule";
import { ruleThreshold } from "../support/fixtures";

// The rule is data (stories/neo-unity/campaign.json); every threshold is read from it by condition
// name, so these boundaries follow a writer's retuning. It reads the stances and two things the
// player chose in plain sight: what Elara did with her hand on the loom when Jaxon split the sky
// (projection_answer) and which proposal she backed at the third forum's lectern (forum_vote).
const manifest = readManifest(path.join(STORIES_DIR, "neo-unity"));
const rule = compileRule(manifest);
const manifestOutcomes = manifest.outcomes.map((outcome) => outcome.id);
const threshold = (condition: string, subject: string) => ruleThreshold(manifest, condition, subject);

const LEAVE = "the Stacks leave: Liora wants their own nights, and the vote gave them no switch of their own";
const SWITCH_OFF = "the Stacks leave: Liora wants their own nights so much that she turns the charter's switch off";
const UNIFIED =
  "Unified Access passes: Elara backed it, and the sky she held or wove on Night One still holds the city";
const ALONE = "the Right to Dream Alone passes: Elara backed it, and the split she yielded to or wove still stands";
const HELD = "one design, whatever passes: Elara held the sky on Night One and the cast leans together";
const YIELDED = "the sky stays split, whatever passes: Elara yielded on Night One and the cast leans apart";
const FAR_TOGETHER = "the cast leans so far together that every switch stays on";
const FAR_APART = "the cast leans so far apart that no sky is shared";

const LIORA_LEAVES_AT = threshold(LEAVE, "liora");
const LIORA_SWITCHES_OFF_AT = threshold(SWITCH_OFF, "liora");
const UNIFIED_MEAN = threshold(UNIFIED, "mean");
const ALONE_MEAN = threshold(ALONE, "mean");
const HELD_MEAN = threshold(HELD, "mean");
const YIELDED_MEAN = threshold(YIELDED, "mean");
const FAR_TOGETHER_MEAN = threshold(FAR_TOGETHER, "mean");
const FAR_APART_MEAN = threshold(FAR_APART, "mean");

type Stances = { elara: number; jaxon: number; liora: number; talon: number };

/** The seed's night: Elara weaves Jaxon's dreams into hers and signs Liora's charter. */
const seedNight: Record<string, DecisionValue> = { projection_answer: "weave", forum_vote: "charter" };
/** A cast that met in the middle. */
const metInTheMiddle: Stances = { elara: 5, jaxon: 20, liora: -10, talon: -5 };

function decide(stances: Partial<Stances>, decisions: Record<string, DecisionValue> = {}): string {
  return rule.decide({ stances: { ...metInTheMiddle, ...stances }, decisions: { ...seedNight, ...decisions } });
}

/** Stances with the given mean, Liora kept below the point where she takes the Stacks out. */
function castWithMean(mean: number): Stances {
  return { elara: mean + 5, jaxon: mean + 15, liora: Math.min(mean - 15, LIORA_LEAVES_AT - 1), talon: mean - 5 };
}
/** castWithMean, with the mean exact even when Liora is held down. */
function exactCast(mean: number): Stances {
  const cast = castWithMean(mean);
  const drift = mean * 4 - (cast.elara + cast.jaxon + cast.liora + cast.talon);
  return { ...cast, talon: cast.talon + drift };
}

describe("the Neo-Unity festival outcome rule (campaign.json)", () => {
  it("reaches the mosaic and the co-ops when the cast meets in the middle on the seed's night", () => {
    expect(decide({})).toBe("mosaic-coops");
  });

  it("reads only the stances and the two choices made in plain sight", () => {
    expect(manifest.decisions.map((decision) => decision.id).sort()).toEqual(["forum_vote", "projection_answer"]);
  });

  describe("lights out: Liora's own road", () => {
    it("takes the Stacks out when Liora wants their own nights and the vote gave them no switch", () => {
      for (const forum_vote of ["unified", "alone", ""]) {
        expect(decide({ liora: LIORA_LEAVES_AT }, { forum_vote })).toBe("lights-out");
        expect(decide({ liora: LIORA_LEAVES_AT - 0.01 }, { forum_vote: "charter" })).toBe("mosaic-coops");
      }
      // The charter's switch keeps the same Liora in the city's night...
      expect(decide({ liora: LIORA_LEAVES_AT }, { forum_vote: "charter" })).toBe("mosaic-coops");
      // ...until she wants the Stacks' own nights so much that she turns it off.
      expect(decide({ liora: LIORA_SWITCHES_OFF_AT }, { forum_vote: "charter" })).toBe("lights-out");
      expect(decide({ liora: LIORA_SWITCHES_OFF_AT - 0.01 }, { forum_vote: "charter" })).toBe("mosaic-coops");
    });

    it("does not hang on a cut relay or on trust: the rule cannot see either", () => {
      const names = manifest.rule.conditions.map((condition) => condition.when).join(" ");
      expect(names).not.toMatch(/relay_cut|trust/);
    });
  });

  describe("the vote decides the Last Night with the stances", () => {
    it("passes Unified Access into the grand design unless Elara yielded the sky or the cast leans apart", () => {
      expect(decide(exactCast(UNIFIED_MEAN), { forum_vote: "unified", projection_answer: "weave" })).toBe(
        "grand-design",
      );
      expect(decide(exactCast(UNIFIED_MEAN), { forum_vote: "unified", projection_answer: "override" })).toBe(
        "grand-design",
      );
      expect(decide(exactCast(UNIFIED_MEAN + 0.01), { forum_vote: "unified", projection_answer: "weave" })).toBe(
        "mosaic-coops",
      );
      expect(decide(exactCast(0), { forum_vote: "unified", projection_answer: "yield" })).toBe("mosaic-coops");
    });

    it("passes the Right to Dream Alone into the split screen unless Elara held the sky or the cast leans together", () => {
      expect(decide(exactCast(ALONE_MEAN), { forum_vote: "alone", projection_answer: "weave" })).toBe("split-screen");
      expect(decide(exactCast(ALONE_MEAN), { forum_vote: "alone", projection_answer: "yield" })).toBe("split-screen");
      expect(decide(exactCast(ALONE_MEAN - 0.01), { forum_vote: "alone", projection_answer: "weave" })).toBe(
        "mosaic-coops",
      );
      expect(decide(exactCast(0), { forum_vote: "alone", projection_answer: "override" })).toBe("mosaic-coops");
    });

    it("lets the same cast and the same Night One end three ways by the vote alone", () => {
      const cast = exactCast(0);
      const seen = ["charter", "unified", "alone"].map((forum_vote) => decide(cast, { forum_vote }));
      expect(seen).toEqual(["mosaic-coops", "grand-design", "split-screen"]);
    });
  });

  describe("the Night One clash", () => {
    it("keeps one design when Elara held the sky and the cast leans together, whatever passes", () => {
      expect(decide(exactCast(HELD_MEAN), { projection_answer: "override" })).toBe("grand-design");
      expect(decide(exactCast(HELD_MEAN + 0.01), { projection_answer: "override" })).toBe("mosaic-coops");
      expect(decide(exactCast(HELD_MEAN), { projection_answer: "weave" })).toBe("mosaic-coops");
    });

    it("keeps the sky split when Elara yielded and the cast leans apart, whatever passes", () => {
      expect(decide(exactCast(YIELDED_MEAN), { projection_answer: "yield" })).toBe("split-screen");
      expect(decide(exactCast(YIELDED_MEAN - 0.01), { projection_answer: "yield" })).toBe("mosaic-coops");
      expect(decide(exactCast(YIELDED_MEAN), { projection_answer: "weave" })).toBe("mosaic-coops");
    });

    it("is mirrored: each side's clause has the same reach", () => {
      expect(HELD_MEAN).toBe(-YIELDED_MEAN);
      expect(UNIFIED_MEAN).toBe(-ALONE_MEAN);
      expect(FAR_TOGETHER_MEAN).toBe(-FAR_APART_MEAN);
    });
  });

  it("goes to a pole, on any night, when the whole cast leans that far", () => {
    expect(decide(exactCast(FAR_TOGETHER_MEAN))).toBe("grand-design");
    expect(decide(exactCast(FAR_TOGETHER_MEAN + 0.01))).toBe("mosaic-coops");
    expect(decide({ ...exactCast(FAR_APART_MEAN) })).toBe("split-screen");
    expect(decide({ ...exactCast(FAR_APART_MEAN - 0.01) })).toBe("mosaic-coops");
  });

  it("decides at the Night Two dawn too, before any vote", () => {
    expect(decide({}, { forum_vote: "" })).toBe("mosaic-coops");
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
    const votes: DecisionValue[] = ["", "charter", "unified", "alone"];
    for (const elara of values)
      for (const jaxon of values)
        for (const liora of values)
          for (const talon of values)
            for (const projection_answer of answers)
              for (const forum_vote of votes)
                seen.add(
                  rule.decide({
                    stances: { elara, jaxon, liora, talon },
                    decisions: { projection_answer, forum_vote },
                  }),
                );
    expect([...seen].sort()).toEqual([...manifestOutcomes].sort());
  });
});
