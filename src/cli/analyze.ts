import { type AnalyzeTally, type ChoicePointReport, finishAnalysis, mergeTallies } from "../engine/analyzer";
import { StoryRunner } from "../engine/storyRunner";
import { fail, loadCompiledStory, progressBar, readArguments, table } from "./cliSupport";
import { defaultWorkers, runPool } from "./workerPool";

const DEFAULT_RUNS = 100;
/** What the words of the report mean: printed with --help and under the human report. */
const legend = `How to read it:
  impact     of the swaps at a choice point (each other option played instead, the rest of the
             run the same random player), the share that changed the outcome
  swaps      how many such swapped runs were played at that point
  verdict    decorative: impact under 1% (the outcome was settled before it); deciding: over 50%;
             shaping: in between
  FORCED     an option whose runs end in one outcome 95% of the time or more (10 runs at least,
             at a point that is not decorative): a button for that ending
  climax     the choice points inside the knots and stitches campaign.json names as "climax"
  decided at for each run, the act of the last choice point whose swap changed the outcome
             ("none": no single swap changed it); open at climax: the share of runs whose outcome a
             swap at the climax or later still changed
  stance reach  each character's final stance over the runs (min, p10, median, p90, max, share
             below 0); a warning when one ends on one side of 0 in more than 85% of runs
  contracts  every # needs: line checked each time a run (not a swap) shows it; a broken one is
             listed with its file:line, condition and the play command that shows it`;
const usage = `usage: npm run analyze -- <campaign id | file.ink | file.json> [--runs N] [--seed S] [--json]
                           [--workers N] [--top N]
What each choice really does. For each of N seeded random runs (default ${DEFAULT_RUNS}, seed 1), at every
choice point the run reached, each other option is swapped in and the run finished with the same
random stream. Reports each choice point's impact (share of swaps that changed the outcome) and
verdict (decorative under 1%, deciding over 50%, else shaping), options forced to one outcome
(95% of the runs that take them, at a point that is not decorative), the climax the campaign names
with its options' outcomes, when each run's ending was decided (by act, and whether still open at
the climax), each character's final stance reach, the # needs: contracts checked and broken, the
outcome rule's reach (stances and conditions each time the story asks festival_outcome()), and the
shortest route found to each outcome, as a play command.
  --workers N   worker threads (default: one per core, here ${defaultWorkers()}); the report is the
                same whatever the count
  --top N       how many of the most decisive choice points to print (default 10; --json has all)
Cost: each run plays about (1 + choices per run x (options - 1)) runs' worth of story, so it grows
with --runs times the square of a run's length: ${DEFAULT_RUNS} runs of a 35-choice campaign play some
6,000 runs' worth (about 60 s of CPU on a small machine, so 30 s on two cores); halve --runs to
halve it.

${legend}`;

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
const report = finishAnalysis(mergeTallies(tallies), rule, story.manifest?.climax ?? []);
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
  for (const point of report.choicePoints.slice(0, top)) writePoint(point);

  const forced = report.choicePoints.flatMap((point) =>
    point.options.filter((option) => option.forced).map((option) => ({ point, option })),
  );
  write(`\nForced options (one outcome in 95% or more of the runs that take them): ${forced.length}`);
  for (const { point, option } of forced)
    write(`  ${option.location}  ${point.knot}  "${option.text}": ${distribution(option.outcomes, option.runs)}`);

  const climax = story.manifest?.climax ?? [];
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
  write(`\n${legend}`);
}

function writePoint(point: ChoicePointReport): void {
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
}
