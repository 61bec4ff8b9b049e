import fs from "node:fs";
import {
  type AnalyzeReport,
  type AnalyzeTally,
  type ChoicePointReport,
  finishAnalysis,
  mergeTallies,
} from "../engine/analyzer";
import { StoryRunner } from "../engine/storyRunner";
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
import { analyzeHtml } from "./htmlReport";
import { legendText } from "./legend";
import { analyzeProblems } from "./problems";
import { runPool } from "./workerPool";

const DEFAULT_RUNS = 100;
/** Each run is replayed once per other option at each choice: a million runs is weeks of CPU already. */
export const MAX_ANALYZE_RUNS = 1_000_000;

const usage = `usage: npm run analyze -- <campaign id | file.ink | file.json> [--runs N] [--seed S] [--json]
                           [--workers N] [--top N] [--check] [--html file.html]
What each choice really does. For each of N seeded random runs (default ${DEFAULT_RUNS}, seed 1), at every
choice point the run reached, each other option is swapped in and the run finished with the same
random stream. Reports each choice point's impact (share of swaps that changed the outcome) and
verdict (decorative under 1%, deciding over 50%, else shaping), options forced to one outcome
(95% of the runs that take them, at a point that is not decorative), the climax the campaign names
with its options' outcomes, when each run's ending was decided (by act, and whether still open at
the climax), each character's final stance reach, the # needs: contracts checked and broken, the
outcome rule's reach (stances and conditions each time the story asks festival_outcome()), and the
shortest route found to each outcome, as a play command.
  --workers N   worker threads (default and most: one per core); the report is the same whatever the count
  --top N       how many of the most decisive choice points to print (default 10; --json has all)
  --check       exit 1 on an outcome no run reached, a run that ended in an error, or any warning (for CI)
  --html file   write one page with charts of all of it, readable without a terminal
Exits 1 when every run ended in an error.
Cost: each run plays about (1 + choices per run x (options - 1)) runs' worth of story, so it grows
with --runs times the square of a run's length: ${DEFAULT_RUNS} runs of a 35-choice campaign play some
6,000 runs' worth (about 60 s of CPU on a small machine, so 30 s on two cores); halve --runs to
halve it. At most ${MAX_ANALYZE_RUNS.toLocaleString("en")} runs.

${legendText()}`;

const options = {
  runs: { type: "string", default: String(DEFAULT_RUNS) },
  seed: { type: "string", default: "1" },
  workers: { type: "string" },
  top: { type: "string", default: "10" },
  json: { type: "boolean", default: false },
  check: { type: "boolean", default: false },
  html: { type: "string" },
  help: { type: "boolean" },
} as const;

/** What `analyze --json` writes: the analyzer's report, with the story it read and its build. */
export interface AnalyzeFile extends AnalyzeReport {
  story: string;
  storyHash: string;
  declaredOutcomes: string[];
  elapsedMs: number;
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const distribution = (outcomes: Record<string, number>, total: number) =>
  Object.entries(outcomes)
    .sort((a, b) => b[1] - a[1])
    .map(([outcome, count]) => `${outcome} ${percent(count / Math.max(1, total))}`)
    .join(", ");

function printReport(report: AnalyzeFile, climax: readonly string[], top: number, io: CommandIO) {
  const write = (text = "") => io.out(`${text}\n`);
  const name = report.story;
  write(
    `${name}: ${report.runs} runs, seed ${report.seed}, ${report.elapsedMs} ms${report.errors ? `, ${report.errors} runs ended in an error (run explore)` : ""}`,
  );
  write(`story build ${report.storyHash}`);
  write(`outcomes: ${distribution(report.outcomes, report.runs - report.errors) || "none"}`);
  const counts = { decorative: 0, shaping: 0, deciding: 0 };
  for (const point of report.choicePoints) counts[point.verdict] += 1;
  write(
    `choice points: ${report.choicePoints.length} (${counts.deciding} deciding, ${counts.shaping} shaping, ${counts.decorative} decorative)`,
  );

  write(`\nThe ${Math.min(top, report.choicePoints.length)} most decisive choice points`);
  const writePoint = (point: ChoicePointReport) => {
    const rank = report.choicePoints.indexOf(point) + 1;
    write(
      `\n${point.location}  ${point.knot}  impact ${percent(point.impact)} (${point.verdict}, rank ${rank} of ${report.choicePoints.length}; ${point.runs} runs, ${point.swaps} swaps)`,
    );
    for (const option of point.options) {
      const moved = Object.entries(option.stanceChange)
        .filter(([, change]) => Math.abs(change) >= 1)
        .map(([id, change]) => `${id} ${change > 0 ? "+" : ""}${Math.round(change)}`)
        .join(" ");
      write(
        `  ${option.forced ? "FORCED " : ""}"${option.text}" (${option.runs}): ${distribution(option.outcomes, option.runs)}${moved ? `; end stances ${moved}` : ""}`,
      );
    }
  };
  for (const point of report.choicePoints.slice(0, top)) writePoint(point);

  const forced = report.choicePoints.flatMap((point) =>
    point.options.filter((option) => option.forced).map((option) => ({ point, option })),
  );
  write(`\nForced options (one outcome in 95% or more of the runs that take them): ${forced.length}`);
  for (const { point, option } of forced)
    write(`  ${option.location}  ${point.knot}  "${option.text}": ${distribution(option.outcomes, option.runs)}`);

  write(`\nClimax${climax.length > 0 ? ` (${climax.join(", ")})` : ": campaign.json names none"}`);
  for (const point of report.climax) writePoint(point);
  const decided = report.decidedAt;
  write("\nWhen the ending is decided (act of each run's last choice point whose swap changed it)");
  write(
    `  ${Object.entries(decided.byAct)
      .map(([act, share]) => `${act === "none" ? "no swap changed it" : `act ${act}`} ${percent(share)}`)
      .join(", ")}`,
  );
  if (decided.openAtClimax !== null && decided.reachedClimax !== null)
    write(
      `  open at the climax: ${percent(decided.openAtClimax)} of runs (${percent(decided.reachedClimax)} reached it)`,
    );

  const reachRows: (string | number)[][] = [["final stance", "min", "p10", "median", "p90", "max", "below 0"]];
  for (const [id, stance] of Object.entries(report.stanceReach))
    reachRows.push([id, stance.min, stance.p10, stance.median, stance.p90, stance.max, percent(stance.belowZero)]);
  if (reachRows.length > 1) write(`\nStance reach\n${table(reachRows)}`);

  const { contracts } = report;
  write(
    `\nContracts: ${contracts.lines} lines, checked ${contracts.checked} times, ${contracts.violations.length} broken`,
  );
  for (const violation of contracts.violations)
    write(
      `  ${violation.location} needs ${violation.condition} (${violation.count} times): npm run play -- ${name} --seed ${violation.seed} --choices ${violation.choices.join(",")}`,
    );

  if (report.ruleReach) {
    const reach = report.ruleReach;
    write(`\nRule reach: the story asked for its outcome ${reach.calls} times`);
    const rows: (string | number)[][] = [["character", "min", "median", "max"]];
    for (const [id, stance] of Object.entries(reach.stances)) rows.push([id, stance.min, stance.median, stance.max]);
    write(table(rows));
    const conditionRows: (string | number)[][] = [["condition", "outcome", "held", "share of calls"]];
    for (const condition of reach.conditions)
      conditionRows.push([
        condition.name,
        condition.outcome,
        condition.held,
        percent(condition.held / Math.max(1, reach.calls)),
      ]);
    write(`\n${table(conditionRows)}`);
  }

  write("\nShortest routes found");
  for (const [outcome, route] of Object.entries(report.routes))
    write(
      `  ${outcome} (${route.choices.length} choices): npm run play -- ${name} --seed ${route.seed} --choices ${route.choices.join(",")}`,
    );
  for (const outcome of report.declaredOutcomes) if (!report.routes[outcome]) write(`  ${outcome}: no run reached it`);

  write(`\n${report.warnings.length} warnings`);
  for (const warning of report.warnings) write(`warning: ${warning}`);
  write(`\n${legendText()}`);
}

export const main = command(async (argv, io) => {
  const { values, positionals } = readArguments(argv, usage, options);
  if (values.help) {
    io.out(`${usage}\n`);
    return 0;
  }
  const runs = wholeNumber("runs", values.runs, 1, MAX_ANALYZE_RUNS);
  const seed = wholeNumber("seed", values.seed, -SEED_LIMIT - 1, SEED_LIMIT);
  const top = wholeNumber("top", values.top, 0);
  const workers = workerCount(values.workers, io);

  const story = loadCompiledStory(positionals[0], usage);
  const started = performance.now();
  const tallies = await runPool<AnalyzeTally>({
    kind: "analyze",
    story: { json: story.json, manifest: story.manifest, sourceMap: story.compile.sourceMap },
    options: { runs, seed },
    from: 0,
    to: runs,
    workers,
    onProgress: progressBar("analyzing", io),
  });
  const runner = new StoryRunner(story.json, { manifest: story.manifest });
  const report: AnalyzeFile = {
    story: positionals[0] ?? "",
    storyHash: runner.storyHash,
    declaredOutcomes: story.manifest?.outcomes.map((outcome) => outcome.id) ?? [],
    elapsedMs: Math.round(performance.now() - started),
    ...finishAnalysis(mergeTallies(tallies), runner.rule, story.manifest?.climax ?? []),
  };

  if (values.html) {
    try {
      fs.writeFileSync(values.html, analyzeHtml(report));
    } catch (error) {
      fail(
        `--html ${values.html}: cannot write it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      );
    }
  }
  if (values.json) io.out(`${JSON.stringify(report, null, 2)}\n`);
  else printReport(report, story.manifest?.climax ?? [], top, io);

  if (report.errors > 0 && report.errors === report.runs) {
    io.err(`every one of the ${report.runs} runs ended in an error: run explore to see why\n`);
    return 1;
  }
  if (!values.check) return 0;
  const problems = analyzeProblems(report, report.declaredOutcomes);
  if (problems.length > 0) {
    io.err(`--check: ${problems.length} problems\n${problems.map((problem) => `  ${problem}\n`).join("")}`);
    return 1;
  }
  return 0;
});

runWhenStarted(import.meta.url, main);
