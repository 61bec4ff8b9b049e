import type { CampaignManifest } from "./campaign.ts";
import { lintContract, readContract, type StoryNames } from "./contracts.ts";
import { EXTERNAL_FUNCTIONS } from "./storyRunner.ts";
import { lintTag, splitTag } from "./tags.ts";

/**
 * Static checks of a campaign's ink source against the writer's vocabulary (stories/README.md),
 * and its statistics. Works on source text so every finding has a file and a line.
 */
export interface SourceFile {
  /** Path as shown to the writer. */
  path: string;
  text: string;
}

export interface LintFinding {
  file: string;
  line: number;
  message: string;
}

export interface ActStatistics {
  act: number;
  words: number;
  knots: number;
  stitches: number;
  choices: number;
  nudges: Record<string, number>;
}

export interface StoryStatistics {
  words: number;
  knots: number;
  stitches: number;
  choices: number;
  nudges: Record<string, number>;
  acts: ActStatistics[];
}

export interface LintReport {
  errors: LintFinding[];
  warnings: LintFinding[];
  statistics: StoryStatistics;
}

/** A single line longer than this many words is more than a screen. */
export const LONG_LINE_WORDS = 120;
/** More than this many words between two choices is a passage that needs a choice or a beat. */
export const LONG_PASSAGE_WORDS = 300;

interface Knot {
  name: string;
  file: string;
  line: number;
  isFunction: boolean;
  act: number | null;
  stitches: { name: string; line: number }[];
}

interface ScannedLine {
  file: string;
  number: number;
  code: string;
  knot: Knot | null;
}

/** A labelled choice (`* (asked) [Ask]`) or gather (`- (after) Later.`): the label's name. */
const LABEL = /^\s*(?:(?:[*+]\s*)+|(?:-(?!>)\s*)+)\(\s*(\w+)\s*\)/;

/**
 * The story's global variables (VAR, CONST, LIST), its knots and `knot.stitch`es, and its labelled
 * choices and gathers by full path (`knot.label`, `knot.stitch.label`): what a contract may name.
 */
function storyNames(knots: readonly Knot[], lines: readonly ScannedLine[], labels: ReadonlySet<string>): StoryNames {
  const variables = new Set<string>();
  for (const line of lines) {
    const declared = /^\s*(?:VAR|CONST|LIST)\s+(\w+)\s*=/.exec(line.code);
    if (declared?.[1]) variables.add(declared[1]);
  }
  const knotNames = new Set<string>();
  for (const knot of knots) {
    if (knot.isFunction) continue;
    knotNames.add(knot.name);
    for (const stitch of knot.stitches) knotNames.add(`${knot.name}.${stitch.name}`);
  }
  return { variables, knots: knotNames, labels };
}

/** The names the story's `# needs:` contracts read (a variable read only by a contract is still read). */
export function namesContractsRead(files: readonly SourceFile[]): Set<string> {
  const names = new Set<string>();
  for (const file of files)
    for (const code of stripComments(file.text))
      for (const tag of tagsOnLine(code)) {
        const pair = splitTag(tag);
        if (pair?.key !== "needs") continue;
        try {
          for (const name of readContract(pair.value).names) names.add(name);
        } catch {
          // story:check reports the unreadable contract itself, with its line.
        }
      }
  return names;
}

export function stripComments(text: string): string[] {
  // Block comments keep their newlines so line numbers stay true.
  const withoutBlocks = text.replace(/\/\*[\s\S]*?\*\//g, (block) => block.replace(/[^\n]/g, " "));
  return withoutBlocks.split("\n").map((line) => {
    const comment = line.indexOf("//");
    return comment >= 0 ? line.slice(0, comment) : line;
  });
}

/**
 * The tags written on a line: everything after an unescaped `#`, split on further `#`. A tag
 * inside inline logic (`{cond: text # speaker: x|other}`) ends where its branch ends.
 */
export function tagsOnLine(code: string): string[] {
  const tags: string[] = [];
  let depth = 0;
  let tag: { text: string; depth: number } | null = null;
  for (let i = 0; i < code.length; i++) {
    const char = code[i] ?? "";
    const endsBranch = (char === "}" || char === "|") && tag !== null && depth === tag.depth;
    if (endsBranch && tag) {
      tags.push(tag.text);
      tag = null;
    }
    if (char === "\\") {
      if (tag) tag.text += code.slice(i, i + 2);
      i++;
    } else if (char === "#") {
      if (tag) tags.push(tag.text);
      tag = { text: "", depth };
    } else {
      if (char === "{") depth++;
      if (char === "}") depth--;
      if (tag) tag.text += char;
    }
  }
  if (tag) tags.push(tag.text);
  return tags.map((text) => text.trim()).filter((text) => text !== "");
}

/** Words a reader sees on a line: tags, logic and divert syntax removed. */
export function wordsOnLine(code: string): number {
  const trimmed = code.trim();
  if (trimmed === "" || /^(~|=|VAR |CONST |LIST |INCLUDE |EXTERNAL |->|<-)/.test(trimmed)) return 0;
  const text = trimmed
    .replace(/(?<!\\)#.*$/, "")
    .replace(/->\s*[\w.]*/g, " ")
    .replace(/<-\s*[\w.]*/g, " ")
    .replace(/^[*+\-\s]+/, "")
    .replace(/^\(\w+\)/, "")
    .replace(/^(\s*\{[^{}]*\}\s*)+(?=\[)/, "")
    .replace(/\{[^{}:]*:/g, " ")
    .replace(/[{}[\]|]/g, " ");
  return text.split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word) && !/^[\w.]+\(.*\)$/.test(word)).length;
}

function isChoiceLine(code: string): boolean {
  return /^\s*[*+]/.test(code);
}

/**
 * Lint a story's source. With a campaign manifest, also check it against the writer's vocabulary
 * (tags, characters, scenes, outcomes, decisions); without one (a standalone draft, any ink
 * story), only the checks that hold for every ink story.
 */
export function lintCampaign(files: SourceFile[], manifest: CampaignManifest | null): LintReport {
  const errors: LintFinding[] = [];
  const warnings: LintFinding[] = [];
  const characters = new Set(manifest?.characters.map((character) => character.id));
  const scenes = new Set(manifest?.scenes.map((scene) => scene.id));
  const usedScenes = new Set<string>();

  // Pass 1: knots, stitches and the act each knot opens in.
  const knots: Knot[] = [];
  const lines: ScannedLine[] = [];
  const labels = new Set<string>();
  let currentKnot: Knot | null = null;
  let currentStitch: string | null = null;
  let runningAct: number | null = null;
  for (const file of files) {
    stripComments(file.text).forEach((code, index) => {
      const number = index + 1;
      const knotHeader = /^\s*={2,}\s*(function\s+)?(\w+)/.exec(code);
      const stitchHeader = knotHeader ? null : /^\s*=\s*(\w+)\s*$/.exec(code);
      if (knotHeader?.[2]) {
        currentKnot = {
          name: knotHeader[2],
          file: file.path,
          line: number,
          isFunction: Boolean(knotHeader[1]),
          act: null,
          stitches: [],
        };
        knots.push(currentKnot);
        currentStitch = null;
      } else if (stitchHeader?.[1] && currentKnot) {
        currentKnot.stitches.push({ name: stitchHeader[1], line: number });
        currentStitch = stitchHeader[1];
      }
      const label = LABEL.exec(code)?.[1];
      if (label && !currentKnot?.isFunction)
        labels.add([currentKnot?.name, currentStitch, label].filter(Boolean).join("."));
      for (const tag of tagsOnLine(code)) {
        const pair = splitTag(tag);
        if (pair?.key === "act" && /^\d+$/.test(pair.value)) {
          runningAct = Number(pair.value);
          if (currentKnot && currentKnot.act === null) currentKnot.act = runningAct;
        }
      }
      if (currentKnot && currentKnot.act === null && runningAct !== null && !knotHeader) currentKnot.act = runningAct;
      lines.push({ file: file.path, number, code, knot: currentKnot });
    });
  }

  const names = storyNames(knots, lines, labels);

  // Pass 2: vocabulary, diverts, outcomes, passages, statistics.
  const divertTargets = new Set<string>();
  /** Diverts from inside a knot to one of its own stitches: they reach the stitch, not the knot. */
  const innerDiverts = new Set<string>();
  const allText = files.map((file) => file.text).join("\n");
  const acts = new Map<number, ActStatistics>();
  const actOf = (knot: Knot | null) => knot?.act ?? 0;
  const statsFor = (act: number) => {
    let stats = acts.get(act);
    if (!stats) {
      stats = { act, words: 0, knots: 0, stitches: 0, choices: 0, nudges: {} };
      acts.set(act, stats);
    }
    return stats;
  };
  let passageWords = 0;
  let passageStart: ScannedLine | null = null;

  for (const line of lines) {
    const { code, file, number } = line;
    const at = { file, line: number };
    const stats = statsFor(actOf(line.knot));

    for (const tag of tagsOnLine(code)) {
      if (tag.includes("{")) continue; // dynamic tags are checked when they run
      const pair = splitTag(tag);
      // Without a manifest only the contracts are checked: they hold for every ink story.
      const problem = manifest
        ? lintTag(tag, manifest, names)
        : pair?.key === "needs"
          ? lintContract(pair.value, names)
          : null;
      if (problem) errors.push({ ...at, message: problem });
      if (pair?.key === "scene") usedScenes.add(pair.value);
    }

    const external = /^\s*EXTERNAL\s+(\w+)/.exec(code);
    if (manifest && external?.[1] && !(EXTERNAL_FUNCTIONS as readonly string[]).includes(external[1])) {
      errors.push({
        ...at,
        message: `unknown external function "${external[1]}" (the game provides ${EXTERNAL_FUNCTIONS.join(", ")})`,
      });
    }
    if (manifest && !line.knot?.isFunction && !external) {
      for (const call of code.matchAll(/\b(nudge|stance)\s*\(\s*("([^"]*)"|[^\s,)]+)\s*(?:,\s*([^)]*))?\)/g)) {
        const [, name, rawId, literalId, rawPercent] = call;
        if (literalId === undefined) {
          warnings.push({
            ...at,
            message: `${name}(${rawId}, ...) names its character with an expression that story:check cannot verify`,
          });
          continue;
        }
        if (!characters.has(literalId)) {
          errors.push({
            ...at,
            message: `unknown character "${literalId}" in ${name}() (characters: ${[...characters].join(", ")})`,
          });
          continue;
        }
        if (name === "nudge") {
          const percent = Number(rawPercent);
          if (
            rawPercent !== undefined &&
            /^-?\d+$/.test(rawPercent.trim()) &&
            (percent === 0 || Math.abs(percent) > 100)
          ) {
            errors.push({
              ...at,
              message: `nudge percent must be between -100 and 100 and not 0, not ${rawPercent.trim()}`,
            });
          }
          stats.nudges[literalId] = (stats.nudges[literalId] ?? 0) + 1;
        }
      }
    }

    // A divert from inside a knot to that same knot does not reach it (`=== loop ===` `-> loop`).
    for (const divert of code.matchAll(/(?:->|<-)\s*([A-Za-z_][\w.]*)/g)) {
      const target = divert[1];
      if (target && target.split(".")[0] !== line.knot?.name) divertTargets.add(target);
      else if (target?.includes(".")) innerDiverts.add(`${line.knot?.name}.${target.split(".").slice(1).join(".")}`);
      else if (target && line.knot?.stitches.some((stitch) => stitch.name === target))
        innerDiverts.add(`${line.knot.name}.${target}`);
    }

    const words = wordsOnLine(code);
    stats.words += words;
    if (words > LONG_LINE_WORDS)
      warnings.push({ ...at, message: `a single line of ${words} words is longer than a screen; break it into beats` });
    const breaksPassage = isChoiceLine(code) || /^\s*={1,}/.test(code);
    if (breaksPassage) {
      if (isChoiceLine(code)) stats.choices += 1;
      passageWords = 0;
      passageStart = null;
    } else if (words > 0) {
      passageStart ??= line;
      passageWords += words;
      if (passageWords > LONG_PASSAGE_WORDS && passageStart) {
        warnings.push({
          file: passageStart.file,
          line: passageStart.number,
          message: `more than ${LONG_PASSAGE_WORDS} words pass here without a choice`,
        });
        passageWords = Number.NEGATIVE_INFINITY; // once per passage
      }
    }
  }

  // Knots and stitches that no divert names cannot be reached (the first knot and a knot's first stitch are entered by flow).
  const storyKnots = knots.filter((knot) => !knot.isFunction);
  for (const knot of storyKnots) {
    const stats = statsFor(actOf(knot));
    stats.knots += 1;
    stats.stitches += knot.stitches.length;
    const targeted = [...divertTargets].some((target) => target === knot.name || target.startsWith(`${knot.name}.`));
    if (!targeted)
      errors.push({ file: knot.file, line: knot.line, message: `no divert reaches the knot "${knot.name}"` });
    knot.stitches.forEach((stitch, index) => {
      if (index === 0) return;
      const path = `${knot.name}.${stitch.name}`;
      const reached = divertTargets.has(path) || divertTargets.has(stitch.name) || innerDiverts.has(path);
      if (!reached)
        errors.push({
          file: knot.file,
          line: stitch.line,
          message: `no divert reaches the stitch "${knot.name}.${stitch.name}"`,
        });
    });
  }

  const firstFile = files[0]?.path ?? "main.ink";
  for (const outcome of manifest?.outcomes ?? []) {
    if (!allText.includes(`"${outcome.id}"`))
      errors.push({
        file: firstFile,
        line: 1,
        message: `the outcome "${outcome.id}" is never named in the story, so no ending leads from it`,
      });
  }
  for (const scene of scenes) {
    if (!usedScenes.has(scene))
      warnings.push({
        file: firstFile,
        line: 1,
        message: `the scene "${scene}" is registered in campaign.json but never used`,
      });
  }
  const manifestFile = firstFile.replace(/[^/\\]*$/, "campaign.json");
  manifest?.decisions.forEach((decision, index) => {
    if (!new RegExp(`^\\s*VAR\\s+${decision.id}\\s*=`, "m").test(allText))
      errors.push({
        file: manifestFile,
        line: 1,
        message: `decisions[${index}]: the rule input "${decision.id}" is not a VAR of the story`,
      });
  });
  manifest?.climax?.forEach((place, index) => {
    if (!names.knots.has(place))
      errors.push({
        file: manifestFile,
        line: 1,
        message: `climax[${index}]: "${place}" is not a knot or knot.stitch of the story`,
      });
  });

  const isEmpty = (act: ActStatistics) => act.words + act.knots + act.choices + Object.keys(act.nudges).length === 0;
  const actList = [...acts.values()].filter((act) => !isEmpty(act)).sort((a, b) => a.act - b.act);
  const sum = (pick: (act: ActStatistics) => number) => actList.reduce((total, act) => total + pick(act), 0);
  const nudges: Record<string, number> = {};
  for (const act of actList)
    for (const [id, count] of Object.entries(act.nudges)) nudges[id] = (nudges[id] ?? 0) + count;
  return {
    errors,
    warnings,
    statistics: {
      words: sum((act) => act.words),
      knots: sum((act) => act.knots),
      stitches: sum((act) => act.stitches),
      choices: sum((act) => act.choices),
      nudges,
      acts: actList,
    },
  };
}
