import { startingStances } from "./campaign";
import { type IdentityReplay, replayByIdentity } from "./choiceIdentity";
import { hashText } from "./hash";
import { romanNumeral } from "./romanNumeral";
import { SaveError, type SaveGame } from "./save";
import { disagreements, foreignStoryParts, sameProgress, startsMoved } from "./saveTruth";
import type { RunnerOptions, StoryRunner, TakenChoice } from "./storyRunner";

/**
 * Restoring a game loses as little as possible. The choice log is the truth, replayed on the story
 * as it is now by each choice's identity (choiceIdentity.ts), and what the replay reaches is judged
 * against the rest of the save:
 * 1. `resumed`, silently: every choice replayed as logged and the ink state agrees (every path it
 *    names still exists; the same position, variables and visits). A save whose own story is
 *    unchanged but whose fields disagree with its log is rebuilt from the log, and the note says so.
 * 2. `resumed`, with a word: every choice replayed, some by their target or their words alone, a
 *    new choice taken for the player, or a choice the story no longer asks passed over.
 * 3. `further back`: the log replays up to some choice and no further; the game goes on from
 *    there, the furthest point that still replays, and the note says where.
 * 4. `lost`: not one choice of the log fits (a SaveError; the way on is a new game).
 * The ink state itself is only ever compared, never loaded: a forged one can move nothing.
 */
export type RestoreStatus = "resumed" | "further back";

export interface RestoredSave {
  runner: StoryRunner;
  status: RestoreStatus;
  /** The game was rebuilt from the choice log rather than taken as the save described it. */
  replayed: boolean;
  /** The save's choices that were replayed, and how many it records. */
  kept: number;
  total: number;
  /** What the player should be told about how the save was read, or null when it read as written. */
  note: string | null;
}

export function restoreSave(
  save: SaveGame,
  compiledJson: string,
  options: RunnerOptions & { campaign: string },
): RestoredSave {
  if (save.campaign !== options.campaign) {
    throw new SaveError(`this save belongs to the campaign "${save.campaign}", not "${options.campaign}"`);
  }
  const sameStory = save.storyHash === hashText(compiledJson);
  return restoreLog(save.choicesTaken, compiledJson, options, (replay) => {
    if (!sameStory) {
      return sameProgress(save.inkState, replay.runner) ? null : "the game has been updated since this save";
    }
    const foreign = foreignStoryParts(save.inkState, replay.runner.story);
    if (foreign.length > 0) {
      throw new SaveError(
        `the save's story state comes from another story: it names ${foreign.join(", ")}, which "${options.campaign}" does not have`,
      );
    }
    const disagreeing = disagreements(save, replay.runner);
    if (disagreeing.length === 0) return null;
    if (options.manifest && startsMoved(save, replay.runner, startingStances(options.manifest))) {
      return "the game has been updated since this save, and where everyone stands was worked out again by its new rules";
    }
    return `this save did not agree with its own choices (${disagreeing.join("; ")})`;
  });
}

/**
 * Restore from a choice log alone (a chapter snapshot, the log of a save too damaged to read
 * whole). `judge` says, of a complete replay, why it differs from what the save claimed, or null.
 */
export function restoreLog(
  log: readonly TakenChoice[],
  compiledJson: string,
  options: RunnerOptions,
  judge: (replay: IdentityReplay) => string | null = () => "the game has been updated since it was saved",
): RestoredSave {
  const replay = replayByIdentity(compiledJson, options, log);
  const { runner, kept, total, stoppedAt } = replay;
  if (stoppedAt && kept === 0 && total > 0) {
    throw new SaveError(
      `the story has changed so much that none of this game's choices still fit: at choice 1, ${quoted(stoppedAt.choice.text)} is no longer offered`,
    );
  }
  const changes = changesOf(replay);
  if (stoppedAt) {
    return {
      runner,
      status: "further back",
      replayed: true,
      kept,
      total,
      note: `The game has been updated since this save, and its story no longer goes the way yours went after ${choices(kept)}: ${quoted(stoppedAt.choice.text)} ${stoppedAt.why === "the story now ends before it" ? "comes after the new ending" : "is no longer offered"}. You go on from there, ${placeOf(runner)} (${kept} of your ${total} choices kept)${changes.length > 0 ? `; ${changes.join("; ")}` : ""}.`,
    };
  }
  const why = changes.length === 0 ? judge(replay) : (judge(replay) ?? "the game has been updated since this save");
  if (why === null) return { runner, status: "resumed", replayed: false, kept, total, note: null };
  const rebuilt = why.startsWith("this save did not agree");
  return {
    runner,
    status: "resumed",
    replayed: true,
    kept,
    total,
    note: rebuilt
      ? `${capitalised(why)}, so it was rebuilt from the ${choices(total)} it records.`
      : `${capitalised(why)}; your ${choices(total)} ${total === 1 ? "was" : "were"} replayed in the new version, and you are where you left off${changes.length > 0 ? ` (${changes.join("; ")})` : ""}.`,
  };
}

/** What the replay had to do beyond taking each choice as logged, in the player's words. */
function changesOf(replay: IdentityReplay): string[] {
  const changes: string[] = [];
  const reworded = replay.steps.filter((step) => step.how === "reworded" || step.how === "position").length;
  if (reworded > 0) {
    changes.push(
      reworded === 1
        ? "one option you took is now worded differently"
        : `${reworded} options you took are now worded differently`,
    );
  }
  for (const step of replay.steps.filter((entry) => entry.how === "inserted")) {
    changes.push(`a new choice was made for you: ${quoted(step.chosen.text)}`);
  }
  if (replay.passedOver.length > 0) {
    changes.push(
      `${choices(replay.passedOver.length)} the story no longer asks ${replay.passedOver.length === 1 ? "was" : "were"} passed over`,
    );
  }
  return changes;
}

/** "Act III, The studio": where the runner stands, as the manifest names it. */
export function placeOf(runner: StoryRunner): string {
  const { act, scene } = runner.staging;
  const sceneName = runner.manifest?.scenes.find((entry) => entry.id === scene)?.name ?? null;
  const actName = act === null ? null : `Act ${romanNumeral(act)}`;
  const parts = [actName, sceneName].filter((part): part is string => part !== null);
  return parts.length > 0 ? `at ${parts.join(", ")}` : "at the start";
}

function choices(count: number): string {
  return `${count} choice${count === 1 ? "" : "s"}`;
}

/** An option in quotes, unless its words are already a quotation ("Breathe, Eliot."). */
function quoted(text: string): string {
  return /^["“]/.test(text) ? text : `"${text}"`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
