import path from "node:path";
import { describe, expect, it } from "vitest";
import { readManifest } from "../../src/build/campaigns";
import { compileInkFile } from "../../src/build/compileInk";
import { analyzeRuns, finishAnalysis, mergeTallies } from "../../src/engine/analyzer";
import { explore, mergeReports, playRun, runSeed } from "../../src/engine/explorer";
import { replayChoices } from "../../src/engine/save";
import { type RunnerOptions, StoryRunner } from "../../src/engine/storyRunner";
import { FIXTURES } from "../support/fixtures";

/** The third draft's measures: when the ending is decided, the climax, stance reach, contracts. */
function load(relative: string, withManifest: boolean) {
  const file = path.join(FIXTURES, relative);
  const compiled = compileInkFile(file);
  const options: RunnerOptions = {
    manifest: withManifest ? readManifest(path.dirname(file)) : null,
    sourceMap: compiled.sourceMap,
  };
  return { json: compiled.json ?? "", options };
}

function analyze(story: ReturnType<typeof load>, runs: number, chunks = 1) {
  const size = Math.ceil(runs / chunks);
  const tallies = Array.from({ length: chunks }, (_, chunk) =>
    analyzeRuns(story.json, story.options, {
      runs,
      seed: 7,
      from: chunk * size,
      to: Math.min(runs, (chunk + 1) * size),
    }),
  );
  const runner = new StoryRunner(story.json, story.options);
  return finishAnalysis(mergeTallies(tallies), runner.rule, runner.manifest?.climax ?? []);
}

describe("a climax whose vote decides unless the doors were sealed before it", () => {
  const story = load("climax-campaign/main.ink", true);
  const runs = 60;
  const report = analyze(story, runs);
  // Each run's own choices, read independently of the analyzer: the first option seals the doors,
  // the first option at the vote votes together.
  const runner = new StoryRunner(story.json, story.options);
  const paths = Array.from({ length: runs }, (_, run) => playRun(runner, runSeed(7, run)).path);
  const share = (test: (path: number[]) => boolean) => Math.round((paths.filter(test).length / runs) * 1000) / 1000;
  const sealed = (path: number[]) => path[0] === 0;
  const together = (path: number[]) => path[1] === 0;

  it("dates each run's ending by the act of the last choice whose swap changes it", () => {
    // Sealed and voting together: only unsealing (act 1) changes it. Sealed and voting apart: no
    // single swap does. Unsealed: the vote (act 2) does, and act 3 never does.
    expect(report.decidedAt.byAct).toEqual({
      none: share((path) => sealed(path) && !together(path)),
      "1": share((path) => sealed(path) && together(path)),
      "2": share((path) => !sealed(path)),
    });
    expect(report.decidedAt.openAtClimax).toBe(share((path) => !sealed(path)));
    expect(report.decidedAt.reachedClimax).toBe(1);
    expect(share((path) => !sealed(path))).toBeGreaterThan(0.2);
    expect(share((path) => !sealed(path))).toBeLessThan(0.8);
  });

  it("reports the climax apart, with its impact and each option's outcomes", () => {
    expect(report.climax).toHaveLength(1);
    const [vote] = report.climax;
    expect(vote).toMatchObject({
      knot: "vote_hall",
      location: expect.stringMatching(/climax-campaign\/main\.ink:27$/),
      impact: share((path) => !sealed(path)),
    });
    const apart = vote?.options.find((option) => option.text === "Vote to go down apart");
    expect(apart?.outcomes).toEqual({ apart: runs });
    const votedTogether = vote?.options.find((option) => option.text === "Vote to go down together");
    expect(votedTogether?.outcomes.together).toBe(paths.filter((path) => !sealed(path)).length);
  });

  it("warns of a lead pinned to one side, and gives every character's reach", () => {
    expect(report.stanceReach.bo).toMatchObject({ min: 64, max: 68, belowZero: 0, aboveZero: 1 });
    expect(report.stanceReach.ada).toMatchObject({ min: -30, max: 30, belowZero: share((path) => !sealed(path)) });
    const pinned = report.warnings.filter((warning) => warning.includes("pinned"));
    expect(pinned).toEqual(["bo ends on the individuality side (above 0) in 100.0% of runs (pinned: more than 85.0%)"]);
  });

  it("gives the same report however the runs are split, in analyze and in explore", () => {
    expect(analyze(story, runs, 4)).toEqual(report);
    const whole = explore(story.json, story.options, { runs, seed: 7 });
    expect(whole.stanceReach).toEqual(report.stanceReach);
    const slices = [0, 17, 41, runs].slice(1).map((to, index, ends) => {
      const from = index === 0 ? 0 : (ends[index - 1] ?? 0);
      return explore(story.json, story.options, { runs, seed: 7, from, to });
    });
    expect({ ...mergeReports(slices), elapsedMs: 0 }).toEqual({ ...whole, elapsedMs: 0 });
  });

  it("has no climax figures for a story that names none", () => {
    const doors = analyze(load("analyze-campaign/main.ink", true), 10);
    expect(doors.climax).toEqual([]);
    expect(doors.decidedAt.openAtClimax).toBeNull();
  });
});

describe("a continuity contract some route breaks", () => {
  const story = load("contracts/main.ink", false);

  it("is found by explore with the seed and choices that show the line without its condition", () => {
    const report = explore(story.json, story.options, { runs: 40, seed: 5 });
    expect(report.errors).toEqual([]);
    expect(report.contracts.lines).toBe(4);
    expect(report.contracts.violations).toEqual([
      expect.objectContaining({
        location: expect.stringMatching(/contracts\/main\.ink:27$/),
        condition: "told_mira",
        count: expect.any(Number),
      }),
    ]);
    // Every run shows the dusk line and the thanks; the other two lines hold wherever they show.
    expect(report.contracts.checked).toBeGreaterThanOrEqual(80);
    const [violation] = report.contracts.violations;
    const replayed = replayChoices(story.json, { ...story.options, seed: violation?.seed }, violation?.choices ?? []);
    expect(replayed.transcript.map((line) => line.text)).toContain("Thank you for telling me.");
    expect(replayed.story.variablesState.$("told_mira")).toBe(false);
  });

  it("is found by analyze too, and slices of the runs merge into the same contracts and stance reach", () => {
    const analyzed = analyze(story, 20);
    expect(analyzed.contracts.violations.map((violation) => violation.condition)).toEqual(["told_mira"]);
    const whole = explore(story.json, story.options, { runs: 40, seed: 5 });
    const slices = [
      [0, 13],
      [13, 40],
    ].map(([from, to]) => explore(story.json, story.options, { runs: 40, seed: 5, from, to }));
    expect({ ...mergeReports(slices.reverse()), elapsedMs: 0 }).toEqual({ ...whole, elapsedMs: 0 });
  });
});

describe("a contract on a labelled choice or gather", () => {
  const story = load("contracts/labels.ink", false);

  it("reads the label's visit count, nested weaves and stitches included, and is broken only where the route skipped it", () => {
    const report = explore(story.json, story.options, { runs: 40, seed: 5 });
    expect(report.errors).toEqual([]);
    expect(report.contracts.lines).toBe(4);
    expect(report.contracts.violations).toEqual([
      expect.objectContaining({
        location: expect.stringMatching(/contracts\/labels\.ink:25$/),
        condition: "tower.stair.lit",
      }),
    ]);
    const [violation] = report.contracts.violations;
    const replayed = replayChoices(story.json, { ...story.options, seed: violation?.seed }, violation?.choices ?? []);
    expect(replayed.transcript.map((line) => line.text)).toContain("The keeper thanks you for the light.");
    expect(replayed.choicesTaken.at(-1)?.text).toBe("Leave it dark");
  });

  it("is checked as ink counts it: a choice once taken, a gather once passed", () => {
    const checks: { condition: string; held: boolean }[] = [];
    const runner = new StoryRunner(story.json, { ...story.options, onContract: (check) => checks.push(check) });
    // Ask Mira (harbour.asked), ask who told her (harbour.pressed, then the gather harbour.listened), light the lamp.
    for (const option of [0, 0, 0]) {
      runner.continueToChoice();
      runner.choose(option);
    }
    runner.continueToChoice();
    expect(runner.ended).toBe(true);
    expect(checks.map(({ condition, held }) => [condition, held])).toEqual([
      ["harbour.quay > 0", true],
      ["harbour.asked or not harbour.listened", true],
      ["tower.stair.lit", true],
      ["harbour.pressed and harbour.asked", true],
    ]);
  });

  it("cannot be read from a story loaded without its ink, and says so rather than reading 0", () => {
    const runner = new StoryRunner(story.json, { onContract: () => {} });
    runner.continueToChoice();
    runner.choose(1);
    expect(() => runner.continueToChoice()).toThrow(
      /"harbour.quay" is not a variable, knot, stitch or label of the story \(a label is known only to a story compiled from its ink\)/,
    );
  });
});
