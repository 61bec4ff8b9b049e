import fs from "node:fs";
import path from "node:path";
import { Story } from "inkjs";
import { campaignIds } from "../build/campaigns";
import { seededRandom } from "../engine/explorer";
import { declaredExternals, StoryRunner } from "../engine/storyRunner";
import { fail, loadCompiledStory, readArguments, table } from "./cliSupport";

/**
 * Prints the figures the project promises (nothing here is a pass/fail test):
 * - the story runner's random-playthrough throughput beside bare inkjs on the same story, in the
 *   same process, as a ratio (the runner must stay at or above 0.8);
 * - the built bundle's gzipped sizes, when dist/ exists (`npm run build` first, or pass --build);
 * - the seen-line store's size after four full plays of every campaign (src/cli/replayBench.ts);
 * - browser timings, when run with --browser (see src/cli/browserBench.ts and replayBench.ts).
 */
const usage = `usage: npm run bench [-- [--runs N] [--build] [--browser] [story ...]]`;
const { values, positionals } = readArguments(usage, {
  runs: { type: "string", default: "600" },
  build: { type: "boolean", default: false },
  browser: { type: "boolean", default: false },
  help: { type: "boolean" },
});
if (values.help) fail(usage, 0);
const runs = Number(values.runs);
const RATIO_FLOOR = 0.8;

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
}
process.stdout.write(
  `Random playthroughs: the runner (tags parsed, stance store bound, history kept) beside bare inkjs\n${table(rows)}\n`,
);

const { seenStoreFigure } = await import("./replayBench");
process.stdout.write(`\n${seenStoreFigure()}\n`);

const dist = path.resolve("dist");
if (values.build || fs.existsSync(dist)) {
  if (values.build) {
    const { build } = await import("vite");
    await build({ logLevel: "warn" });
  }
  const { bundleReport } = await import("./bundleReport");
  process.stdout.write(`\n${bundleReport(dist)}\n`);
} else {
  process.stdout.write("\n(no dist/: run `npm run build` first, or `npm run bench -- --build`, for bundle sizes)\n");
}

if (values.browser) {
  const { browserBench } = await import("./browserBench");
  process.stdout.write(`\n${await browserBench(dist)}\n`);
}
