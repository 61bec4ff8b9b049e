import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Story } from "inkjs";
import { campaignIds } from "../build/campaigns";
import { newerSource } from "../build/staleBuild";
import { seededRandom } from "../engine/random";
import { declaredExternals, StoryRunner } from "../engine/storyRunner";
import { command, loadCompiledStory, readArguments, runWhenStarted, table } from "./cliSupport";
import { defaultWorkers, runPool } from "./workerPool";

/**
 * Prints the figures the project promises (nothing here is a pass/fail test):
 * - the story runner's random-playthrough throughput beside bare inkjs on the same story, in the
 *   same process, as a ratio (the runner must stay at or above 0.8);
 * - the built bundle's gzipped sizes, when dist/ exists (`npm run build` first, or pass --build);
 * - the seen-line store's size after four full plays of every campaign (src/cli/replayBench.ts);
 * - browser timings, when run with --browser (see src/cli/browserBench.ts and replayBench.ts).
 */
const usage = `usage: npm run bench [-- [--runs N] [--explore-runs N] [--build] [--browser] [--dist folder] [--check] [story ...]]
  --check          exit 1 when a figure misses its budget (for CI); without it the figures are only printed
  --explore-runs N explore runs of the first campaign for the exploration budget (default 10000; the budget is
                   scaled to N) and the worker-scaling figure
  --dist folder    measure another build (say, one from before a change) instead of dist/`;
const RATIO_FLOOR = 0.8;
/** Two workers on two cores play at least this many times the runs of one (issue 8). */
const WORKER_SCALING_FLOOR = 1.7;
/** 10,000 Neo-Lumen explore runs take at most this long on a two-core machine (issue 8). */
const TEN_THOUSAND_RUNS_BUDGET_MS = 35_000;

/** Bare inkjs: the same story with its externals bound to the least JS that keeps it playing. */
function playBare(json: string, seed: number, count: number, outcome: string): number {
  const story = new Story(json);
  story.allowExternalFunctionFallbacks = true;
  const externals = declaredExternals(json);
  if (externals.has("nudge")) story.BindExternalFunction("nudge", () => undefined, false);
  if (externals.has("stance")) story.BindExternalFunction("stance", () => 0, true);
  if (externals.has("festival_outcome")) story.BindExternalFunction("festival_outcome", () => outcome, true);
  const random = seededRandom(seed);
  let choices = 0;
  for (let run = 0; run < count; run++) {
    story.ResetState();
    for (;;) {
      while (story.canContinue) story.Continue();
      const offered = story.currentChoices.length;
      if (offered === 0) break;
      story.ChooseChoiceIndex(Math.floor(random() * offered));
      choices++;
    }
  }
  return choices;
}

function playRunner(runner: StoryRunner, seed: number, count: number): number {
  const random = seededRandom(seed);
  let choices = 0;
  for (let run = 0; run < count; run++) {
    runner.reset();
    runner.continueToChoice();
    while (runner.choices.length > 0) {
      runner.choose(Math.floor(random() * runner.choices.length));
      runner.continueToChoice();
      choices++;
    }
    runner.outcome();
  }
  return choices;
}

function timed(work: () => number): { ms: number; choices: number } {
  const start = performance.now();
  const choices = work();
  return { ms: performance.now() - start, choices };
}

export const main = command(async (argv, io) => {
  const { values, positionals } = readArguments(argv, usage, {
    runs: { type: "string", default: "600" },
    "explore-runs": { type: "string", default: "10000" },
    build: { type: "boolean", default: false },
    browser: { type: "boolean", default: false },
    check: { type: "boolean", default: false },
    /** Another build to measure (say, one from before a change), instead of dist/. */
    dist: { type: "string", default: "dist" },
    help: { type: "boolean" },
  });
  if (values.help) {
    io.out(`${usage}\n`);
    return 0;
  }
  const runs = Number(values.runs);
  const exploreRuns = Number(values["explore-runs"]);
  const missed: string[] = [];
  const stories = positionals.length > 0 ? positionals : [...campaignIds(), "tests/fixtures/lighthouse/main.ink"];
  const rows: (string | number)[][] = [["story", "runs", "bare inkjs runs/s", "runner runs/s", "ratio", "verdict"]];
  for (const name of stories) {
    const story = loadCompiledStory(name, usage);
    const runner = new StoryRunner(story.json, {
      manifest: story.manifest,
      keepTranscript: true,
    });
    // Warm both paths, then alternate blocks so drift and GC fall on both alike.
    const firstOutcome = story.manifest?.outcomes[0]?.id ?? "";
    playBare(story.json, 1, Math.max(20, runs / 10), firstOutcome);
    playRunner(runner, 1, Math.max(20, runs / 10));
    let bareMs = 0;
    let runnerMs = 0;
    const blocks = 4;
    for (let block = 0; block < blocks; block++) {
      bareMs += timed(() => playBare(story.json, 100 + block, runs / blocks, firstOutcome)).ms;
      runnerMs += timed(() => playRunner(runner, 100 + block, runs / blocks)).ms;
    }
    const bareRate = (runs / bareMs) * 1000;
    const runnerRate = (runs / runnerMs) * 1000;
    const ratio = runnerRate / bareRate;
    rows.push([
      name,
      runs,
      bareRate.toFixed(0),
      runnerRate.toFixed(0),
      ratio.toFixed(2),
      ratio >= RATIO_FLOOR ? "ok" : `BELOW ${RATIO_FLOOR}`,
    ]);
    if (ratio < RATIO_FLOOR) missed.push(`${name}: runner/bare ratio ${ratio.toFixed(2)} below ${RATIO_FLOOR}`);
  }
  io.out(
    `Random playthroughs: the runner (tags parsed, stance store bound, history kept) beside bare inkjs\n${table(rows)}\n`,
  );

  io.out(`\n${await exploreScaling()}\n`);

  const { seenStoreFigure } = await import("./replayBench");
  io.out(`\n${seenStoreFigure()}\n`);

  /** Explore throughput with one worker and with two, in this run, and the 10,000-run budget. */
  async function exploreScaling(): Promise<string> {
    // The first campaign (Neo-Lumen, whose runs the budget was set on), unless a story is named.
    const named = positionals[0] ?? campaignIds()[0] ?? "";
    const story = loadCompiledStory(named, usage);
    const data = { json: story.json, manifest: story.manifest, sourceMap: story.compile.sourceMap };
    const timeRuns = async (count: number, workers: number) => {
      const started = performance.now();
      await runPool({ kind: "explore", story: data, options: { runs: count, seed: 1 }, from: 0, to: count, workers });
      return performance.now() - started;
    };
    const sample = Math.max(200, Math.round(exploreRuns / 5));
    const one = await timeRuns(sample, 1);
    const two = await timeRuns(sample, 2);
    const scaling = one / two;
    const workers = defaultWorkers();
    const full = await timeRuns(exploreRuns, workers);
    const budget = (TEN_THOUSAND_RUNS_BUDGET_MS * exploreRuns) / 10_000;
    if (os.availableParallelism() >= 2 && scaling < WORKER_SCALING_FLOOR)
      missed.push(`explore worker scaling ${scaling.toFixed(2)}x below ${WORKER_SCALING_FLOOR}x`);
    if (full > budget)
      missed.push(`${exploreRuns} explore runs took ${(full / 1000).toFixed(1)} s, over ${budget / 1000} s`);
    const rows: (string | number)[][] = [
      ["figure", "value", "budget", "verdict"],
      [
        `2 workers vs 1 (${sample} runs each)`,
        `${scaling.toFixed(2)}x (${(one / 1000).toFixed(1)} s vs ${(two / 1000).toFixed(1)} s)`,
        `>= ${WORKER_SCALING_FLOOR}x`,
        os.availableParallelism() < 2 ? "one core: not judged" : scaling >= WORKER_SCALING_FLOOR ? "ok" : "BELOW",
      ],
      [
        `${exploreRuns} runs, ${workers} workers`,
        `${(full / 1000).toFixed(1)} s`,
        `<= ${(budget / 1000).toFixed(1)} s`,
        full <= budget ? "ok" : "OVER",
      ],
    ];
    return `Exploration (${named}, seed 1; ${os.availableParallelism()} cores, load average ${os.loadavg()[0]?.toFixed(1)})\n${table(rows)}`;
  }

  const dist = path.resolve(values.dist);
  if (!values.build && fs.existsSync(dist)) {
    const stale = newerSource(dist, ["src", "stories", "public", "index.html", "vite.config.ts", "package.json"]);
    if (stale)
      io.out(
        `\nNOTE: dist/ is older than the sources (${stale} changed since the build): the sizes below are of an old build; run \`npm run build\` or pass --build\n`,
      );
  }
  if (values.build || fs.existsSync(dist)) {
    if (values.build) {
      const { build } = await import("vite");
      await build({ logLevel: "warn", build: { outDir: dist } });
    }
    const { bundleReport } = await import("./bundleReport");
    const sizes = bundleReport(dist);
    io.out(`\n${sizes}\n`);
    for (const line of sizes.split("\n")) if (/\bOVER\b/.test(line)) missed.push(line.trim());
  } else {
    io.out("\n(no dist/: run `npm run build` first, or `npm run bench -- --build`, for bundle sizes)\n");
  }

  if (values.browser) {
    const { browserBench } = await import("./browserBench");
    const timings = await browserBench(dist);
    io.out(`\n${timings}\n`);
    for (const line of timings.split("\n")) if (/\bOVER\b/.test(line)) missed.push(line.trim());
  }

  if (missed.length > 0) {
    io.out(`\nBudgets missed:\n${missed.map((line) => `  ${line}`).join("\n")}\n`);
    if (values.check) return 1;
  }
  return 0;
});

runWhenStarted(import.meta.url, main);
