import path from "node:path";
import { describe, expect, it } from "vitest";
import { readManifest } from "../../src/build/campaigns";
import { compileInkFile } from "../../src/build/compileInk";
import { type AnalyzeReport, analyzeRuns, finishAnalysis, mergeTallies } from "../../src/engine/analyzer";
import { explore, mergeReports } from "../../src/engine/explorer";
import { replayChoices } from "../../src/engine/save";
import { StoryRunner } from "../../src/engine/storyRunner";
import { FIXTURES } from "../support/fixtures";

const doorsFile = path.join(FIXTURES, "analyze-campaign/main.ink");
const doors = compileInkFile(doorsFile);
const doorsOptions = { manifest: readManifest(path.dirname(doorsFile)), sourceMap: doors.sourceMap };
const doorsJson = doors.json ?? "";

function analyze(json: string, runnerOptions: typeof doorsOptions | Record<string, never>, runs: number, chunks = 1) {
  const size = Math.ceil(runs / chunks);
  const tallies = Array.from({ length: chunks }, (_, chunk) =>
    analyzeRuns(json, runnerOptions, { runs, seed: 7, from: chunk * size, to: Math.min(runs, (chunk + 1) * size) }),
  );
  return finishAnalysis(mergeTallies(tallies), new StoryRunner(json, runnerOptions).rule);
}

const pointIn = (report: AnalyzeReport, knot: string) => report.choicePoints.find((point) => point.knot === knot);

describe("analyze on a story shaped for it", () => {
  const report = analyze(doorsJson, doorsOptions, 60);

  it("gives each choice point its verdict, at its file and line", () => {
    expect(pointIn(report, "hall")).toMatchObject({
      verdict: "deciding",
      location: expect.stringMatching(/analyze-campaign\/main\.ink:12$/),
    });
    expect(pointIn(report, "lean")).toMatchObject({ verdict: "shaping" });
    expect(pointIn(report, "coat")).toMatchObject({ verdict: "decorative", impact: 0 });
    const lean = pointIn(report, "lean");
    expect(lean?.impact).toBeGreaterThan(0.01);
    expect(lean?.impact).toBeLessThan(0.5);
  });

  it("flags the options that force one outcome, and not the ones after the outcome is settled", () => {
    const forced = report.choicePoints.flatMap((point) =>
      point.options.filter((option) => option.forced).map((option) => option.text),
    );
    expect(forced.sort()).toEqual(["Open the blue door", "Open the red door"]);
    const lean = pointIn(report, "lean")?.options.find((option) => option.text === "Lean in");
    expect(lean?.stanceChange.ada).toBeLessThan(0);
  });

  it("reports how often each rule condition held, and the nearest value to one no run meets", () => {
    expect(report.ruleReach?.conditions.map((condition) => [condition.name, condition.held > 0])).toEqual([
      ["the red door", true],
      ["Ada leans in at the green door", true],
      ["Ada vanishes", false],
    ]);
    expect(report.ruleReach?.stances.ada).toEqual({ min: -50, median: expect.any(Number), max: 0 });
    expect(report.warnings).toContain('ada <= -99: never; lowest -50 (in "Ada vanishes")');
  });

  it("prints a route to each outcome that replays to it with its seed", () => {
    expect(Object.keys(report.routes).sort()).toEqual(["blue", "red"]);
    for (const [outcome, route] of Object.entries(report.routes)) {
      const runner = replayChoices(doorsJson, { ...doorsOptions, seed: route.seed }, route.choices);
      expect(runner.ended).toBe(true);
      expect(runner.outcome()).toBe(outcome);
    }
  });

  it("gives the same report however the runs are split between workers", () => {
    expect(analyze(doorsJson, doorsOptions, 60, 4)).toEqual(report);
  });
});

describe("analyze on a classic ink story nobody shaped for it", () => {
  it("tells its endings apart by their last line and finds choices that decide them", () => {
    const lighthouse = compileInkFile(path.join(FIXTURES, "lighthouse/main.ink"));
    const report = analyze(lighthouse.json ?? "", {}, 40);
    expect(Object.keys(report.outcomes).length).toBeGreaterThan(1);
    expect(Object.keys(report.outcomes).every((ending) => ending.startsWith("(ends: "))).toBe(true);
    expect(report.choicePoints.some((point) => point.verdict !== "decorative")).toBe(true);
    expect(report.ruleReach).toBeNull();
  });
});

describe("explore reports of slices of the runs", () => {
  it("merge into exactly the report of all the runs, timing aside", () => {
    const whole = explore(doorsJson, doorsOptions, { runs: 90, seed: 3 });
    const slices = [
      [0, 25],
      [25, 70],
      [70, 90],
    ].map(([from, to]) => explore(doorsJson, doorsOptions, { runs: 90, seed: 3, from, to }));
    expect({ ...mergeReports(slices.reverse()), elapsedMs: 0 }).toEqual({ ...whole, elapsedMs: 0 });
  });
});
