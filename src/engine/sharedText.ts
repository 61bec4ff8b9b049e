import { type LintFinding, type SourceFile, stripComments } from "./storyLint";

/**
 * What two campaigns share in their prose, against the design's rule for the two cities: "reuse no
 * image, name, number or phrase across them". Two kinds of echo, each reported once per campaign at
 * that campaign's line, naming the other place:
 *
 * - a run of SHARED_RUN_WORDS or more words in a row (compared without case or punctuation) of
 *   which at least NOTABLE_WORDS are not everyday words, and which holds no everyday phrase. Four
 *   words let through "go under together", "by the tea urn" and "hands you a cup", which a reader of
 *   both cities notices; the two notable words keep out "in the middle of the" and "for the first
 *   time", which nobody does. Measured on the third draft: `npm run story:check`.
 * - a number above twelve, written in digits or words ("412", "four hundred and twelve"), that is
 *   not a round one (twenty, forty, a hundred, a thousand are how people talk).
 */
export const SHARED_RUN_WORDS = 4;
export const NOTABLE_WORDS = 2;

/**
 * Words that say nothing of a city: grammar, the verbs and adverbs every scene uses, time, and the
 * words both cities are about (city, people, night). Numbers are here too: they have a check of their own.
 */
const EVERYDAY_WORDS = new Set(
  `a an the and or but nor of in on at to for from with by as if it its is was are were be been being am
  i you he she we they me him her us them my your his their our mine yours hers ours theirs myself yourself
  himself herself itself ourselves themselves this that these those there here then than so not no do does
  did done doing dont doesnt didnt have has had having will would can could should shall may might must
  what who whom whose when where how why which all up down out off over into onto about just like
  im youre hes shes thats theres whats ive youve weve theyve id youd hed shed wed theyd ill youll hell
  shell well theyll wont cant isnt wasnt arent werent hasnt havent hadnt wouldnt couldnt shouldnt lets
  say says said saying look looks looked looking back again still too very some any every each other
  another own more most much many only now once ever never also even yet both either neither such same
  way thing things something nothing anything everything someone somebody anyone anybody everyone
  everybody get gets got go goes going went gone come comes came coming make makes made take takes took
  taken know knows knew see sees saw seen want wants wanted tell tells told think thinks thought let oh
  yes okay ok right around through after before behind beside between across against along toward towards
  until while because though although really maybe perhaps already almost enough little bit lot
  zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
  million billion half first second third last next time times moment while long morning evening
  afternoon night nights tonight today tomorrow yesterday hour hours minute minutes day days week weeks
  month months year years ago later soon whole city people man woman men women`.split(/\s+/),
);

/**
 * Phrases everyone writes, which a reader of both cities does not hear as an echo: where one is
 * written, its words count as everyday words. Grows only by a phrase a reader would pass over,
 * never to silence a real echo.
 */
const EVERYDAY_PHRASES = [
  "in the middle of",
  "at the top of",
  "at the end of",
  "on the edge of",
  "on the back of",
  "opens his mouth",
  "opens her mouth",
  "lifts a hand",
  "the line goes quiet",
  "stand at the front",
  "keep them safe",
  "is empty except for",
];

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };
/** Ordinals read as their number: "the forty-first" is forty-one. */
const ORDINALS: Record<string, string> = {
  first: "one",
  second: "two",
  third: "three",
  fifth: "five",
  eighth: "eight",
  ninth: "nine",
  twelfth: "twelve",
};

/** A reader's text in the words we compare: lower case, no apostrophes, digits' thousands commas gone. */
export function readerWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/(\d),(?=\d{3}\b)/g, "$1")
    .split(/[^a-z0-9:]+/)
    .map((word) => word.replace(/^:+|:+$/g, ""))
    .filter((word) => word !== "");
}

/** The words a reader sees on a line, in order, normalised: tags, logic, diverts and choice syntax removed. */
export function storyWords(code: string): string[] {
  const trimmed = code.trim();
  if (trimmed === "" || /^(~|={1,}|VAR |CONST |LIST |INCLUDE |EXTERNAL |->|<-)/.test(trimmed)) return [];
  const text = trimmed
    .replace(/(?<!\\)#.*$/, "")
    .replace(/->\s*[\w.]*(\([^)]*\))?/g, " ")
    .replace(/<-\s*[\w.]*/g, " ")
    // A branch of a multi-line conditional (`- else:`, `- trust > 2:`) is logic, not a gather's text.
    .replace(/^-\s*(?:else|[^:]*(?:\w_\w|==|!=|[<>]|\b(?:and|or|not)\b)[^:]*)\s*:/, " ")
    .replace(/^[*+\-\s]+/, "")
    .replace(/^\(\w+\)/, "")
    .replace(/^(\s*\{[^{}]*\}\s*)+/, "")
    .replace(/\{[^{}|]*:/g, " ")
    .replace(/\{[^{}]*\}/g, (inner) => (/[|:]/.test(inner) ? inner : " "))
    .replace(/[{}[\]]/g, " ");
  // The branches of inline logic (`{a:twenty|forty}`) are never read one after the other.
  return text
    .split("|")
    .flatMap((branch, index) => (index === 0 ? readerWords(branch) : [BRANCH, ...readerWords(branch)]));
}

/** Between the words of two branches of inline logic: no run or number reads across it. */
const BRANCH = "|";

interface Word {
  word: string;
  file: string;
  line: number;
  /** An everyday word, or a word of an everyday phrase where it is written. */
  everyday: boolean;
}

const everydayPhrases = EVERYDAY_PHRASES.map(readerWords);

function wordsOf(files: readonly SourceFile[]): Word[] {
  const words: Word[] = [];
  for (const file of files)
    stripComments(file.text).forEach((code, index) => {
      for (const word of storyWords(code))
        words.push({ word, file: file.path, line: index + 1, everyday: EVERYDAY_WORDS.has(word) });
    });
  for (let index = 0; index < words.length; index++)
    for (const phrase of everydayPhrases)
      if (phrase.every((word, offset) => words[index + offset]?.word === word))
        for (let offset = 0; offset < phrase.length; offset++) (words[index + offset] as Word).everyday = true;
  return words;
}

export interface SharedRun {
  text: string;
  here: { file: string; line: number };
  there: { file: string; line: number };
}

/** A run a reader would hear again: enough words that are not everyday ones, within one branch of the text. */
function isNotable(words: readonly Word[]): boolean {
  return !words.some((word) => word.word === BRANCH) && words.filter((word) => !word.everyday).length >= NOTABLE_WORDS;
}

/** Every maximal run of shared words in `mine` that starts with a notable SHARED_RUN_WORDS-word run of `theirs`. */
export function sharedRuns(mine: readonly SourceFile[], theirs: readonly SourceFile[]): SharedRun[] {
  const a = wordsOf(mine);
  const b = wordsOf(theirs);
  const slice = (words: Word[], start: number) => words.slice(start, start + SHARED_RUN_WORDS);
  const key = (shingle: readonly Word[]) => shingle.map((word) => word.word).join(" ");
  const firstInTheirs = new Map<string, number>();
  for (let index = 0; index + SHARED_RUN_WORDS <= b.length; index++) {
    const shingle = slice(b, index);
    if (!firstInTheirs.has(key(shingle)) && isNotable(shingle)) firstInTheirs.set(key(shingle), index);
  }
  const runs: SharedRun[] = [];
  let index = 0;
  while (index + SHARED_RUN_WORDS <= a.length) {
    const shingle = slice(a, index);
    const there = isNotable(shingle) ? firstInTheirs.get(key(shingle)) : undefined;
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
    const start = a[index];
    const other = b[there];
    if (start && other)
      runs.push({
        text: a
          .slice(index, index + length)
          .map((word) => word.word)
          .join(" "),
        here: { file: start.file, line: start.line },
        there: { file: other.file, line: other.line },
      });
    index += length;
  }
  return runs;
}

export interface StoryNumber {
  value: number;
  /** As written, in the compared words: "412", "four hundred and twelve". */
  text: string;
  file: string;
  line: number;
}

/** Numbers people say without counting: the tens, a hundred, a thousand. */
function isRound(value: number): boolean {
  return (value % 10 === 0 && value <= 100) || value === 1000;
}

/** The number written in words from `start` ("four hundred and twelve", "forty-first"), or null. */
function numberInWords(words: readonly Word[], start: number): { value: number; length: number } | null {
  const wordAt = (index: number) => {
    const word = words[index]?.word ?? "";
    return ORDINALS[word] ?? word.replace(/(?:th|ieth)$/, (ending) => (ending === "ieth" ? "y" : ""));
  };
  let total = 0;
  let current = 0;
  let length = 0;
  /** What the last word was, to read "forty one" as 41 and "two fifteen" (a time) as two numbers. */
  let last: "a" | "unit" | "tens" | "scale" | null = null;
  for (let index = start; index < words.length; index++) {
    const raw = words[index]?.word ?? "";
    const word = wordAt(index);
    if (raw === "a" && last === null && SCALES[wordAt(index + 1)] !== undefined) {
      current = 1;
      last = "a";
    } else if (
      UNITS[word] !== undefined &&
      (last === null || last === "scale" || (last === "tens" && UNITS[word] < 10))
    ) {
      current += UNITS[word];
      last = "unit";
    } else if (TENS[word] !== undefined && (last === null || last === "scale")) {
      current += TENS[word];
      last = "tens";
    } else if (word === "hundred" && last !== "scale") {
      current = (current || 1) * 100;
      last = "scale";
    } else if (SCALES[word] !== undefined && word !== "hundred") {
      total += (current || 1) * (SCALES[word] ?? 1);
      current = 0;
      last = "scale";
    } else if (
      raw === "and" &&
      last === "scale" &&
      (UNITS[wordAt(index + 1)] ?? TENS[wordAt(index + 1)]) !== undefined
    ) {
      // "four hundred and twelve"
    } else break;
    length = index - start + 1;
    // An ordinal ends its number: "the forty-first night".
    if (raw !== word) break;
  }
  if (length === 0 || last === "a") return null;
  return { value: total + current, length };
}

/** Every number above twelve that is not a round one, in digits or in words. */
export function storyNumbers(files: readonly SourceFile[]): StoryNumber[] {
  const words = wordsOf(files);
  const numbers: StoryNumber[] = [];
  /** Where an hour in words ended ("two" of "two thirty-one"): the number right after it is minutes. */
  let hourEnds = -1;
  for (let index = 0; index < words.length; ) {
    const word = words[index] as Word;
    const written = /^\d+$/.test(word.word) ? { value: Number(word.word), length: 1 } : numberInWords(words, index);
    if (!written) {
      index++;
      continue;
    }
    const minutes = index === hourEnds && written.value < 60;
    hourEnds = UNITS[word.word] !== undefined && written.value >= 1 && written.value <= 12 ? index + 1 : -1;
    if (!minutes && written.value > 12 && !isRound(written.value))
      numbers.push({
        value: written.value,
        text: words
          .slice(index, index + written.length)
          .map((each) => each.word)
          .join(" "),
        file: word.file,
        line: word.line,
      });
    index += written.length;
  }
  return numbers;
}

/** Warnings for one campaign: each run and each number it shares with another campaign, at its own line. */
export function sharedTextWarnings(
  mine: readonly SourceFile[],
  others: readonly { id: string; files: readonly SourceFile[] }[],
): LintFinding[] {
  const myNumbers = storyNumbers(mine);
  return others.flatMap((other) => {
    const runs = sharedRuns(mine, other.files).map((run) => ({
      file: run.here.file,
      line: run.here.line,
      message: `${run.text.split(" ").length} words shared with ${other.id} (${run.there.file}:${run.there.line}): "${run.text}"`,
    }));
    const theirs = new Map<number, StoryNumber>();
    for (const number of storyNumbers(other.files)) if (!theirs.has(number.value)) theirs.set(number.value, number);
    const reported = new Set<number>();
    const numbers = myNumbers.flatMap((number) => {
      const there = theirs.get(number.value);
      if (!there || reported.has(number.value)) return [];
      reported.add(number.value);
      const times = myNumbers.filter((each) => each.value === number.value).length;
      return [
        {
          file: number.file,
          line: number.line,
          message: `the number ${number.value} ("${number.text}"${times > 1 ? `, ${times} times here` : ""}) is in ${other.id} too (${there.file}:${there.line}: "${there.text}")`,
        },
      ];
    });
    return [...runs, ...numbers];
  });
}
