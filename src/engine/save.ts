import * as z from "zod/mini";
import { hashText } from "./hash";
import { disagreements, foreignStoryParts } from "./saveTruth";
import { type RunnerOptions, StoryRunner, type TakenChoice } from "./storyRunner";
import "./schemaMessages.ts";
import { lineTagsSchema, stagingSchema } from "./tags";

/**
 * The save format. Everything a save holds is validated here before the engine sees it:
 * saves come from storage, from imported files and from players' hands.
 */
export const SAVE_FORMAT = "dreamers-of-2145/save";
export const SAVE_VERSION = 1;
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
  /**
   * Which game this is and how many times it has been autosaved: a write must replace the save it
   * last saw (its parent), so no tab replaces a save with an older state of the same game.
   * Saves from before these fields read as a playthrough of their own.
   */
  /** The story had ended when it was saved (what Continue offers is then a finished game). */
  ended: z.optional(z.boolean()),
  playthrough: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  generation: z.optional(count()),
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
      `the save is not readable JSON (${text.length === 0 ? "it is empty" : "it may be truncated or damaged"})`,
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

export function validateSave(data: unknown): SaveGame {
  if (typeof data === "object" && data !== null && (data as { format?: unknown }).format !== SAVE_FORMAT) {
    throw new SaveError("this file is not a Dreamers of 2145 save");
  }
  const result = saveGameSchema.safeParse(data);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first?.path.join(".") || "(root)";
    throw new SaveError(`the save is damaged: ${where}: ${first?.message ?? "wrong shape"}`);
  }
  return result.data;
}

/** Which game a save belongs to and how many autosaves it has behind it (see `playthrough` above). */
export interface SaveLineage {
  playthrough: string;
  generation: number;
}

export function createSave(
  runner: StoryRunner,
  campaign: string,
  savedAt = new Date(),
  lineage: SaveLineage | null = null,
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

/**
 * Play a fresh runner through a list of choices, each matched by its text where one is given
 * (so a save survives an edited story as long as the choices it took are still offered).
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

export interface RestoredSave {
  runner: StoryRunner;
  /** The game was rebuilt from the choice log rather than taken as the save described it. */
  replayed: boolean;
  /** What the player should be told about how the save was read, or null when it read as written. */
  note: string | null;
}

/**
 * Rebuild a runner from a save. The choice log is the truth: it is replayed on the story, and the
 * rest of the save (ink state, stances and their history, staging) must agree with what the replay
 * produced. Where it does not, the game goes on from the replay and the note says what disagreed;
 * an ink state from another story, or a log the story cannot have produced, is refused with a
 * SaveError naming it. Replaying a whole playthrough costs a few milliseconds.
 */
export function restoreSave(
  save: SaveGame,
  compiledJson: string,
  options: RunnerOptions & { campaign: string },
): RestoredSave {
  if (save.campaign !== options.campaign) {
    throw new SaveError(`this save belongs to the campaign "${save.campaign}", not "${options.campaign}"`);
  }
  const runner = new StoryRunner(compiledJson, options);
  if (save.storyHash !== hashText(compiledJson)) {
    replayChoices(compiledJson, options, save.choicesTaken, runner);
    return {
      runner,
      replayed: true,
      note: "The story has changed since this save; your choices were replayed in the new one.",
    };
  }
  const foreign = foreignStoryParts(save.inkState, runner.story);
  if (foreign.length > 0) {
    throw new SaveError(
      `the save's story state comes from another story: it names ${foreign.join(", ")}, which "${options.campaign}" does not have`,
    );
  }
  replayChoices(compiledJson, options, save.choicesTaken, runner, "the save's choices do not fit this story");
  const disagreeing = disagreements(save, runner);
  if (disagreeing.length === 0) return { runner, replayed: false, note: null };
  const count = save.choicesTaken.length;
  return {
    runner,
    replayed: true,
    note: `This save did not agree with its own choices (${disagreeing.join("; ")}), so it was rebuilt from the ${count} choice${count === 1 ? "" : "s"} it records.`,
  };
}
