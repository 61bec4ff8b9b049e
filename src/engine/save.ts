import { z } from "zod";
import { type RunnerOptions, StoryRunner, type TakenChoice } from "./storyRunner";
import { lineTagsSchema, stagingSchema } from "./tags";

/**
 * The save format. Everything a save holds is validated here before the engine sees it:
 * saves come from storage, from imported files and from players' hands.
 */
export const SAVE_FORMAT = "dreamers-of-2145/save";
export const SAVE_VERSION = 1;

const stanceRange = z.number().min(-100).max(100);

export const saveGameSchema = z.object({
  format: z.literal(SAVE_FORMAT),
  version: z.literal(SAVE_VERSION),
  campaign: z.string().min(1),
  storyHash: z.string().min(1),
  savedAt: z.string().min(1),
  inkState: z.string().min(2),
  stances: z.object({
    stances: z.record(z.string(), stanceRange),
    history: z.array(
      z.object({
        character: z.string(),
        percent: z.number(),
        before: stanceRange,
        after: stanceRange,
        knot: z.string(),
        choice: z.string().nullable(),
        turn: z.number().int().min(0),
      }),
    ),
  }),
  choicesTaken: z.array(z.object({ index: z.number().int().min(0), text: z.string() })),
  transcript: z.array(
    z.object({ text: z.string(), speaker: z.string().nullable(), tags: lineTagsSchema, turn: z.number().int().min(0) }),
  ),
  staging: stagingSchema,
});

export type SaveGame = z.infer<typeof saveGameSchema>;

/** A save that cannot be used, with a reason a player can read. */
export class SaveError extends Error {
  override name = "SaveError";
}

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Parse and validate untrusted save text: not JSON, wrong shape and polluting keys are refused. */
export function parseSave(text: string): SaveGame {
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

export function createSave(runner: StoryRunner, campaign: string, savedAt = new Date()): SaveGame {
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    campaign,
    storyHash: runner.storyHash,
    savedAt: savedAt.toISOString(),
    inkState: runner.story.state.ToJson(),
    stances: structuredClone(runner.stanceStore.getState()),
    choicesTaken: runner.choicesTaken.map((choice) => ({ ...choice })),
    transcript: runner.transcript.map((line) => ({ ...line, tags: { ...line.tags, unknown: [...line.tags.unknown] } })),
    staging: { ...runner.staging },
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
): StoryRunner {
  const runner = new StoryRunner(compiledJson, options);
  runner.continueToChoice();
  choices.forEach((taken, step) => {
    const offered = runner.choices;
    const index =
      typeof taken === "number" ? taken : (offered.find((choice) => choice.text === taken.text)?.index ?? -1);
    if (index < 0 || index >= offered.length) {
      const wanted = typeof taken === "number" ? `choice ${taken}` : `"${taken.text}"`;
      throw new SaveError(`the story has changed: at choice ${step + 1}, ${wanted} is no longer offered`);
    }
    runner.choose(index);
    runner.continueToChoice();
  });
  return runner;
}

/**
 * Rebuild a runner from a save. Same story: the ink state is test-loaded in a throwaway Story and
 * continued once before the real runner takes it. Another build of the story: the choices are
 * replayed where they still fit. Otherwise a SaveError says why.
 */
export function restoreSave(
  save: SaveGame,
  compiledJson: string,
  options: RunnerOptions & { campaign: string },
): { runner: StoryRunner; replayed: boolean } {
  if (save.campaign !== options.campaign) {
    throw new SaveError(`this save belongs to the campaign "${save.campaign}", not "${options.campaign}"`);
  }
  const runner = new StoryRunner(compiledJson, options);
  if (save.storyHash !== runner.storyHash) {
    return { runner: replayChoices(compiledJson, options, save.choicesTaken), replayed: true };
  }
  try {
    const trial = new StoryRunner(compiledJson, { ...options, keepTranscript: false });
    trial.story.state.LoadJson(save.inkState);
    trial.restoreRecords(save);
    if (trial.story.canContinue) trial.story.Continue();
  } catch (error) {
    // The ink state itself is damaged: the choice log may still rebuild the game.
    try {
      return { runner: replayChoices(compiledJson, options, save.choicesTaken), replayed: true };
    } catch {
      throw new SaveError(`the save's story state is damaged (${(error as Error).message})`);
    }
  }
  runner.story.state.LoadJson(save.inkState);
  runner.restoreRecords(save);
  return { runner, replayed: false };
}
