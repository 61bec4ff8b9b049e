import fs from "node:fs";
import path from "node:path";
import { campaignIds, loadStory, readIncludeTree, STORIES_DIR } from "../build/campaigns";
import { formatDiagnostic } from "../build/compileInk";
import { explore } from "../engine/explorer";
import { type LintFinding, lintCampaign } from "../engine/storyLint";
import { fail, readArguments, table } from "./cliSupport";

const usage = `usage: npm run story:check [-- [campaign id ...] [--json]]
Compiles and lints every campaign in stories/ (or the ones named) and prints statistics.
Exits 1 on any error.`;

/** A short seeded sample that finds outcomes no playthrough reaches; explore goes further. */
const OUTCOME_SAMPLE_RUNS = 400;

const { values, positionals } = readArguments(usage, {
  json: { type: "boolean", default: false },
  help: { type: "boolean" },
});
if (values.help) fail(usage, 0);

const format = (finding: LintFinding) => `${finding.file}:${finding.line}: ${finding.message}`;
const campaigns = (positionals.length > 0 ? positionals : campaignIds()).map((id) => {
  let loaded: ReturnType<typeof loadStory>;
  try {
    loaded = loadStory(id);
  } catch (error) {
    return { id, words: 0, knots: 0, choices: 0, errors: [(error as Error).message], warnings: [], statistics: null };
  }
  const compileErrors = loaded.compile.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic);
  const compileWarnings = loaded.compile.diagnostics.filter((d) => d.severity === "warning").map(formatDiagnostic);
  const manifest = loaded.manifest;
  if (!manifest || !loaded.mainFile)
    return { id, words: 0, knots: 0, choices: 0, errors: [`${id} is not a campaign`], warnings: [], statistics: null };
  const lint = lintCampaign(readIncludeTree(loaded.mainFile), manifest);
  const errors = [...compileErrors, ...lint.errors.map(format)];
  const warnings = [...compileWarnings, ...lint.warnings.map(format)];
  if (loaded.compile.json && errors.length === 0) {
    const sample = explore(loaded.compile.json, { manifest }, { runs: OUTCOME_SAMPLE_RUNS, seed: 1 });
    for (const error of sample.errors)
      errors.push(
        `${path.relative(process.cwd(), loaded.mainFile)}: runtime error "${error.message}" (replay: npm run play -- ${id} --choices ${error.path.join(",")})`,
      );
    for (const outcome of manifest.outcomes) {
      if (!sample.outcomes[outcome.id])
        warnings.push(
          `${id}: no playthrough of a ${OUTCOME_SAMPLE_RUNS}-run sample reached the outcome "${outcome.id}" (run explore with more runs; a playthrough script should reach it)`,
        );
    }
  }
  const { statistics } = lint;
  return {
    id,
    words: statistics.words,
    knots: statistics.knots,
    choices: statistics.choices,
    errors,
    warnings,
    statistics,
  };
});

const failed = campaigns.some((campaign) => campaign.errors.length > 0);
if (values.json) {
  process.stdout.write(`${JSON.stringify({ campaigns }, null, 2)}\n`);
} else {
  for (const campaign of campaigns) {
    const folder = fs.existsSync(campaign.id) ? campaign.id : path.join(STORIES_DIR, campaign.id);
    process.stdout.write(`\n${campaign.id}  (${path.relative(process.cwd(), folder)})\n`);
    if (campaign.statistics) {
      const characters = Object.keys(campaign.statistics.nudges).sort();
      const rows: (string | number)[][] = [
        ["act", "words", "knots", "stitches", "choices", ...characters.map((id) => `nudge:${id}`)],
      ];
      for (const act of campaign.statistics.acts) {
        rows.push([
          act.act === 0 ? "-" : act.act,
          act.words,
          act.knots,
          act.stitches,
          act.choices,
          ...characters.map((id) => act.nudges[id] ?? 0),
        ]);
      }
      const s = campaign.statistics;
      rows.push(["all", s.words, s.knots, s.stitches, s.choices, ...characters.map((id) => s.nudges[id] ?? 0)]);
      process.stdout.write(`${table(rows)}\n`);
    }
    for (const error of campaign.errors) process.stdout.write(`error: ${error}\n`);
    for (const warning of campaign.warnings) process.stdout.write(`warning: ${warning}\n`);
    process.stdout.write(`${campaign.errors.length} errors, ${campaign.warnings.length} warnings\n`);
  }
}
process.exit(failed ? 1 : 0);
