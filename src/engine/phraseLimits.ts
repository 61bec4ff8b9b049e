import { readerWords, storyWords } from "./sharedText";
import { type LintFinding, type SourceFile, stripComments } from "./storyLint";

/**
 * Counted phrases (campaign.json `phraseLimits`): a writer's own tics, each with the most times the
 * prose may use it (`"like a": 19`), 0 retiring it. Counted over what a player reads, lines and
 * options, not logic, comments or tags; without case or punctuation, whole words only ("like a"
 * is not in "likely a"; "forty-one" is also "forty one").
 */
export interface PhraseCount {
  phrase: string;
  limit: number;
  /** Each line that uses it, with how many times. */
  places: { file: string; line: number; times: number }[];
  count: number;
}

/** How many times `phrase` occurs in `words`, whole words. */
function occurrences(words: readonly string[], phrase: readonly string[]): number {
  let times = 0;
  for (let index = 0; index + phrase.length <= words.length; index++)
    if (phrase.every((word, offset) => words[index + offset] === word)) {
      times++;
      index += phrase.length - 1;
    }
  return times;
}

/** Every limited phrase, counted in the story's prose, in the manifest's order. */
export function countPhrases(files: readonly SourceFile[], limits: Readonly<Record<string, number>>): PhraseCount[] {
  const lines = files.flatMap((file) =>
    stripComments(file.text).map((code, index) => ({ file: file.path, line: index + 1, words: storyWords(code) })),
  );
  return Object.entries(limits).map(([phrase, limit]) => {
    const wanted = readerWords(phrase);
    const places = lines.flatMap(({ file, line, words }) => {
      const times = occurrences(words, wanted);
      return times > 0 ? [{ file, line, times }] : [];
    });
    return { phrase, limit, places, count: places.reduce((sum, place) => sum + place.times, 0) };
  });
}

/**
 * A warning for each phrase used more than its limit, at the phrase's line in campaign.json, listing
 * every use as `file:line` (one per line of the message, so an editor can open each).
 */
export function phraseLimitWarnings(
  files: readonly SourceFile[],
  limits: Readonly<Record<string, number>>,
  manifest: SourceFile,
): LintFinding[] {
  const manifestLines = manifest.text.split("\n");
  return countPhrases(files, limits)
    .filter((counted) => counted.count > counted.limit)
    .map((counted) => {
      const key = JSON.stringify(counted.phrase);
      const line = manifestLines.findIndex((text) => text.includes(`${key}:`)) + 1;
      const verdict =
        counted.limit === 0
          ? `retired (0), still used ${counted.count === 1 ? "once" : `${counted.count} times`}`
          : `${counted.count} times, at most ${counted.limit}`;
      const places = counted.places.map(
        (place) => `\n    ${place.file}:${place.line}${place.times > 1 ? ` (${place.times} times)` : ""}`,
      );
      return {
        file: manifest.path,
        line: Math.max(line, 1),
        message: `phraseLimits ${key}: ${verdict}:${places.join("")}`,
      };
    });
}
