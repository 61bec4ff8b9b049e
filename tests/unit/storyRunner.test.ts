import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileInkFile } from "../../src/build/compileInk";
import { StoryRunner } from "../../src/engine/storyRunner";
import { compiledFixture, FIXTURES, miniJson, miniManifest, miniRunner } from "../support/fixtures";

/** A fixture compiled with its source map, as every CLI tool runs it. */
function runnerWithSourceMap(relative: string, stepLimit?: number): StoryRunner {
  const compiled = compileInkFile(path.join(FIXTURES, relative));
  if (!compiled.json) throw new Error(`${relative} does not compile`);
  return new StoryRunner(compiled.json, { sourceMap: compiled.sourceMap, stepLimit });
}

describe("the story runner", () => {
  it("hands out steps with speakers and sticky staging up to the first choice", () => {
    const runner = miniRunner();
    const beat = runner.continueToChoice();
    expect(beat.lines.map((line) => [line.speaker, line.text])).toEqual([
      [null, "The hall is quiet."],
      ["Announcer", "Welcome, both of you."],
    ]);
    expect(runner.staging).toEqual({ scene: "hall", mood: "calm", act: 1 });
    // Every step carries the staging from it on; the first line's step brought it.
    expect(beat.steps.map((step) => step.staging)).toEqual(beat.steps.map(() => runner.staging));
    expect(beat.steps[0]?.tags).toMatchObject({ scene: "hall", mood: "calm", act: 1 });
    expect(beat.choices.map((choice) => choice.text)).toEqual(["Ask Bo to join in", "Let Bo go his own way"]);
  });

  it("binds nudge to the stances, records the choice that moved it, and hands the move out with its line", () => {
    const runner = miniRunner();
    runner.continueToChoice();
    runner.choose(0);
    const beat = runner.continueToChoice();
    expect(runner.stances.bo).toBe(-25);
    expect(beat.steps[0]?.nudges).toEqual([runner.stanceHistory[0]]);
    expect(runner.stanceHistory[0]).toMatchObject({
      character: "bo",
      choice: "Ask Bo to join in",
      knot: "opening",
      turn: 1,
    });
    expect(beat.lines[0]).toMatchObject({ speaker: "bo", text: "Fine. Just this once." });
    expect(beat.lines.at(-1)?.text).toBe("Bo stands at your side.");
    expect(runner.staging).toEqual({ scene: "roof", mood: "tense", act: 2 });
  });

  it("asks the outcome rule through festival_outcome, with the story's decisions", () => {
    const together = miniRunner();
    together.continueToChoice();
    together.choose(0);
    together.continueToChoice();
    together.choose(0);
    const end = together.continueToChoice();
    expect(end.steps.flatMap((step) => (step.tags.sfx ? [step.tags.sfx] : []))).toEqual(["bell"]);
    expect(together.decisions()).toEqual({ rang_bell: true });
    expect(end.ended).toBe(true);
    expect(end.lines.at(-1)?.text).toBe("You go down together.");
    expect(together.outcome()).toBe("together");

    const apart = miniRunner();
    apart.continueToChoice();
    apart.choose(1);
    apart.continueToChoice();
    apart.choose(1);
    expect(apart.continueToChoice().lines.at(-1)?.text).toBe("You go down apart.");
    expect(apart.outcome()).toBe("apart");
  });

  it("shows a choice only when the stance condition holds", () => {
    const leaning = miniManifest.characters.map((character) =>
      character.id === "ada" ? { ...character, start: 40 } : character,
    );
    const runner = new StoryRunner(miniJson, { manifest: { ...miniManifest, characters: leaning } });
    expect(runner.continueToChoice().choices.map((choice) => choice.text)).toContain(
      "A choice only a leaning Ada sees",
    );
  });

  it("plays a story that declares none of the game's externals", () => {
    const runner = new StoryRunner(compiledFixture("lighthouse/main.ink"));
    runner.continueToChoice();
    runner.choose(0);
    expect(runner.continueToChoice().lines[0]?.text).toMatch(/The stair turns/);
    expect(runner.outcome()).toBeNull();
  });

  it("plays a story with no choices to its end", () => {
    const runner = new StoryRunner(compiledFixture("broken/no-choices.ink"));
    const beat = runner.continueToChoice();
    expect(beat.ended).toBe(true);
    expect(beat.lines).toHaveLength(1);
  });

  it("stops a story that loops forever without output, with a clear error", () => {
    const runner = new StoryRunner(compiledFixture("broken/endless-loop.ink"), { stepLimit: 20_000 });
    expect(() => runner.continueToChoice()).toThrow(/ran 20000 steps without reaching a choice or an end .*spin/);
  });

  it("names the .ink file and line of an endless loop, run after run (reset starts the step count again)", () => {
    const runner = runnerWithSourceMap("broken/self-loop.ink", 20_000);
    for (const seed of [1, 2]) {
      runner.reset(seed);
      expect(() => runner.continueToChoice()).toThrow(
        /ran 20000 steps .*endless loop at tests\/fixtures\/broken\/self-loop\.ink:6, in loop/,
      );
    }
  });

  it("names the .ink file and line of a runtime error", () => {
    const runner = runnerWithSourceMap("runtime-error.ink");
    runner.continueToChoice();
    runner.choose(1);
    runner.continueToChoice();
    runner.choose(0);
    expect(() => runner.continueToChoice()).toThrow(
      /nudge\("stranger", 10\) at tests\/fixtures\/runtime-error\.ink:10, in right/,
    );
  });

  it("names the knot when a nudge names an unknown character", () => {
    const runner = new StoryRunner(compiledFixture("runtime-error.ink"));
    runner.continueToChoice();
    runner.choose(1);
    runner.continueToChoice();
    expect(() => {
      runner.choose(0);
      runner.continueToChoice();
    }).toThrow(/nudge\("stranger", 10\) in right: unknown character "stranger"/);
  });

  it("refuses a choice that is not offered", () => {
    const runner = miniRunner();
    runner.continueToChoice();
    expect(() => runner.choose(7)).toThrow(/choice 7 does not exist here \(2 choices/);
  });

  it("starts again from the top on reset", () => {
    const runner = miniRunner();
    runner.continueToChoice();
    runner.choose(0);
    runner.continueToChoice();
    runner.reset();
    expect(runner.stances).toEqual({ ada: 0, bo: 50 });
    expect(runner.continueToChoice().lines[0]?.text).toBe("The hall is quiet.");
    expect(runner.turn).toBe(0);
  });
});
