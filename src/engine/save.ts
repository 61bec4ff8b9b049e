import * as z from "zod/mini";
import { type FormatHistory, migrate } from "./formatVersion";
import { hashText } from "./hash";
import { type RunnerOptions, StoryRunner, type TakenChoice } from "./storyRunner";
import "./schemaMessages.ts";
import { lineTagsSchema, stagingSchema } from "./tags";

/**
 * The save format. Everything a save holds is validated here before the engine sees it:
 * saves come from storage, from imported files and from players' hands.
 */
export const SAVE_FORMAT = "dreamers-of-2145/save";
export const SAVE_VERSION = 2;

/**
 * How a save of each older version is brought up to this one (formatVersion.ts). A field added
 * later needs no step when its schema gives it a default (a staging key's comes from its tag
 * registry entry); a step is for a change of shape.
 */
export const SAVE_HISTORY: FormatHistory = {
  current: SAVE_VERSION,
  unversioned: 1,
  steps: {
    /**
     * 1 -> 2: every save names its game, its autosave generation and whether it had ended. A
     * version-1 save from before those fields is a game of its own (named by its date and log), at
     * generation 0, not ended (so a new game asks before replacing it).
     */
    1: (save) => ({
      ...save,
      playthrough:
        typeof save.playthrough === "string" && save.playthrough !== ""
          ? save.playthrough
          : `earlier-${hashText(`${String(save.savedAt)}|${JSON.stringify(save.choicesTaken ?? null)}`)}`,
      generation: typeof save.generation === "number" ? save.generation : 0,
      ended: typeof save.ended === "boolean" ? save.ended : false,
    }),
  },
};
/** A 40-choice save is about 60 KB; anything near this limit is not a save this game wrote. */
export const MAX_SAVE_BYTES = 2 * 1024 * 1024;
/** The outer save object nests a few levels (save, stances, history, record); the ink state is a string. */
export const MAX_SAVE_NESTING = 16;
/**
 * The transcript a save carries is the last lines only: loading replays the choice log, which
 * rebuilds the whole transcript, so these lines are for a person reading an exported file.
 */
export const SAVED_TRANSCRIPT_LINES = 100;

const stanceRange = z.number().check(z.gte(-100), z.lte(100));
const text = () => z.string().check(z.minLength(1));
const count = () => z.int().check(z.gte(0));

export const saveGameSchema = z.object({
  format: z.literal(SAVE_FORMAT),
  version: z.literal(SAVE_VERSION),
  campaign: text(),
  storyHash: text(),
  savedAt: text(),
  inkState: z.string().check(z.minLength(2)),
  stances: z.object({
    stances: z.record(z.string(), stanceRange),
    history: z.array(
      z.object({
        character: z.string(),
        percent: z.number(),
        before: stanceRange,
        after: stanceRange,
        knot: z.string(),
        choice: z.nullable(z.string()),
        turn: count(),
      }),
    ),
  }),
  choicesTaken: z.array(z.object({ index: count(), text: z.string(), target: z.optional(z.string()) })),
  transcript: z
    .array(
      z.object({
        text: z.string(),
        speaker: z.nullable(z.string()),
        tags: lineTagsSchema,
        turn: count(),
      }),
    )
    // Saves written before the bound carry the whole transcript: keep reading them, keep the tail.
    .check(z.overwrite((lines) => lines.slice(-SAVED_TRANSCRIPT_LINES))),
  staging: stagingSchema,
  /** The story had ended when it was saved (what Continue offers is then a finished game). */
  ended: z.boolean(),
  /**
   * Which game this is and how many times it has been autosaved: a write must replace the save it
   * last saw (its parent), so no tab replaces a save with an older state of the same game.
   */
  playthrough: z.string().check(z.minLength(1), z.maxLength(64)),
  generation: count(),
});

export type SaveGame = z.infer<typeof saveGameSchema>;

/** A save that cannot be used, with a reason a player can read. */
export class SaveError extends Error {
  override name = "SaveError";
}

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Parse and validate untrusted save text: too large, too deep, not JSON, wrong shape and polluting keys are refused. */
export function parseSave(text: string): SaveGame {
  if (text.length > MAX_SAVE_BYTES) throw new SaveError(tooLargeReason(text.length));
  const depth = nestingDepth(text);
  if (depth > MAX_SAVE_NESTING) {
    throw new SaveError(
      `the file is nested ${depth} levels deep, and a save is nested at most ${MAX_SAVE_NESTING}: it is not a save this game wrote`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text, (key, value) => {
      if (FORBIDDEN_KEYS.has(key)) throw new SaveError(`the save contains a forbidden key "${key}"`);
      return value;
    });
  } catch (error) {
    if (error instanceof SaveError) throw error;
    throw new SaveError(
      `the save cannot be read (${text.length === 0 ? "it is empty" : "it may be cut short or damaged"})`,
    );
  }
  return validateSave(data);
}

/** The reason a file of this many bytes is refused, for checks made before its text is even read. */
export function tooLargeReason(bytes: number): string {
  return `the file is ${megabytes(bytes)}; the limit is ${megabytes(MAX_SAVE_BYTES)} (a whole playthrough saves in well under 1 MB)`;
}

function megabytes(bytes: number): string {
  const value = bytes / (1024 * 1024);
  return Number.isInteger(value) ? `${value} MB` : `${value.toFixed(1)} MB`;
}

/** How deep brackets nest outside strings: JSON.parse overflows its stack long before it can say so. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 92)
        i++; // backslash: skip the escaped character
      else if (code === 34) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 123 || code === 91) deepest = Math.max(deepest, ++depth);
    else if (code === 125 || code === 93) depth--;
  }
  return deepest;
}

/** A save of any version this build knows, brought up to date and checked. */
export function validateSave(data: unknown): SaveGame {
  if (typeof data !== "object" || data === null || (data as { format?: unknown }).format !== SAVE_FORMAT) {
    throw new SaveError("this file is not a Dreamers of 2145 save");
  }
  const migrated = migrate(data, SAVE_HISTORY, "this save");
  if (!migrated.ok) throw new SaveError(migrated.reason);
  const result = saveGameSchema.safeParse(migrated.data);
  if (!result.success) {
    const part = PARTS_IN_WORDS[String(result.error.issues[0]?.path[0])] ?? "part of it";
    throw new SaveError(`the save is damaged: ${part} cannot be read`);
  }
  return result.data;
}

/** What each part of a save is, in the player's words (a damaged save names the part, never a schema path). */
const PARTS_IN_WORDS: Readonly<Record<string, string>> = {
  version: "the version of the game that made it",
  campaign: "which story it belongs to",
  storyHash: "which version of the story it was made in",
  savedAt: "when it was made",
  inkState: "the place in the story",
  stances: "where everyone stands",
  choicesTaken: "the choices made",
  transcript: "the lines read",
  staging: "the scene",
  ended: "whether the story had ended",
  playthrough: "which game it is",
  generation: "which game it is",
};

/** Which game a save belongs to and how many autosaves it has behind it (see `playthrough` above). */
export interface SaveLineage {
  playthrough: string;
  generation: number;
}

export function createSave(
  runner: StoryRunner,
  campaign: string,
  savedAt = new Date(),
  lineage: SaveLineage = { playthrough: newPlaythroughId(), generation: 0 },
): SaveGame {
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    campaign,
    storyHash: runner.storyHash,
    savedAt: savedAt.toISOString(),
    inkState: runner.story.state.ToJson(),
    stances: structuredClone(runner.stanceRecords()),
    choicesTaken: runner.choicesTaken.map((choice) => ({ ...choice })),
    transcript: runner.transcript
      .slice(-SAVED_TRANSCRIPT_LINES)
      .map((line) => ({ ...line, tags: { ...line.tags, unknown: [...line.tags.unknown] } })),
    staging: { ...runner.staging },
    ended: runner.ended,
    ...lineage,
  };
}

export function newPlaythroughId(): string {
  const bytes = new Uint8Array(9);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * Play a fresh runner through a list of choices on the story they were made in (a rewind, a
 * playthrough script), each matched by its text where one is given. A log from an earlier version
 * of the story is replayed by its choices' identity instead (restore.ts).
 */
export function replayChoices(
  compiledJson: string,
  options: RunnerOptions,
  choices: readonly (TakenChoice | number)[],
  runner = new StoryRunner(compiledJson, options),
  whyItFailed = "the story has changed",
): StoryRunner {
  runner.continueToChoice();
  choices.forEach((taken, step) => {
    const offered = runner.choices;
    const index =
      typeof taken === "number" ? taken : (offered.find((choice) => choice.text === taken.text)?.index ?? -1);
    if (index < 0 || index >= offered.length) {
      const wanted = typeof taken === "number" ? `choice ${taken}` : `"${taken.text}"`;
      throw new SaveError(`${whyItFailed}: at choice ${step + 1}, ${wanted} is no longer offered`);
    }
    runner.choose(index);
    runner.continueToChoice();
  });
  return runner;
}
