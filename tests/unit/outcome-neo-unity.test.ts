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

const conditionNames = manifest.rule.conditions.map((condition) => condition.name);
/** The condition whose `when` is exactly this (names are sentences the player reads; they may be reworded). */
function named(when: string): string {
  const found = manifest.rule.conditions.find((condition) => condition.when.replace(/ -?\d+(\.\d+)?/g, " N") === when);
  if (!found) throw new Error(`neo-unity: no rule condition of the shape "${when}"`);
  return found.name;
}
const LEAVE = named("liora >= N and forum_vote != 'charter'");
const SWITCH_OFF = named("liora >= N");
const DAWN_HELD = named("forum_vote == '' and projection_answer == 'override' and mean <= N");
const DAWN_YIELDED = named("forum_vote == '' and projection_answer == 'yield' and mean >= N");
const DAWN_TOGETHER = named("forum_vote == '' and mean <= N");
const DAWN_APART = named("forum_vote == '' and mean >= N");
const UNIFIED = named("forum_vote == 'unified' and projection_answer != 'yield' and mean <= N");
const ALONE = named("forum_vote == 'alone' and projection_answer != 'override' and mean >= N");
const UNIFIED_CARRIED = named("forum_vote == 'unified' and mean <= N");
const ALONE_CARRIED = named("forum_vote == 'alone' and mean >= N");
const CHARTER_TOGETHER = named("forum_vote == 'charter' and projection_answer == 'override' and mean <= N");
const CHARTER_APART = named("forum_vote == 'charter' and projection_answer == 'yield' and mean >= N");

const LIORA_LEAVES_AT = threshold(LEAVE, "liora");
const LIORA_SWITCHES_OFF_AT = threshold(SWITCH_OFF, "liora");
const DAWN_HELD_MEAN = threshold(DAWN_HELD, "mean");
const DAWN_YIELDED_MEAN = threshold(DAWN_YIELDED, "mean");
const DAWN_TOGETHER_MEAN = threshold(DAWN_TOGETHER, "mean");
const DAWN_APART_MEAN = threshold(DAWN_APART, "mean");
const UNIFIED_MEAN = threshold(UNIFIED, "mean");
const ALONE_MEAN = threshold(ALONE, "mean");
const UNIFIED_CARRIED_MEAN = threshold(UNIFIED_CARRIED, "mean");
const ALONE_CARRIED_MEAN = threshold(ALONE_CARRIED, "mean");
const CHARTER_TOGETHER_MEAN = threshold(CHARTER_TOGETHER, "mean");
const CHARTER_APART_MEAN = threshold(CHARTER_APART, "mean");

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

const VOTES = ["charter", "unified", "alone"] as const;
const HANDS = ["override", "weave", "yield"] as const;

describe("the Neo-Unity festival outcome rule (campaign.json)", () => {
  it("reaches the mosaic and the co-ops when the cast meets in the middle on the seed's night", () => {
    expect(decide({})).toBe("mosaic-coops");
  });

  it("reads only the stances and the two choices made in plain sight", () => {
    expect(manifest.decisions.map((decision) => decision.id).sort()).toEqual(["forum_vote", "projection_answer"]);
  });

  it("names every condition as a sentence the player reads after the ending", () => {
    for (const name of conditionNames) expect(name).toMatch(/^[A-Z].*\.$/);
    expect(new Set(conditionNames).size).toBe(conditionNames.length);
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
    it("passes what Elara backed when her Night One hand agrees with it", () => {
      expect(decide(exactCast(UNIFIED_MEAN), { forum_vote: "unified", projection_answer: "weave" })).toBe(
        "grand-design",
      );
      expect(decide(exactCast(UNIFIED_MEAN + 0.01), { forum_vote: "unified", projection_answer: "override" })).toBe(
        "mosaic-coops",
      );
      expect(decide(exactCast(ALONE_MEAN), { forum_vote: "alone", projection_answer: "weave" })).toBe("split-screen");
      expect(decide(exactCast(ALONE_MEAN - 0.01), { forum_vote: "alone", projection_answer: "yield" })).toBe(
        "mosaic-coops",
      );
    });

    it("passes it against her Night One hand only when the cast leans its way", () => {
      expect(decide(exactCast(UNIFIED_CARRIED_MEAN), { forum_vote: "unified", projection_answer: "yield" })).toBe(
        "grand-design",
      );
      expect(
        decide(exactCast(UNIFIED_CARRIED_MEAN + 0.01), { forum_vote: "unified", projection_answer: "yield" }),
      ).toBe("mosaic-coops");
      expect(decide(exactCast(ALONE_CARRIED_MEAN), { forum_vote: "alone", projection_answer: "override" })).toBe(
        "split-screen",
      );
      expect(decide(exactCast(ALONE_CARRIED_MEAN - 0.01), { forum_vote: "alone", projection_answer: "override" })).toBe(
        "mosaic-coops",
      );
    });

    it("makes the charter the mosaic unless the cast leans the way Elara's hand went on Night One", () => {
      expect(decide(exactCast(CHARTER_TOGETHER_MEAN), { projection_answer: "override" })).toBe("grand-design");
      expect(decide(exactCast(CHARTER_TOGETHER_MEAN + 0.01), { projection_answer: "override" })).toBe("mosaic-coops");
      expect(decide(exactCast(CHARTER_APART_MEAN), { projection_answer: "yield" })).toBe("split-screen");
      expect(decide(exactCast(CHARTER_APART_MEAN - 0.01), { projection_answer: "yield" })).toBe("mosaic-coops");
    });

    it("never sends the bridge-builder (weave, then the charter) to a pole", () => {
      for (const mean of [-60, -30, -10, 0, 10, 30, 60])
        expect(decide(exactCast(mean), { projection_answer: "weave", forum_vote: "charter" })).toBe("mosaic-coops");
    });

    it("lets the vote change the Last Night for a unified cast and for a divided one, whatever the Night One hand", () => {
      for (const mean of [-40, -20, -8, 0, 8, 20, 40])
        for (const projection_answer of HANDS) {
          const endings = new Set(
            VOTES.map((forum_vote) => decide(exactCast(mean), { forum_vote, projection_answer })),
          );
          expect(endings.size, `mean ${mean}, ${projection_answer}`).toBeGreaterThan(1);
        }
    });

    it("lets the same middle cast and the woven Night One end three ways by the vote alone", () => {
      const seen = VOTES.map((forum_vote) => decide(exactCast(0), { forum_vote }));
      expect(seen).toEqual(["mosaic-coops", "grand-design", "split-screen"]);
    });

    it("is mirrored: each side's clause has the same reach", () => {
      expect(UNIFIED_MEAN).toBe(-ALONE_MEAN);
      expect(UNIFIED_CARRIED_MEAN).toBe(-ALONE_CARRIED_MEAN);
      expect(CHARTER_TOGETHER_MEAN).toBe(-CHARTER_APART_MEAN);
      expect(DAWN_HELD_MEAN).toBe(-DAWN_YIELDED_MEAN);
      expect(DAWN_TOGETHER_MEAN).toBe(-DAWN_APART_MEAN);
    });
  });

  describe("the Night Two dawn, before any vote", () => {
    it("reads one sky when Elara held it and the cast leans together, many when she yielded and it leans apart", () => {
      expect(decide(exactCast(DAWN_HELD_MEAN), { forum_vote: "", projection_answer: "override" })).toBe("grand-design");
      expect(decide(exactCast(DAWN_HELD_MEAN + 0.01), { forum_vote: "", projection_answer: "override" })).toBe(
        "mosaic-coops",
      );
      expect(decide(exactCast(DAWN_YIELDED_MEAN), { forum_vote: "", projection_answer: "yield" })).toBe("split-screen");
      expect(decide(exactCast(DAWN_YIELDED_MEAN - 0.01), { forum_vote: "", projection_answer: "yield" })).toBe(
        "mosaic-coops",
      );
    });

    it("reads a pole whatever the hand when the whole cast leans that far", () => {
      expect(decide(exactCast(DAWN_TOGETHER_MEAN), { forum_vote: "" })).toBe("grand-design");
      expect(decide(exactCast(DAWN_TOGETHER_MEAN + 0.01), { forum_vote: "" })).toBe("mosaic-coops");
      expect(decide(exactCast(DAWN_APART_MEAN), { forum_vote: "" })).toBe("split-screen");
      expect(decide(exactCast(DAWN_APART_MEAN - 0.01), { forum_vote: "" })).toBe("mosaic-coops");
      expect(rule.decide({ stances: metInTheMiddle, decisions: {} })).toBe("mosaic-coops");
    });
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
