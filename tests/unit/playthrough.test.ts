import { describe, expect, it } from "vitest";
import { matchChoice, parsePlaythroughScript, runPlaythrough } from "../../src/engine/playthrough";
import { miniRunner } from "../support/fixtures";

const choices = [
  { index: 0, text: "Ask Bo to join in" },
  { index: 1, text: "Let Bo go his own way" },
];

describe("playthrough scripts", () => {
  it("name choices by substring, regex or index", () => {
    expect(matchChoice(choices, "own WAY")?.index).toBe(1);
    expect(matchChoice(choices, "/^ask/i")?.index).toBe(0);
    expect(matchChoice(choices, 1)?.index).toBe(1);
    expect(matchChoice(choices, "sing")).toBeUndefined();
  });

  it("pass when the story does what they expect", () => {
    const script = parsePlaythroughScript({
      story: "mini",
      steps: [{ choose: "join in" }, { see: "just this once" }, { stances: { bo: { max: -20 } } }, { choose: "Ring" }],
      expect: { ended: true, outcome: "together", stances: { ada: { max: -40 } }, see: ["The bell rings."] },
    });
    expect(runPlaythrough(miniRunner(), script)).toMatchObject({
      failures: [],
      path: [0, 0],
      outcome: "together",
      ended: true,
    });
  });

  it("name the failing step and show the transcript around it", () => {
    const script = parsePlaythroughScript({ story: "mini", steps: [{ choose: "join in" }, { choose: "Dance" }] });
    const [failure] = runPlaythrough(miniRunner(), script).failures;
    expect(failure?.step).toBe(2);
    expect(failure?.message).toMatch(/no choice matches "Dance"; offered: "Ring the bell", "Keep silent"/);
    expect(failure?.context.at(-1)).toBe("Bo stands at your side.");
  });

  it("check the outcome at the end", () => {
    const script = parsePlaythroughScript({ story: "mini", steps: [], finish: "first", expect: { outcome: "apart" } });
    expect(runPlaythrough(miniRunner(), script).failures.map((failure) => failure.message)).toEqual([
      'expected outcome "apart", got "together"',
    ]);
  });

  it("refuse a choose that matches two choices, naming both", () => {
    const script = parsePlaythroughScript({ story: "mini", steps: [{ choose: "bo" }] });
    expect(runPlaythrough(miniRunner(), script).failures[0]?.message).toBe(
      '"bo" matches 2 choices: "Ask Bo to join in", "Let Bo go his own way"; name one more exactly',
    );
  });

  it("refuse an outcome the story does not have", () => {
    const script = parsePlaythroughScript({ story: "mini", steps: [], expect: { outcome: "togther" } });
    expect(runPlaythrough(miniRunner(), script).failures[0]?.message).toBe(
      '"togther" is not an outcome of this story (outcomes: together, apart)',
    );
  });

  it("name the field and what was expected when a script is malformed", () => {
    expect(() => parsePlaythroughScript({ story: "mini", steps: [{ choose: 0 }, { pick: 1 }] }, "bad.json")).toThrow(
      /steps\[1\]: a step is \{"choose": text, \/regex\/ or index\}, \{"see": text\} or \{"stances".*, not \{"pick":1\}/,
    );
    expect(() =>
      parsePlaythroughScript(
        { story: "mini", steps: [], expect: { stances: { ada: { min: 30, max: 10 } } } },
        "bad.json",
      ),
    ).toThrow(/expect\.stances\.ada: no stance can be in this range: min 30 is above max 10/);
  });

  it("refuse a malformed script with the reason", () => {
    expect(() => parsePlaythroughScript({ story: "mini", steps: [{ pick: 1 }] }, "bad.json")).toThrow(
      /bad\.json is not a valid playthrough script/,
    );
  });
});
