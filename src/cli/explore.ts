import { explore } from "../engine/explorer";
import { fail, loadCompiledStory, progressBar, readArguments, table } from "./cliSupport";

const usage = `usage: npm run explore -- <campaign id | file.ink | file.json> --runs N --seed S [--json]
Plays N seeded random playthroughs; the same seed gives the same report. Exits 1 if any run failed.`;

const { values, positionals } = readArguments(usage, {
  runs: { type: "string", default: "1000" },
  seed: { type: "string", default: "1" },
  json: { type: "boolean", default: false },
  help: { type: "boolean" },
});
if (values.help) fail(usage, 0);
const runs = Number(values.runs);
const seed = Number(values.seed);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a whole number above 0, not "${values.runs}"`, 2);
if (!Number.isInteger(seed)) fail(`--seed must be a whole number, not "${values.seed}"`, 2);

const story = loadCompiledStory(positionals[0], usage);
const report = explore(story.json, { manifest: story.manifest }, { runs, seed, onProgress: progressBar("exploring") });

if (values.json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  const rate = report.elapsedMs > 0 ? Math.round((runs / report.elapsedMs) * 1000) : runs;
  process.stdout.write(`${runs} runs, seed ${seed}, ${report.elapsedMs} ms (${rate} playthroughs/s)\n`);
  process.stdout.write(
    `choices per run: min ${report.turns.min}, mean ${report.turns.mean}, max ${report.turns.max}\n\n`,
  );
  const rows: (string | number)[][] = [["outcome", "runs", "share"]];
  for (const [outcome, count] of Object.entries(report.outcomes).sort((a, b) => b[1] - a[1])) {
    rows.push([outcome, count, `${((count / runs) * 100).toFixed(1)}%`]);
  }
  for (const outcome of story.manifest?.outcomes ?? [])
    if (!report.outcomes[outcome.id]) rows.push([outcome.id, 0, "NEVER"]);
  process.stdout.write(`${table(rows)}\n\n`);
  process.stdout.write(`knots reached: ${report.knots.reached}/${report.knots.total}\n`);
  for (const knot of report.knots.unreached) process.stdout.write(`  never reached: ${knot}\n`);
  process.stdout.write(`choices offered: ${report.choices.reached}/${report.choices.total}\n`);
  for (const choice of report.choices.unreached) process.stdout.write(`  never offered: ${choice}\n`);
  for (const error of report.errors) {
    process.stdout.write(
      `\nERROR (${error.count} runs): ${error.message}\n  replay: npm run play -- ${positionals[0]} --choices ${error.path.join(",")}\n`,
    );
  }
}
process.exit(report.errors.length > 0 ? 1 : 0);
