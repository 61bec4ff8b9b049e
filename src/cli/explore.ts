import fs from "node:fs";
import { type ExploreReport, mergeReports } from "../engine/explorer";
import { pinnedWarnings } from "../engine/stanceReach";
import {
  type CommandIO,
  command,
  fail,
  loadCompiledStory,
  progressBar,
  readArguments,
  runWhenStarted,
  SEED_LIMIT,
  table,
  wholeNumber,
  workerCount,
} from "./cliSupport";
import { type ExploreFile, readShardFile } from "./exploreFiles";
import { exploreHtml } from "./htmlReport";
import { coverageSummary, lcovOf } from "./lcov";
import { exploreProblems } from "./problems";
import { runPool, shardRange } from "./workerPool";

/** Most runs one process plays: about nine hours at 300 runs/s; more is for --shard over machines. */
export const MAX_RUNS_PER_PROCESS = 10_000_000;

const usage = `usage: npm run explore -- <campaign id | file.ink | file.json> [--runs N] [--seed S] [--json]
                           [--workers N] [--shard K/N] [--check] [--lcov file.info] [--html file.html]
       npm run explore -- merge a.json b.json ... [--json] [--check] [--lcov file.info] [--html file.html]
Plays N seeded random playthroughs (default 1000, seed 1) and reports outcomes, knots and choices
no run reached, each character's final stance over the runs (min, p10, median, p90, max, share
below 0; a warning for one that ends on one side in more than 85% of runs), every # needs:
contract line checked each time a run shows it, and every runtime error and broken contract with
the seed and choices that replay it. Exits 1 if any run failed or any contract broke.
  --workers N   worker threads (default and most: one per core)
  --shard K/N   play only the K-th of N slices of the run indices (a CI job matrix); save each
                shard's --json and combine them with "merge"
  --check       also exit 1 on an outcome no run reached, a knot or choice never reached, or a
                warning (for CI)
  --lcov file   write which ink lines the runs executed, in lcov (genhtml, a CI's coverage tab)
  --html file   write a page with the outcome shares, coverage and errors, readable without a terminal
The same seed gives the same report, field for field, whatever --workers and however it is
sharded and merged; only the timing line (elapsedMs) differs from run to run. Runs: at most
${MAX_RUNS_PER_PROCESS.toLocaleString("en")} in one process (shard more).`;

const options = {
  runs: { type: "string", default: "1000" },
  seed: { type: "string", default: "1" },
  workers: { type: "string" },
  shard: { type: "string" },
  json: { type: "boolean", default: false },
  check: { type: "boolean", default: false },
  lcov: { type: "string" },
  html: { type: "string" },
  help: { type: "boolean" },
} as const;

function mergeShardFiles(files: string[]): ExploreFile {
  if (files.length === 0) fail(`merge needs the shard reports to combine\n\n${usage}`, 2);
  const reports = files.map(readShardFile);
  const slices = reports.map((report) => report.shard);
  const count = Number(slices[0]?.slice.split("/")[1]);
  const wanted = Array.from({ length: count }, (_, index) => `${index + 1}/${count}`);
  const given = slices.map((slice) => slice.slice).sort();
  if (given.join() !== [...wanted].sort().join())
    fail(`merge needs each shard of one run exactly once: wanted ${wanted.join(", ")}; given ${given.join(", ")}`);
  const totals = [...new Set(slices.map((slice) => slice.totalRuns))];
  if (totals.length > 1)
    fail(`merge needs the shards of one run: these were made with --runs ${totals.join(" and --runs ")}`);
  let merged: ExploreReport;
  try {
    merged = mergeReports(
      reports.map(({ shard: _shard, story: _story, declaredOutcomes: _declared, ...report }) => report),
    );
  } catch (error) {
    fail((error as Error).message);
  }
  const [first] = reports;
  return { ...merged, story: first?.story ?? "", declaredOutcomes: first?.declaredOutcomes ?? [] };
}

type Flags = ReturnType<typeof readArguments<typeof options>>["values"];

async function exploreStory(values: Flags, input: string | undefined, io: CommandIO) {
  const runs = wholeNumber("runs", values.runs, 1, SEED_LIMIT);
  const seed = wholeNumber("seed", values.seed, -SEED_LIMIT - 1, SEED_LIMIT);
  let range: ReturnType<typeof shardRange>;
  try {
    range = shardRange(values.shard, runs);
  } catch (error) {
    fail((error as Error).message, 2);
  }
  if (range.to - range.from > MAX_RUNS_PER_PROCESS)
    fail(
      `--runs ${runs.toLocaleString("en")} is more than one process plays (${MAX_RUNS_PER_PROCESS.toLocaleString("en")}, some nine hours on two cores): split it with --shard K/N over several machines`,
      2,
    );
  const workers = workerCount(values.workers, io);
  const story = loadCompiledStory(input, usage);
  const started = performance.now();
  const chunks = await runPool<ExploreReport>({
    kind: "explore",
    story: { json: story.json, manifest: story.manifest, sourceMap: story.compile.sourceMap },
    options: { runs, seed, coverage: Boolean(values.lcov || values.html || values.json) },
    from: range.from,
    to: range.to,
    workers,
    onProgress: progressBar("exploring", io),
  });
  const report: ExploreFile = {
    ...mergeReports(chunks),
    elapsedMs: Math.round(performance.now() - started),
    story: input ?? "",
    declaredOutcomes: story.manifest?.outcomes.map((outcome) => outcome.id) ?? [],
  };
  if (range.label) report.shard = { slice: range.label, totalRuns: runs };
  return report;
}

function writeFile(flag: string, file: string, text: string) {
  try {
    fs.writeFileSync(file, text);
  } catch (error) {
    fail(`--${flag} ${file}: cannot write it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

function printReport(report: ExploreFile, io: CommandIO) {
  const { runs, seed } = report;
  const rate = report.elapsedMs > 0 ? Math.round((runs / report.elapsedMs) * 1000) : runs;
  const shard = report.shard ? ` (shard ${report.shard.slice} of ${report.shard.totalRuns} runs)` : "";
  io.out(`${report.story}: ${runs} runs${shard}, seed ${seed}, ${report.elapsedMs} ms (${rate} playthroughs/s)\n`);
  io.out(`story build ${report.storyHash}\n`);
  io.out(`choices per run: min ${report.turns.min}, mean ${report.turns.mean}, max ${report.turns.max}\n\n`);
  const rows: (string | number)[][] = [["outcome", "runs", "share"]];
  for (const [outcome, count] of Object.entries(report.outcomes).sort((a, b) => b[1] - a[1])) {
    rows.push([outcome, count, `${((count / Math.max(1, runs)) * 100).toFixed(1)}%`]);
  }
  for (const outcome of report.declaredOutcomes)
    if (!report.outcomes[outcome]) rows.push([outcome, 0, "never reached"]);
  io.out(`${table(rows)}\n\n`);
  io.out(`knots reached: ${report.knots.reached}/${report.knots.total}\n`);
  for (const knot of report.knots.unreached) io.out(`  never reached: ${knot.location} (${knot.knot})\n`);
  io.out(`choices offered: ${report.choices.reached}/${report.choices.total}\n`);
  for (const choice of report.choices.unreached) io.out(`  never offered: ${choice.location} (in ${choice.knot})\n`);
  if (report.coverage) {
    const files = coverageSummary(report.coverage);
    const sum = (key: "hit" | "lines") => files.reduce((total, file) => total + file[key], 0);
    io.out(`ink lines run: ${sum("hit")}/${sum("lines")}\n`);
    for (const file of files) if (file.hit < file.lines) io.out(`  ${file.file}: ${file.hit}/${file.lines}\n`);
  }
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
    io.out(`\n${table(reachRows)}\n`);
    for (const warning of pinnedWarnings(report.stanceReach)) io.out(`warning: ${warning}\n`);
  }
  const { contracts } = report;
  io.out(
    `\ncontracts: ${contracts.lines} lines, checked ${contracts.checked} times, ${contracts.violations.length} broken\n`,
  );
  for (const violation of contracts.violations)
    io.out(
      `\nCONTRACT BROKEN (${violation.count} times): ${violation.location} needs ${violation.condition}\n  replay: npm run play -- ${report.story} --seed ${violation.seed} --choices ${violation.choices.join(",")}\n`,
    );
  for (const error of report.errors) {
    io.out(
      `\nERROR (${error.count} runs): ${error.message}\n  replay: npm run play -- ${report.story} --seed ${error.seed} --choices ${error.path.join(",")}\n`,
    );
  }
}

export const main = command(async (argv, io) => {
  const { values, positionals } = readArguments(argv, usage, options);
  if (values.help) {
    io.out(`${usage}\n`);
    return 0;
  }
  const report =
    positionals[0] === "merge" ? mergeShardFiles(positionals.slice(1)) : await exploreStory(values, positionals[0], io);

  if (values.lcov) {
    if (!report.coverage)
      fail(`--lcov needs line counts: this story has no ink source map (explore an .ink file or a campaign)`);
    writeFile("lcov", values.lcov, lcovOf(report.coverage, report.story));
  }
  if (values.html) writeFile("html", values.html, exploreHtml(report));
  if (values.json) io.out(`${JSON.stringify(report, null, 2)}\n`);
  else printReport(report, io);

  if (report.errors.length > 0 || report.contracts.violations.length > 0) return 1;
  if (!values.check) return 0;
  const problems = exploreProblems(report);
  if (problems.length > 0) {
    io.err(`--check: ${problems.length} problems\n${problems.map((problem) => `  ${problem}\n`).join("")}`);
    return 1;
  }
  return 0;
});

runWhenStarted(import.meta.url, main);
