import { type LintFinding, type SourceFile, stripComments } from "./storyLint";

/**
 * Runs of story text two campaigns share (issue: "two different cities"): any six or more
 * consecutive words, compared without case or punctuation, ignoring tags, logic, diverts and the
 * syntax of choices. Each shared run is reported once per campaign, at that campaign's line, naming
 * the other place.
 */
export const SHARED_RUN_WORDS = 6;

interface Word {
  word: string;
  file: string;
  line: number;
}

/** The words a reader sees on a line, in order, normalised. */
export function storyWords(code: string): string[] {
  const trimmed = code.trim();
  if (trimmed === "" || /^(~|={1,}|VAR |CONST |LIST |INCLUDE |EXTERNAL |->|<-)/.test(trimmed)) return [];
  const text = trimmed
    .replace(/(?<!\\)#.*$/, "")
    .replace(/->\s*[\w.]*(\([^)]*\))?/g, " ")
    .replace(/<-\s*[\w.]*/g, " ")
    .replace(/^[*+\-\s]+/, "")
    .replace(/^\(\w+\)/, "")
    .replace(/^(\s*\{[^{}]*\}\s*)+/, "")
    .replace(/\{[^{}|]*:/g, " ")
    .replace(/\{[^{}]*\}/g, (inner) => (/[|:]/.test(inner) ? inner : " "))
    .replace(/[{}[\]|]/g, " ");
  return text
    .toLowerCase()
    .replace(/[’']/g, "")
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "");
}

function wordsOf(files: SourceFile[]): Word[] {
  const words: Word[] = [];
  for (const file of files)
    stripComments(file.text).forEach((code, index) => {
      for (const word of storyWords(code)) words.push({ word, file: file.path, line: index + 1 });
    });
  return words;
}

export interface SharedRun {
  text: string;
  here: { file: string; line: number };
  there: { file: string; line: number };
}

/** Every maximal run of SHARED_RUN_WORDS or more words that `mine` shares with `theirs`. */
export function sharedRuns(mine: SourceFile[], theirs: SourceFile[]): SharedRun[] {
  const a = wordsOf(mine);
  const b = wordsOf(theirs);
  const key = (words: Word[], start: number) =>
    words
      .slice(start, start + SHARED_RUN_WORDS)
      .map((word) => word.word)
      .join(" ");
  const firstInTheirs = new Map<string, number>();
  for (let index = 0; index + SHARED_RUN_WORDS <= b.length; index++) {
    const shingle = key(b, index);
    if (!firstInTheirs.has(shingle)) firstInTheirs.set(shingle, index);
  }
  const runs: SharedRun[] = [];
  let index = 0;
  while (index + SHARED_RUN_WORDS <= a.length) {
    const there = firstInTheirs.get(key(a, index));
    if (there === undefined) {
      index++;
      continue;
    }
    let length = SHARED_RUN_WORDS;
    while (
      index + length < a.length &&
      there + length < b.length &&
      a[index + length]?.word === b[there + length]?.word
    )
      length++;
    const text = a
      .slice(index, index + length)
      .map((word) => word.word)
      .join(" ");
    const start = a[index];
    const other = b[there];
    if (start && other) {
      runs.push({ text, here: { file: start.file, line: start.line }, there: { file: other.file, line: other.line } });
    }
    index += length;
  }
  return runs;
}

/** Warnings for one campaign: each run it shares with another campaign, at its own line. */
export function sharedTextWarnings(mine: SourceFile[], others: { id: string; files: SourceFile[] }[]): LintFinding[] {
  return others.flatMap((other) =>
    sharedRuns(mine, other.files).map((run) => ({
      file: run.here.file,
      line: run.here.line,
      message: `${run.text.split(" ").length} words shared with ${other.id} (${run.there.file}:${run.there.line}): "${run.text}"`,
    })),
  );
}
