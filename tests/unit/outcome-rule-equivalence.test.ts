import path from "node:path";
import { describe, expect, it } from "vitest";
import { readManifest, STORIES_DIR } from "../../src/build/campaigns";
import type { DecisionValue, OutcomeInput } from "../../src/engine/outcome";
import { compileRule } from "../../src/engine/outcomeRule";
import { neoLumenOutcome } from "../../src/engine/outcomes/neoLumen";
import { neoUnityOutcome } from "../../src/engine/outcomes/neoUnity";

/** mulberry32: a seeded stream, so a failure names an input that repeats. */
function stream(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const THRESHOLDS = [20, -40, -75, 10, -5, -25, -30, 120, 35, 0, 8, 25, 110, -100, 100];

function randomInputs(
  characters: string[],
  decisionValues: Record<string, (DecisionValue | undefined)[]>,
  count: number,
  seed: number,
): OutcomeInput[] {
  const random = stream(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const stance = (): number => {
    const kind = random();
    if (kind < 0.4) return random() * 200 - 100;
    if (kind < 0.7) return Math.round(random() * 200 - 100);
    return pick(THRESHOLDS) + pick([0, 0.01, -0.01, 1, -1]);
  };
  const inputs: OutcomeInput[] = [];
  for (let index = 0; index < count; index += 1) {
    const stances: Record<string, number> = Object.fromEntries(characters.map((id) => [id, stance()]));
    if (random() < 0.3) {
      // Put the cast's mean exactly on a threshold, where the two rules would first disagree.
      const [last, ...rest] = characters as [string, ...string[]];
      const others = rest.reduce((sum, id) => sum + (stances[id] ?? 0), 0);
      stances[last] = pick(THRESHOLDS) * characters.length - others;
    }
    const decisions: Record<string, DecisionValue> = {};
    for (const [name, values] of Object.entries(decisionValues)) {
      const value = pick(values);
      if (value !== undefined) decisions[name] = value;
    }
    inputs.push({ stances, decisions });
  }
  return inputs;
}

const odd: (DecisionValue | undefined)[] = [undefined, "", "shrug", 1, true, false];

describe("the outcome rules as data decide exactly as the TypeScript rules they replace", () => {
  it("Neo-Lumen, over 200,000 random inputs", () => {
    const rule = compileRule(readManifest(path.join(STORIES_DIR, "neo-lumen")));
    const inputs = randomInputs(
      ["seraphina", "eliot", "maris", "dorian"],
      {
        seraphina_advice: ["reboot", "his-call", "hold", ...odd],
        maris_painted: [true, false, ...odd],
        dreamers_guided: ["one-story", "thread", "own-dreams", ...odd],
        night_outcome: ["", "", "", "living-tapestry", "flawless-utopia", "thousand-nights", "the-reboot", ...odd],
      },
      200_000,
      2145,
    );
    const seen = new Set<string>();
    const disagreements = [];
    for (const input of inputs) {
      const expected = neoLumenOutcome(input);
      seen.add(expected);
      const decided = rule.decide(input);
      const explained = rule.explain(input).outcome;
      if (decided !== expected || explained !== expected) disagreements.push({ input, expected, decided, explained });
    }
    expect(disagreements.slice(0, 3)).toEqual([]);
    expect(seen.size).toBe(4);
  });

  it("Neo-Unity, over 200,000 random inputs", () => {
    const rule = compileRule(readManifest(path.join(STORIES_DIR, "neo-unity")));
    const inputs = randomInputs(
      ["elara", "jaxon", "liora", "talon"],
      {
        projection_answer: ["override", "yield", "weave", ...odd],
        relay_cut: [true, false, ...odd],
        coop_charter: [true, false, ...odd],
      },
      200_000,
      2146,
    );
    const seen = new Set<string>();
    const disagreements = [];
    for (const input of inputs) {
      const expected = neoUnityOutcome(input);
      seen.add(expected);
      const decided = rule.decide(input);
      const explained = rule.explain(input).outcome;
      if (decided !== expected || explained !== expected) disagreements.push({ input, expected, decided, explained });
    }
    expect(disagreements.slice(0, 3)).toEqual([]);
    expect(seen.size).toBe(4);
  });
});
