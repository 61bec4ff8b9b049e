import path from "node:path";
import { describe, expect, it } from "vitest";
import { campaignIds, readManifest, STORIES_DIR } from "../../src/build/campaigns";
import { type CampaignManifest, parseManifest } from "../../src/engine/campaign";
import type { DecisionValue, OutcomeInput } from "../../src/engine/outcome";
import { compileRule } from "../../src/engine/outcomeRule";
import { FIXTURES, miniManifest } from "../support/fixtures";

/** The mini campaign's manifest with another rule (and optionally more decisions). */
function withRule(rule: unknown, decisions: string[] = ["rang_bell", "answer", "sealed"]): unknown {
  const inputs = decisions.map((id) => ({ id, label: id, shown: "ledger" }));
  return { ...structuredClone(miniManifest), decisions: inputs, rule };
}

function ruleOf(conditions: unknown[], extra: Record<string, unknown> = {}) {
  return compileRule(parseManifest(withRule({ conditions, default: "apart", ...extra })));
}

function problemsOf(rule: unknown): string {
  try {
    parseManifest(withRule(rule), "stories/test/campaign.json");
  } catch (error) {
    return (error as Error).message;
  }
  return "";
}

const input = (stances: Record<string, number>, decisions: Record<string, DecisionValue> = {}): OutcomeInput => ({
  stances: { ada: 0, bo: 0, ...stances },
  decisions,
});

describe("the outcome rule language", () => {
  it("takes the first condition that holds, else the default", () => {
    const rule = ruleOf([
      { name: "Ada leans in", when: "ada < 0", outcome: "together" },
      { name: "Bo leans in", when: "bo < 0", outcome: "apart" },
    ]);
    expect(rule.decide(input({ ada: -1, bo: -1 }))).toBe("together");
    expect(rule.decide(input({ ada: 1, bo: -1 }))).toBe("apart");
    expect(rule.decide(input({ ada: 1, bo: 1 }))).toBe("apart");
  });

  it("reads arithmetic, comparisons, word and symbol logic, parentheses and the ternary", () => {
    const holds = (when: string, stances: Record<string, number>, decisions: Record<string, DecisionValue> = {}) =>
      ruleOf([{ name: "it", when, outcome: "together" }]).decide(input(stances, decisions)) === "together";
    expect(holds("(ada + bo) / 2 * 3 - 1 == 5", { ada: 2, bo: 2 })).toBe(true);
    expect(holds("mean == 2 and spread == 4", { ada: 0, bo: 4 })).toBe(true);
    expect(holds("ada >= 1 && bo <= -1 || false", { ada: 1, bo: -1 })).toBe(true);
    expect(holds("not (ada > 0) and !rang_bell", { ada: 0 }, { rang_bell: false })).toBe(true);
    expect(holds("(answer == 'yes' ? 10 : -10) > ada", { ada: 0 }, { answer: "yes" })).toBe(true);
    expect(holds("(answer == 'yes' ? 10 : -10) > ada", { ada: 0 }, { answer: "no" })).toBe(false);
    expect(holds("answer != 'yes'", {}, {})).toBe(true);
  });

  it("holds a condition only on true: a missing decision or a number is not true", () => {
    const rule = ruleOf([{ name: "the bell", when: "rang_bell", outcome: "together" }]);
    expect(rule.decide(input({}, { rang_bell: true }))).toBe("together");
    expect(rule.decide(input({}, { rang_bell: 1 }))).toBe("apart");
    expect(rule.decide(input({}, {}))).toBe("apart");
  });

  it("computes named measures, which later measures and the conditions use", () => {
    const rule = ruleOf([{ name: "high", when: "doubled >= 10", outcome: "together" }], {
      measures: {
        lean: { label: "The lean", expression: "mean + (rang_bell ? 4 : 0)" },
        doubled: { label: "Twice the lean", expression: "lean * 2" },
      },
    });
    expect(rule.decide(input({ ada: 1, bo: 1 }, { rang_bell: true }))).toBe("together");
    expect(rule.decide(input({ ada: 1, bo: 1 }, { rang_bell: false }))).toBe("apart");
    expect(rule.explain(input({ ada: 1, bo: 1 }, { rang_bell: true })).measures).toEqual({ lean: 5, doubled: 10 });
  });

  it("takes an outcome from an ink variable only when it names an outcome", () => {
    const rule = ruleOf([
      { name: "sealed", when: "sealed != ''", outcomeFrom: "sealed" },
      { name: "fallback", when: "true", outcome: "together" },
    ]);
    expect(rule.decide(input({}, { sealed: "apart" }))).toBe("apart");
    expect(rule.decide(input({}, { sealed: "fireworks" }))).toBe("together");
    expect(rule.decide(input({}, { sealed: "" }))).toBe("together");
  });

  it("explains which conditions held and every comparison's two sides", () => {
    const rule = ruleOf([
      { name: "Ada and the bell", when: "ada <= -30 and rang_bell == true", outcome: "together" },
      { name: "Bo", when: "bo > 10", outcome: "apart" },
    ]);
    const explanation = rule.explain(input({ ada: -14.5, bo: 20 }, { rang_bell: true }));
    expect(explanation).toMatchObject({ outcome: "apart", decidedBy: 1, held: [false, true] });
    expect(explanation.comparisons).toEqual([
      { condition: 0, text: "ada <= -30", left: -14.5, op: "<=", right: -30, held: false },
      { condition: 0, text: "rang_bell == true", left: true, op: "==", right: true, held: true },
      { condition: 1, text: "bo > 10", left: 20, op: ">", right: 10, held: true },
    ]);
    expect(rule.conditions.map((condition) => condition.name)).toEqual(["Ada and the bell", "Bo"]);
  });
});

describe("a rule with a mistake is refused when the manifest is read, naming file and field", () => {
  const condition = (when: string, more: Record<string, unknown> = { outcome: "together" }) => ({
    conditions: [
      { name: "fine", when: "ada < 0", outcome: "together" },
      { name: "the mistake", when, ...more },
    ],
    default: "apart",
  });

  it("names an unknown name", () => {
    expect(problemsOf(condition("adda < 0"))).toBe(
      'stories/test/campaign.json: rule.conditions[1].when: unknown name "adda" (not a stance, mean or spread, a measure, nor an input declared in decisions)',
    );
  });

  it("names an expression it cannot read, and anything outside the language", () => {
    expect(problemsOf(condition("ada <"))).toMatch(
      /^stories\/test\/campaign.json: rule.conditions\[1\].when: cannot read/,
    );
    expect(problemsOf(condition("max(ada, bo) > 0"))).toMatch(
      /rule.conditions\[1\].when: .*not part of the rule language/,
    );
    expect(problemsOf(condition("ada % 2 == 0"))).toMatch(/rule.conditions\[1\].when: unknown operator "%"/);
  });

  it("names an outcome, a default or an outcomeFrom that does not exist", () => {
    expect(problemsOf(condition("ada < 0", { outcome: "toogether" }))).toBe(
      'stories/test/campaign.json: rule.conditions[1].outcome: "toogether" is not one of the outcomes',
    );
    expect(problemsOf({ conditions: [], default: "nowhere" })).toBe(
      'stories/test/campaign.json: rule.default: "nowhere" is not one of the outcomes',
    );
    expect(problemsOf(condition("ada < 0", { outcomeFrom: "ada" }))).toMatch(
      /rule.conditions\[1\].outcomeFrom: "ada" is not one of the decisions/,
    );
    expect(problemsOf(condition("ada < 0", { outcome: "apart", outcomeFrom: "sealed" }))).toMatch(
      /rule.conditions\[1\]: give exactly one of outcome and outcomeFrom/,
    );
  });

  it("names a measure that shadows a name, or uses a measure defined after it", () => {
    const measure = (expression: string) => ({ label: "A measure", expression });
    expect(problemsOf({ measures: { ada: measure("bo") }, conditions: [], default: "apart" })).toMatch(
      /rule.measures.ada: "ada" is already a character/,
    );
    expect(problemsOf({ measures: { a: measure("b"), b: measure("1") }, conditions: [], default: "apart" })).toMatch(
      /rule.measures.a.expression: unknown name "b"/,
    );
  });

  it("refuses a measure without the label the screen names it by, saying the shape it wants", () => {
    expect(problemsOf({ measures: { lean: "mean + 4" }, conditions: [], default: "apart" })).toBe(
      'stories/test/campaign.json: rule.measures.lean: a measure is { "label": "…", "expression": "…" }: the label is how the stance panel and the report name it',
    );
    expect(problemsOf({ measures: { lean: { expression: "mean + 4" } }, conditions: [], default: "apart" })).toMatch(
      /^stories\/test\/campaign.json: rule.measures.lean.label: /,
    );
    expect(
      problemsOf({ measures: { lean: { label: "", expression: "mean" } }, conditions: [], default: "apart" }),
    ).toMatch(/rule.measures.lean.label: /);
  });

  it("takes a default with a name, and still the bare outcome id", () => {
    const named = ruleOf([{ name: "Ada leans in", when: "ada < 0", outcome: "together" }], {
      default: { outcome: "apart", name: "nobody leaned in" },
    });
    expect(named.decide(input({ ada: 5 }))).toBe("apart");
    expect([named.default, named.defaultName]).toEqual(["apart", "nobody leaned in"]);
    const bare = ruleOf([{ name: "Ada leans in", when: "ada < 0", outcome: "together" }]);
    expect([bare.default, bare.defaultName]).toEqual(["apart", null]);
    expect(problemsOf({ conditions: [], default: { outcome: "nowhere", name: "lost" } })).toBe(
      'stories/test/campaign.json: rule.default.outcome: "nowhere" is not one of the outcomes',
    );
  });

  it("knows what it reads: each condition's names, and every name through the measures", () => {
    const rule = ruleOf(
      [
        { name: "high", when: "doubled >= 10 and ada > 0", outcome: "together" },
        { name: "sealed", when: "sealed != ''", outcomeFrom: "sealed" },
      ],
      {
        measures: {
          lean: { label: "The lean", expression: "mean + (rang_bell ? 4 : 0)" },
          doubled: { label: "Twice the lean", expression: "lean * 2" },
          unused: { label: "Never read", expression: "spread" },
        },
      },
    );
    expect(rule.conditions.map((condition) => condition.reads)).toEqual([["doubled", "ada"], ["sealed"]]);
    expect([...rule.reads]).toEqual(["mean", "ada", "rang_bell", "sealed", "lean", "doubled"]);
  });

  it("refuses a manifest with no rule", () => {
    const { rule: _rule, ...noRule } = structuredClone(miniManifest);
    expect(() => parseManifest(noRule, "x/campaign.json")).toThrow(/^x\/campaign.json: rule: /);
  });
});

/**
 * The values worth trying for one decision: those the rule compares it with (a counter either side
 * of its number), the outcome ids (for outcomeFrom), "", true and false. Per decision, so a clause
 * that needs three decisions at once is not a needle in every value of every decision.
 */
function decisionDomain(manifest: CampaignManifest, name: string): DecisionValue[] {
  const sources = [
    ...manifest.rule.conditions.map((c) => c.when),
    ...Object.values(manifest.rule.measures ?? {}).map((m) => m.expression),
  ];
  const compared = sources.flatMap((source) => [
    ...source.matchAll(new RegExp(`\\b${name}\\s*(?:==|!=|<=|>=|<|>)\\s*('([^']*)'|-?\\d+(?:\\.\\d+)?)`, "g")),
  ]);
  const strings = compared.flatMap((match) => (match[2] !== undefined ? [match[2]] : []));
  const numbers = compared
    .flatMap((match) => (match[2] === undefined ? [Number(match[1])] : []))
    .flatMap((number) => [number - 1, number, number + 1]);
  return [...new Set([...strings, ...manifest.outcomes.map((outcome) => outcome.id), ...numbers, ""]), true, false];
}

/** A seeded stream, so a failing witness repeats. */
function stream(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const campaigns = [
  ...campaignIds().map((id) => readManifest(path.join(STORIES_DIR, id))),
  readManifest(path.join(FIXTURES, "mini-campaign")),
];

describe.each(campaigns.map((manifest) => [manifest.id, manifest] as const))(
  "every threshold of %s's rule, read from its campaign.json",
  (_id, manifest) => {
    const rule = compileRule(manifest);
    const characters = manifest.characters.map((character) => character.id);
    const domains = new Map(manifest.decisions.map(({ id }) => [id, decisionDomain(manifest, id)]));

    function randomInput(random: () => number): OutcomeInput {
      const stances = Object.fromEntries(characters.map((id) => [id, Math.round(random() * 200 - 100)]));
      const decisions = Object.fromEntries(
        manifest.decisions.map(({ id }) => {
          const domain = domains.get(id) ?? [];
          return [id, domain[Math.floor(random() * domain.length)] as DecisionValue];
        }),
      );
      return { stances, decisions };
    }

    /**
     * An input where this comparison alone decides whether its condition holds: moving its subject
     * just to the holding side makes the condition hold, just to the other side makes it fail.
     */
    function witness(condition: number, subject: string, holdingSide: number, failingSide: number) {
      const random = stream(condition + 1);
      for (let attempt = 0; attempt < 200_000; attempt += 1) {
        const base = randomInput(random);
        const holding = rule.explain(steer(base, subject, holdingSide)).held[condition];
        const failing = rule.explain(steer(base, subject, failingSide)).held[condition];
        if (holding && !failing) return { holding, failing };
      }
      return null;
    }

    /** The input moved so that `subject` (a character, mean, spread or a measure) has this value. */
    function steer(base: OutcomeInput, subject: string, value: number): OutcomeInput {
      const stances = { ...base.stances };
      const current = (input: OutcomeInput) =>
        rule.explain(input).measures[subject] ?? { mean: mean(input), spread: spread(input) }[subject];
      if (manifest.decisions.some((input) => input.id === subject)) {
        return { stances, decisions: { ...base.decisions, [subject]: value } };
      }
      if (characters.includes(subject)) stances[subject] = value;
      else if (subject === "spread") {
        const centre = mean(base);
        const scale = value / spread(base);
        for (const id of characters) stances[id] = centre + ((stances[id] ?? 0) - centre) * scale;
      } else {
        const shift = value - Number(current(base));
        for (const id of characters) stances[id] = (stances[id] ?? 0) + shift;
      }
      const steered = { stances, decisions: base.decisions };
      const reached = characters.includes(subject) ? value : Number(current(steered));
      if (Math.abs(reached - value) > 1e-6) throw new Error(`cannot steer ${subject} to ${value} (reached ${reached})`);
      return steered;
    }
    const mean = (input: OutcomeInput) =>
      characters.reduce((sum, id) => sum + (input.stances[id] ?? 0), 0) / characters.length;
    const spread = (input: OutcomeInput) => {
      const values = characters.map((id) => input.stances[id] ?? 0);
      return Math.max(...values) - Math.min(...values);
    };

    // Every comparison of a name with a number (written, or a named constant), as the rule reports them.
    const seen = new Map<string, readonly [string, number, string, string, number]>();
    const random = stream(7);
    for (let attempt = 0; attempt < 5_000; attempt += 1) {
      for (const comparison of rule.explain(randomInput(random)).comparisons) {
        const [subject = "", op = ""] = comparison.text.split(" ");
        if (typeof comparison.right !== "number" || !/^\w+ [<>]=? \S+$/.test(comparison.text)) continue;
        const name = `${rule.conditions[comparison.condition]?.name}: ${comparison.text}`;
        seen.set(name, [name, comparison.condition, subject, op, comparison.right] as const);
      }
    }
    const cases = [...seen.values()];

    it("has thresholds to test", () => {
      expect(cases.length).toBeGreaterThan(0);
    });

    it.each(cases)("%s flips just either side of its number", (_name, index, subject, op, threshold) => {
      const below = op.startsWith("<");
      const holdingSide = threshold + (below ? -0.01 : 0.01);
      const failingSide = threshold + (below ? 0.01 : -0.01);
      expect(witness(index, subject, holdingSide, failingSide)).toEqual({ holding: true, failing: false });
    });
  },
);
