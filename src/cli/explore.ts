import fs from "node:fs";
import { type ExploreReport, mergeReports } from "../engine/explorer";
import { pinnedWarnings } from "../engine/stanceReach";
import { fail, loadCompiledStory, progressBar, readArguments, table } from "./cliSupport";
import { defaultWorkers, runPool, shardRange } from "./workerPool";

const usage = `usage: npm run explore -- <campaign id | file.ink | file.json> [--runs N] [--seed S] [--json]
                           [--workers N] [--shard K/N]
       npm run explore -- merge a.json b.json ... [--json]
Plays N seeded random playthroughs (default 1000, seed 1) and reports outcomes, knots and choices
no run reached, each character's final stance over the runs (min, p10, median, p90, max, share
below 0; a warning for one that ends on one side in more than 85% of runs), every # needs:
contract line checked each time a run shows it, and every runtime error and broken contract with
the seed and choices that replay it. Exits 1 if any run failed or any contract broke.
  --workers N   worker threads (default: one per core, here ${defaultWorkers()})
  --shard K/N   play only the K-th of N slices of the run indices (a CI job matrix); save each
                shard's --json and combine them with "merge"
The same seed gives the same report, field for field, whatever --workers and however it is
sharded and merged; only the timing line (elapsedMs) differs from run to run.`;

const { values, positionals } = readArguments(usage, {
  runs: { type: "string", default: "1000" },
  seed: { type: "string", default: "1" },
  workers: { type: "string" },
  shard: { type: "string" },
  json: { type: "boolean", default: false },
  help: { type: "boolean" },
});
if (values.help) fail(usage, 0);

interface ShardedReport extends ExploreReport {
  /** Present on a shard's report: which slice of how many runs in all. */
  shard?: { slice: string; totalRuns: number };
}

function wholeNumber(name: string, text: string | undefined, minimum: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < minimum)
    fail(`--${name} must be a whole number${minimum > 0 ? " above 0" : ""}, not "${text}"`, 2);
  return value;
}

function mergeShardFiles(files: string[]): ExploreReport {
  if (files.length === 0) fail(`merge needs the shard reports to combine\n\n${usage}`, 2);
  const reports = files.map((file) => {
    try {
      return JSON.parse(fs.readFileSync(file, "utf8")) as ShardedReport;
    } catch (error) {
      return fail(`${file}: not a JSON report of explore --json (${(error as Error).message})`);
    }
  });
  const slices = reports.map((report, index) => {
    if (!report.shard) fail(`${files[index]}: not a shard report (made with --shard K/N --json)`);
    return report.shard;
  });
  const count = Number(slices[0]?.slice.split("/")[1]);
  const wanted = Array.from({ length: count }, (_, index) => `${index + 1}/${count}`);
  const given = slices.map((slice) => slice.slice).sort();
  if (given.join() !== [...wanted].sort().join() || slices.some((slice) => slice.totalRuns !== slices[0]?.totalRuns)) {
    fail(`merge needs each shard of one run exactly once: wanted ${wanted.join(", ")}; given ${given.join(", ")}`);
  }
  try {
    return mergeReports(reports.map(({ shard: _shard, ...report }) => report));
  } catch (error) {
    return fail((error as Error).message);
  }
}

let report: ShardedReport;
let storyName: string;
if (positionals[0] === "merge") {
  storyName = "<story>";
  report = mergeShardFiles(positionals.slice(1));
} else {
  const runs = wholeNumber("runs", values.runs, 1);
  const seed = wholeNumber("seed", values.seed, Number.NEGATIVE_INFINITY);
  const workers = values.workers === undefined ? defaultWorkers() : wholeNumber("workers", values.workers, 1);
  let range: ReturnType<typeof shardRange>;
  try {
    range = shardRange(values.shard, runs);
  } catch (error) {
    fail((error as Error).message, 2);
  }
  const story = loadCompiledStory(positionals[0], usage);
  storyName = positionals[0] ?? "";
  const started = performance.now();
  const chunks = await runPool<ExploreReport>({
    kind: "explore",
    story: { json: story.json, manifest: story.manifest, sourceMap: story.compile.sourceMap },
    options: { runs, seed },
    from: range.from,
    to: range.to,
    workers,
    onProgress: progressBar("exploring"),
  });
  report = { ...mergeReports(chunks), elapsedMs: Math.round(performance.now() - started) };
  if (range.label) report.shard = { slice: range.label, totalRuns: runs };
}

if (values.json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  const { runs, seed } = report;
  const rate = report.elapsedMs > 0 ? Math.round((runs / report.elapsedMs) * 1000) : runs;
  const shard = report.shard ? ` (shard ${report.shard.slice} of ${report.shard.totalRuns} runs)` : "";
  process.stdout.write(`${runs} runs${shard}, seed ${seed}, ${report.elapsedMs} ms (${rate} playthroughs/s)\n`);
  process.stdout.write(
    `choices per run: min ${report.turns.min}, mean ${report.turns.mean}, max ${report.turns.max}\n\n`,
  );
  const rows: (string | number)[][] = [["outcome", "runs", "share"]];
  for (const [outcome, count] of Object.entries(report.outcomes).sort((a, b) => b[1] - a[1])) {
    rows.push([outcome, count, `${((count / runs) * 100).toFixed(1)}%`]);
  }
  process.stdout.write(`${table(rows)}\n\n`);
  process.stdout.write(`knots reached: ${report.knots.reached}/${report.knots.total}\n`);
  for (const knot of report.knots.unreached) process.stdout.write(`  never reached: ${knot.location} (${knot.knot})\n`);
  process.stdout.write(`choices offered: ${report.choices.reached}/${report.choices.total}\n`);
  for (const choice of report.choices.unreached)
    process.stdout.write(`  never offered: ${choice.location} (in ${choice.knot})\n`);
  const reach = Object.entries(report.stanceReach);
  if (reach.length > 0) {
    const reachRows: (string | number)[][] = [["final stance", "min", "p10", "median", "p90", "max", "below 0"]];
    for (const [id, stance] of reach)
      reachRows.push([
        id,
        stance.min,
        stance.p10,
        stance.median,
        stance.p90,
        stance.max,
        `${(stance.belowZero * 100).toFixed(1)}%`,
      ]);
    process.stdout.write(`\n${table(reachRows)}\n`);
    for (const warning of pinnedWarnings(report.stanceReach)) process.stdout.write(`warning: ${warning}\n`);
  }
  const { contracts } = report;
  process.stdout.write(
    `\ncontracts: ${contracts.lines} lines, checked ${contracts.checked} times, ${contracts.violations.length} broken\n`,
  );
  for (const violation of contracts.violations)
    process.stdout.write(
      `\nCONTRACT BROKEN (${violation.count} times): ${violation.location} needs ${violation.condition}\n  replay: npm run play -- ${storyName} --seed ${violation.seed} --choices ${violation.choices.join(",")}\n`,
    );
  for (const error of report.errors) {
    process.stdout.write(
      `\nERROR (${error.count} runs): ${error.message}\n  replay: npm run play -- ${storyName} --seed ${error.seed} --choices ${error.path.join(",")}\n`,
    );
  }
}
process.exit(report.errors.length > 0 || report.contracts.violations.length > 0 ? 1 : 0);
