import { type AnalyzeTally, finishAnalysis, mergeTallies } from "../engine/analyzer";
import { StoryRunner } from "../engine/storyRunner";
import { fail, loadCompiledStory, progressBar, readArguments, table } from "./cliSupport";
import { defaultWorkers, runPool } from "./workerPool";

const DEFAULT_RUNS = 100;
const usage = `usage: npm run analyze -- <campaign id | file.ink | file.json> [--runs N] [--seed S] [--json]
                           [--workers N] [--top N]
What each choice really does. For each of N seeded random runs (default ${DEFAULT_RUNS}, seed 1), at every
choice point the run reached, each other option is swapped in and the run finished with the same
random stream. Reports each choice point's impact (share of swaps that changed the outcome) and
verdict (decorative under 1%, deciding over 50%, else shaping), options forced to one outcome
(95% of the runs that take them, at a point that is not decorative), the outcome rule's reach (stances and conditions each time the
story asks festival_outcome()), and the shortest route found to each outcome, as a play command.
  --workers N   worker threads (default: one per core, here ${defaultWorkers()}); the report is the
                same whatever the count
  --top N       how many of the most decisive choice points to print (default 10; --json has all)
Cost: each run plays about (1 + choices per run x (options - 1)) runs' worth of story, so it grows
with --runs times the square of a run's length: ${DEFAULT_RUNS} runs of a 35-choice campaign play some
6,000 runs' worth (about 60 s of CPU on a small machine, so 30 s on two cores); halve --runs to
halve it.`;

const { values, positionals } = readArguments(usage, {
  runs: { type: "string", default: String(DEFAULT_RUNS) },
  seed: { type: "string", default: "1" },
  workers: { type: "string" },
  top: { type: "string", default: "10" },
  json: { type: "boolean", default: false },
  help: { type: "boolean" },
});
if (values.help) fail(usage, 0);
const runs = Number(values.runs);
const seed = Number(values.seed);
const workers = values.workers === undefined ? defaultWorkers() : Number(values.workers);
const top = Number(values.top);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a whole number above 0, not "${values.runs}"`, 2);
if (!Number.isInteger(seed)) fail(`--seed must be a whole number, not "${values.seed}"`, 2);
if (!Number.isInteger(workers) || workers < 1)
  fail(`--workers must be a whole number above 0, not "${values.workers}"`, 2);
if (!Number.isInteger(top) || top < 0) fail(`--top must be a whole number, not "${values.top}"`, 2);

const story = loadCompiledStory(positionals[0], usage);
const name = positionals[0] ?? "";
const started = performance.now();
const tallies = await runPool<AnalyzeTally>({
  kind: "analyze",
  story: { json: story.json, manifest: story.manifest, sourceMap: story.compile.sourceMap },
  options: { runs, seed },
  from: 0,
  to: runs,
  workers,
  onProgress: progressBar("analyzing"),
});
const rule = new StoryRunner(story.json, { manifest: story.manifest }).rule;
const report = finishAnalysis(mergeTallies(tallies), rule);
const elapsedMs = Math.round(performance.now() - started);

const write = (text = "") => process.stdout.write(`${text}\n`);
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const distribution = (outcomes: Record<string, number>, total: number) =>
  Object.entries(outcomes)
    .sort((a, b) => b[1] - a[1])
    .map(([outcome, count]) => `${outcome} ${percent(count / Math.max(1, total))}`)
    .join(", ");

if (values.json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  write(
    `${name}: ${report.runs} runs, seed ${report.seed}, ${elapsedMs} ms${report.errors ? `, ${report.errors} runs ended in an error (run explore)` : ""}`,
  );
  write(`outcomes: ${distribution(report.outcomes, report.runs - report.errors) || "none"}`);
  const counts = { decorative: 0, shaping: 0, deciding: 0 };
  for (const point of report.choicePoints) counts[point.verdict] += 1;
  write(
    `choice points: ${report.choicePoints.length} (${counts.deciding} deciding, ${counts.shaping} shaping, ${counts.decorative} decorative)`,
  );

  write(`\nThe ${Math.min(top, report.choicePoints.length)} most decisive choice points`);
  for (const point of report.choicePoints.slice(0, top)) {
    write(
      `\n${point.location}  ${point.knot}  impact ${percent(point.impact)} (${point.verdict}; ${point.runs} runs, ${point.swaps} swaps)`,
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
  }

  const forced = report.choicePoints.flatMap((point) =>
    point.options.filter((option) => option.forced).map((option) => ({ point, option })),
  );
  write(`\nForced options (one outcome in 95% or more of the runs that take them): ${forced.length}`);
  for (const { point, option } of forced)
    write(`  ${option.location}  ${point.knot}  "${option.text}": ${distribution(option.outcomes, option.runs)}`);

  if (report.ruleReach) {
    const reach = report.ruleReach;
    write(`\nRule reach: the story asked for its outcome ${reach.calls} times`);
    const rows: (string | number)[][] = [["character", "min", "median", "max"]];
    for (const [id, stance] of Object.entries(reach.stances)) rows.push([id, stance.min, stance.median, stance.max]);
    write(table(rows));
    const conditionRows: (string | number)[][] = [["condition", "outcome", "held", "share"]];
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
  for (const outcome of story.manifest?.outcomes ?? [])
    if (!report.routes[outcome.id]) write(`  ${outcome.id}: no run reached it`);

  write(`\n${report.warnings.length} warnings`);
  for (const warning of report.warnings) write(`warning: ${warning}`);
}
