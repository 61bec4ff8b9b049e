import fs from "node:fs";
import path from "node:path";
import { campaignIds, loadStory, readIncludeTree, STORIES_DIR } from "../build/campaigns";
import { displayPath, formatDiagnostic } from "../build/compileInk";
import type { CampaignManifest } from "../engine/campaign";
import { explore } from "../engine/explorer";
import { phraseLimitWarnings } from "../engine/phraseLimits";
import { checkEntry, describeVerdict, entriesOfFile, type StoryBuild } from "../engine/saveCorpus";
import { sharedTextWarnings } from "../engine/sharedText";
import { type LintFinding, lintCampaign, namesContractsRead, type SourceFile } from "../engine/storyLint";
import { lintStoryState } from "../engine/storyState";
import { type CommandIO, command, fail, readArguments, runWhenStarted, table } from "./cliSupport";

const usage = `usage: npm run story:check [-- [campaign id | file.ink ...] [--json]]
       npm run story:check -- --saves <folder>
Compiles and lints every campaign in stories/ (or the campaigns and .ink files named) and prints
statistics. Any .ink file gets the checks that hold for every ink story; a campaign (or an .ink
file in a campaign's folder) also gets the vocabulary checks against its campaign.json, and a
warning for each phrase of its phraseLimits used more often than allowed. With more than one
campaign, what their prose shares is a warning: four words in a row (two of them not everyday
words) and any number above twelve but a round one.
Exits 1 on any error; warnings never fail the check.
--saves <folder>: instead, restores every save in the folder (save files, exported files, dumps of a
browser's storage, in any subfolder) on the stories as they are now, and says of each save and
replayable chapter: resumed, resumed further back (where), or lost. Exits 1 when one is lost.`;

/** A short seeded sample that finds outcomes no playthrough reaches; explore goes further. */
const OUTCOME_SAMPLE_RUNS = 400;

const options = {
  json: { type: "boolean", default: false },
  saves: { type: "string" },
  help: { type: "boolean" },
} as const;

/** What an edit costs players: each save of a folder restored on the stories as they are now. */
function checkSaves(folder: string, json: boolean, io: CommandIO): number {
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) fail(`--saves: "${folder}" is not a folder`, 2);
  const stories = new Map<string, StoryBuild | null>();
  const storyOf = (campaign: string): StoryBuild | null => {
    if (!stories.has(campaign)) {
      const loaded = campaignIds().includes(campaign) ? loadStory(campaign) : null;
      stories.set(campaign, loaded?.compile.json ? { json: loaded.compile.json, manifest: loaded.manifest } : null);
    }
    return stories.get(campaign) ?? null;
  };
  const files = fs
    .readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".json"))
    .sort();
  const verdicts = files.flatMap((name) =>
    entriesOfFile(name, fs.readFileSync(path.join(folder, name), "utf8")).map((entry) => checkEntry(entry, storyOf)),
  );
  const count = (status: string) => verdicts.filter((verdict) => verdict.status === status).length;
  if (json) io.out(`${JSON.stringify({ saves: verdicts }, null, 2)}\n`);
  else {
    for (const verdict of verdicts) io.out(`${describeVerdict(verdict)}\n`);
    io.out(
      `${verdicts.length} saves and chapters: ${count("resumed")} resumed, ${count("further back")} resumed further back, ${count("lost")} lost\n`,
    );
  }
  return count("lost") > 0 ? 1 : 0;
}

const format = (finding: LintFinding) => `${finding.file}:${finding.line}: ${finding.message}`;

/** The decisions the outcome rule reads: the rule reads them even when the ink does not. */
function namesTheRuleReads(manifest: CampaignManifest | null): Set<string> {
  if (!manifest) return new Set();
  const sources = [
    ...manifest.rule.conditions.map((condition) => condition.when),
    ...Object.values(manifest.rule.measures ?? {}).map((measure) => measure.expression),
  ];
  const outcomeFrom = manifest.rule.conditions.flatMap((condition) =>
    condition.outcomeFrom ? [condition.outcomeFrom] : [],
  );
  return new Set([
    ...outcomeFrom,
    ...manifest.decisions
      .map((input) => input.id)
      .filter((name) => sources.some((source) => new RegExp(`\\b${name}\\b`).test(source))),
  ]);
}

interface Checked {
  id: string;
  words: number;
  knots: number;
  choices: number;
  errors: string[];
  warnings: string[];
  statistics: ReturnType<typeof lintCampaign>["statistics"] | null;
  files: SourceFile[];
  isCampaign: boolean;
}

function check(id: string): Checked {
  const empty = { id, words: 0, knots: 0, choices: 0, warnings: [], statistics: null, files: [], isCampaign: false };
  let loaded: ReturnType<typeof loadStory>;
  try {
    loaded = loadStory(id);
  } catch (error) {
    return { ...empty, errors: [(error as Error).message] };
  }
  if (!loaded.mainFile) return { ...empty, errors: [`${id}: story:check reads ink source (.ink), not compiled .json`] };
  const compileErrors = loaded.compile.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic);
  const compileWarnings = loaded.compile.diagnostics.filter((d) => d.severity === "warning").map(formatDiagnostic);
  const manifest = loaded.manifest;
  const files = readIncludeTree(loaded.mainFile);
  const lint = lintCampaign(files, manifest);
  const errors = [...compileErrors, ...lint.errors.map(format)];
  const warnings = [
    ...compileWarnings,
    ...lint.warnings.map(format),
    ...lintStoryState(files, new Set([...namesTheRuleReads(manifest), ...namesContractsRead(files)])).map(format),
  ];
  if (manifest?.phraseLimits) {
    const manifestFile = path.join(path.dirname(loaded.mainFile), "campaign.json");
    const manifestSource = { path: displayPath(manifestFile), text: fs.readFileSync(manifestFile, "utf8") };
    warnings.push(...phraseLimitWarnings(files, manifest.phraseLimits, manifestSource).map(format));
  }
  if (loaded.compile.json && errors.length === 0) {
    const sample = explore(
      loaded.compile.json,
      { manifest, sourceMap: loaded.compile.sourceMap },
      { runs: OUTCOME_SAMPLE_RUNS, seed: 1, stopOnError: true },
    );
    for (const error of sample.errors)
      errors.push(
        `${path.relative(process.cwd(), loaded.mainFile)}: runtime error "${error.message}" (replay: npm run play -- ${id} --seed ${error.seed} --choices ${error.path.join(",")})`,
      );
    for (const violation of sample.contracts.violations)
      warnings.push(
        `${violation.location}: contract "${violation.condition}" broken in the ${OUTCOME_SAMPLE_RUNS}-run sample (replay: npm run play -- ${id} --seed ${violation.seed} --choices ${violation.choices.join(",")})`,
      );
    for (const outcome of manifest?.outcomes ?? []) {
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
    files,
    isCampaign: manifest !== null,
  };
}

export const main = command(async (argv, io) => {
  const { values, positionals } = readArguments(argv, usage, options);
  if (values.help) {
    io.out(`${usage}\n`);
    return 0;
  }
  if (values.saves !== undefined) return checkSaves(values.saves, values.json, io);
  const checked = (positionals.length > 0 ? positionals : campaignIds()).map(check);
  const campaignsChecked = checked.filter((story) => story.isCampaign);
  for (const story of campaignsChecked) {
    const others = campaignsChecked
      .filter((other) => other !== story)
      .map((other) => ({ id: other.id, files: other.files }));
    story.warnings.push(...sharedTextWarnings(story.files, others).map(format));
  }
  const campaigns = checked.map(({ files: _files, isCampaign: _isCampaign, ...story }) => story);

  const failed = campaigns.some((campaign) => campaign.errors.length > 0);
  if (values.json) {
    io.out(`${JSON.stringify({ campaigns }, null, 2)}\n`);
  } else {
    for (const campaign of campaigns) {
      const folder = fs.existsSync(campaign.id) ? campaign.id : path.join(STORIES_DIR, campaign.id);
      const where = campaign.id.endsWith(".ink") ? campaign.id : path.relative(process.cwd(), folder);
      io.out(`\n${campaign.id}  (${where})\n`);
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
        io.out(`${table(rows)}\n`);
      }
      for (const error of campaign.errors) io.out(`error: ${error}\n`);
      for (const warning of campaign.warnings) io.out(`warning: ${warning}\n`);
      io.out(`${campaign.errors.length} errors, ${campaign.warnings.length} warnings\n`);
    }
  }
  return failed ? 1 : 0;
});

runWhenStarted(import.meta.url, main);
