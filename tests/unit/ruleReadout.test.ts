import path from "node:path";
import { describe, expect, it } from "vitest";
import { campaignIds, readManifest, STORIES_DIR } from "../../src/build/campaigns";
import { parseManifest } from "../../src/engine/campaign";
import { compileRule } from "../../src/engine/outcomeRule";
import {
  asSentence,
  axisPosition,
  castMeanLabel,
  gaugeValues,
  ruleGauges,
  whyThisEnding,
  whyThisEndingSteps,
} from "../../src/engine/ruleReadout";
import { miniManifest, miniRunner } from "../support/fixtures";

/** The mini campaign (Ada and Bo, the bell) with another rule and a second decision, the answer. */
function withRule(rule: unknown) {
  return parseManifest({
    ...structuredClone(miniManifest),
    decisions: [
      { id: "rang_bell", label: "The bell", shown: "ledger", values: { true: "rung", false: "silent" } },
      { id: "answer", label: "Your answer", shown: "ledger" },
      { id: "sealed", label: "How it was sealed", shown: "ledger" },
    ],
    rule,
  });
}

const leaning = withRule({
  measures: { lean: { label: "The lean (both, and the bell)", expression: "mean + (rang_bell ? -20 : 0)" } },
  conditions: [
    { name: "Ada holds out, whatever the bell said", when: "ada >= 40 and answer == 'no'", outcome: "apart" },
    { name: "the bell pulls them together", when: "lean <= -10", outcome: "together" },
    { name: "it was sealed", when: "sealed != ''", outcomeFrom: "sealed" },
  ],
  default: { outcome: "apart", name: "nothing pulled them together" },
});

describe("what the screen shows of the rule's own numbers", () => {
  it("shows the cast's mean and each measure the rule reads, by its label", () => {
    expect(ruleGauges(leaning).map((gauge) => [gauge.name, gauge.label])).toEqual([
      ["mean", "Both together"],
      ["lean", "The lean (both, and the bell)"],
    ]);
    const values = gaugeValues(leaning, { stances: { ada: -4, bo: 10 }, decisions: { rang_bell: true } });
    expect(values.map(({ gauge, value }) => [gauge.name, value])).toEqual([
      ["mean", 3],
      ["lean", -17],
    ]);
  });

  it("shows no mean when the rule never reads it, and no measure the rule never reads", () => {
    expect(ruleGauges(miniManifest)).toEqual([]);
    const unread = withRule({
      measures: { lean: { label: "Unread", expression: "mean" } },
      conditions: [{ name: "Ada", when: "ada < 0", outcome: "together" }],
      default: "apart",
    });
    expect(ruleGauges(unread)).toEqual([]);
  });

  it("places a gauge on the meters' axis: the mean where a stance would be, the spread along it, past its reach at the end", () => {
    const [mean, lean] = ruleGauges(leaning);
    if (!mean || !lean) throw new Error("the mean and the lean are gauges");
    expect([-40, 0, 112, Number.NaN].map((value) => axisPosition(lean, value))).toEqual([-40, 0, 100, -100]);
    const spread = { ...mean, name: "spread", min: 0, max: 200 };
    expect([0, 100, 200].map((value) => axisPosition(spread, value))).toEqual([-100, 0, 100]);
  });

  it("names the mean by the size of the cast", () => {
    expect([2, 3, 4, 12].map(castMeanLabel)).toEqual([
      "Both together",
      "All three together",
      "All four together",
      "Everyone together",
    ]);
  });
});

describe("why this ending", () => {
  it("gives the condition that held as a sentence, with what it read as the screen shows it", () => {
    const why = whyThisEnding(leaning, {
      stances: { ada: 60, bo: -30 },
      decisions: { rang_bell: true, answer: "no", sealed: "" },
    });
    expect(why.sentence).toBe("Ada holds out, whatever the bell said.");
    expect(why.read).toEqual([
      { label: "Ada Quill", text: "60" },
      { label: "Your answer", text: "no" },
    ]);
    expect(why.line).toBe("Ada holds out, whatever the bell said. (Ada Quill: 60; Your answer: no)");
  });

  it("reads a measure by its label and rounded as its row shows it, not the first condition that was tried", () => {
    const why = whyThisEnding(leaning, {
      stances: { ada: 0.4, bo: 0 },
      decisions: { rang_bell: true, answer: "yes", sealed: "" },
    });
    expect(why.sentence).toBe("The bell pulls them together.");
    expect(why.read).toEqual([{ label: "The lean (both, and the bell)", text: "-20" }]);
  });

  it("names a sealed outcome by the input it came from", () => {
    const why = whyThisEnding(leaning, {
      stances: { ada: 0, bo: 0 },
      decisions: { rang_bell: false, answer: "yes", sealed: "together" },
    });
    expect(why.sentence).toBe("It was sealed.");
    expect(why.read).toEqual([{ label: "How it was sealed", text: "together" }]);
  });

  it("says the default's name when no condition held, with everything the conditions read", () => {
    const why = whyThisEnding(leaning, {
      stances: { ada: 10, bo: 10 },
      decisions: { rang_bell: false, answer: "yes", sealed: "" },
    });
    expect(why.sentence).toBe("Nothing pulled them together.");
    // The empty `sealed` was never set, so never on screen: it is left out.
    expect(why.read).toEqual([
      { label: "Ada Quill", text: "10" },
      { label: "Your answer", text: "yes" },
      { label: "The lean (both, and the bell)", text: "10" },
    ]);
  });

  it("reads a decision in the campaign's words, and says plainly when a nameless default decided", () => {
    const why = whyThisEnding(miniManifest, { stances: { ada: -5, bo: 5 }, decisions: { rang_bell: false } });
    expect(why.sentence).toBe("None of the other endings' conditions held.");
    expect(why.read).toEqual([
      { label: "Ada Quill", text: "-5" },
      { label: "Bo Lark", text: "5" },
      { label: "The bell", text: "silent" },
    ]);
  });

  it("follows a played story: the mini campaign's bell and both stances decide Together", () => {
    const runner = miniRunner();
    runner.continueToChoice();
    const why = () => whyThisEnding(miniManifest, { stances: runner.stances, decisions: runner.decisions() });
    expect(why().sentence).toBe("None of the other endings' conditions held.");
    runner.choose(0);
    runner.continueToChoice();
    runner.choose(runner.choices.findIndex((choice) => choice.text === "Ring the bell"));
    runner.continueToChoice();
    expect(why().read.find((read) => read.label === "The bell")?.text).toBe("rung");
  });
});

describe.each(campaignIds().map((id) => [id, readManifest(path.join(STORIES_DIR, id))] as const))(
  "%s's ending, explained",
  (_id, manifest) => {
    const rule = compileRule(manifest);
    const labels = new Set([
      ...manifest.characters.map((character) => character.name),
      ...manifest.decisions.map((input) => input.label),
      ...ruleGauges(manifest).map((gauge) => gauge.label),
    ]);

    it("shows a row for every measure and built-in the rule reads", () => {
      const shown = new Set(ruleGauges(manifest).map((gauge) => gauge.name));
      for (const name of rule.reads) {
        const isInput = manifest.decisions.some((input) => input.id === name);
        const isCharacter = manifest.characters.some((character) => character.id === name);
        expect(isInput || isCharacter || shown.has(name), `${name} is read but not shown`).toBe(true);
      }
    });

    it("names the condition that decided, and reads only what is on screen, over many random endings", () => {
      let seed = 7;
      const random = () => {
        seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
        return seed / 4294967296;
      };
      const valuesOf = (id: string) => {
        const declared = manifest.decisions.find((input) => input.id === id);
        return [...Object.keys(declared?.values ?? {}), "", 0, 3];
      };
      const decided = new Set<number>();
      for (let run = 0; run < 600; run += 1) {
        const stances = Object.fromEntries(manifest.characters.map(({ id }) => [id, Math.round(random() * 200 - 100)]));
        const decisions = Object.fromEntries(
          manifest.decisions.map(({ id }) => {
            const values = valuesOf(id);
            const value = values[Math.floor(random() * values.length)] ?? "";
            return [id, value === "true" ? true : value === "false" ? false : value];
          }),
        );
        const explanation = rule.explain({ stances, decisions });
        const why = whyThisEnding(manifest, { stances, decisions });
        const name = rule.conditions[explanation.decidedBy]?.name ?? rule.defaultName;
        decided.add(explanation.decidedBy);
        expect(why.sentence).toBe(name ? asSentence(name) : "None of the other endings' conditions held.");
        for (const read of why.read) expect(labels, read.label).toContain(read.label);
      }
      expect(decided.size).toBeGreaterThan(3);
    });

    it("names the clause that decided a kept night, and what turned it after, over many random runs", () => {
      let seed = 11;
      const random = () => {
        seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
        return seed / 4294967296;
      };
      const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
      const outcomeIds = new Set(manifest.outcomes.map((outcome) => outcome.id));
      // An input whose every value is an outcome is one the story keeps an answer of the rule in.
      const kept = manifest.decisions.find(
        (input) => input.values && Object.keys(input.values).every((value) => outcomeIds.has(value)),
      );
      const randomInput = () => ({
        stances: Object.fromEntries(manifest.characters.map(({ id }) => [id, Math.round(random() * 200 - 100)])),
        decisions: Object.fromEntries(
          manifest.decisions.map(({ id, values }) => {
            const value = pick([...Object.keys(values ?? {}), "", 0, 3]);
            return [id, value === "true" ? true : value === "false" ? false : value];
          }),
        ),
      });
      const sentenceOf = (input: ReturnType<typeof randomInput>) => {
        const explanation = rule.explain(input);
        const name = rule.conditions[explanation.decidedBy]?.name ?? rule.defaultName;
        return name ? asSentence(name) : "None of the other endings' conditions held.";
      };
      const shapes = new Set<string>();
      for (let run = 0; run < 600; run += 1) {
        const night = randomInput();
        if (kept) night.decisions[kept.id] = "";
        const final = randomInput();
        if (kept) final.decisions[kept.id] = rule.decide(night);
        const steps = whyThisEndingSteps(manifest, final, [night, final]);
        const decider = rule.conditions[rule.explain(final).decidedBy];
        const readsKept = kept !== undefined && (decider ? decider.reads : [...rule.reads]).includes(kept.id);
        if (!readsKept) {
          // Nothing kept was read: the final call's clause alone, as whyThisEnding says it.
          expect(steps).toEqual([{ ...whyThisEnding(manifest, final), lead: null }]);
          shapes.add("alone");
        } else if (decider?.outcomeFrom === kept?.id) {
          // Passed through: the night's own clause, with what it read then.
          expect(steps).toEqual([{ ...whyThisEnding(manifest, night), lead: null }]);
          expect(steps[0]?.sentence).toBe(sentenceOf(night));
          shapes.add("passed through");
        } else {
          expect(steps.map((step) => [step.lead, step.sentence])).toEqual([
            ["The night", sentenceOf(night)],
            ["Then", sentenceOf(final)],
          ]);
          expect(steps[0]?.read).toEqual(whyThisEnding(manifest, night).read);
          // The second reads what the final call read, less the kept night the first step stands for.
          expect(steps[1]?.read).toEqual(
            whyThisEnding(manifest, final).read.filter((read) => read.label !== kept?.label),
          );
          shapes.add("turned");
        }
      }
      // A campaign that keeps its night has its night passed through and turned; one that keeps none, neither.
      if (kept) expect(shapes).toEqual(new Set([...shapes, "passed through", "turned"]));
      else expect([...shapes]).toEqual(["alone"]);
    });
  },
);
