import type { Story } from "inkjs";
import type { SaveGame } from "./save";
import type { NudgeRecord } from "./stances";
import type { StoryRunner } from "./storyRunner";
import { STAGING_KEYS } from "./tags";

/**
 * How a save's claims are checked against its choice log, which is the truth: what the save says
 * about the story position, the stances, their history and the staging must be what replaying the
 * log produced. Each disagreement is named in words a player (or a curious hand-editor) can read.
 */

/** Knots and variables an ink state names that this story does not have: a state from another story. */
export function foreignStoryParts(inkState: string, story: Story): string[] {
  let state: { visitCounts?: unknown; variablesState?: unknown };
  try {
    state = JSON.parse(inkState) as typeof state;
  } catch {
    return []; // unreadable, not foreign: the comparison reports it
  }
  if (typeof state !== "object" || state === null) return [];
  const knots = new Set<string>();
  for (const path of objectKeys(state.visitCounts)) {
    const knot = path.split(".")[0] ?? "";
    if (knot !== "" && !/^\d+$/.test(knot) && !story.KnotContainerWithName(knot)) knots.add(knot);
  }
  const variables = objectKeys(state.variablesState).filter(
    (name) => !story.variablesState.GlobalVariableExistsWithName(name),
  );
  const named = [
    ...[...knots].map((knot) => `the knot "${knot}"`),
    ...variables.map((name) => `the variable "${name}"`),
  ];
  return named.length > 5 ? [...named.slice(0, 5), `${named.length - 5} more`] : named;
}

/** What the save claims that the replay of its own choices did not produce; empty when it is honest. */
export function disagreements(save: SaveGame, replay: StoryRunner): string[] {
  const found: string[] = [];
  if (!sameJson(save.inkState, replay.story.state.ToJson())) found.push("the story position");
  const stances = stanceDisagreement(save.stances.stances, replay.stances);
  if (stances) found.push(stances);
  if (!sameHistory(save.stances.history, replay.stanceHistory)) found.push("the stance history");
  const { staging } = replay;
  if (STAGING_KEYS.some((key) => save.staging[key] !== staging[key])) {
    found.push(
      `the act and scene (act ${save.staging.act ?? "none"} in the save, act ${staging.act ?? "none"} by its choices)`,
    );
  }
  return found;
}

/**
 * Whether a save's ink state, written by an earlier version of the story, stands where a replay of
 * its choices on this version stands: every knot and variable it names still exists, and the
 * variables, the visit counts and the options on offer are the same. Line text is not compared: an
 * edited line leaves the player where they were.
 */
export function sameProgress(inkState: string, replay: StoryRunner): boolean {
  if (foreignStoryParts(inkState, replay.story).length > 0) return false;
  try {
    const saved = JSON.parse(inkState) as InkStateParts;
    const now = JSON.parse(replay.story.state.ToJson()) as InkStateParts;
    return (
      JSON.stringify(saved.variablesState) === JSON.stringify(now.variablesState) &&
      JSON.stringify(sortedEntries(saved.visitCounts)) === JSON.stringify(sortedEntries(now.visitCounts)) &&
      JSON.stringify(offeredTargets(saved)) === JSON.stringify(offeredTargets(now))
    );
  } catch {
    return false;
  }
}

interface InkStateParts {
  variablesState?: unknown;
  visitCounts?: unknown;
  currentFlowName?: unknown;
  flows?: Record<string, { currentChoices?: { targetPath?: unknown }[] }>;
}

function sortedEntries(value: unknown): [string, unknown][] {
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function offeredTargets(state: InkStateParts): unknown[] {
  const flow = state.flows?.[String(state.currentFlowName)];
  return (flow?.currentChoices ?? []).map((choice) => choice.targetPath);
}

/**
 * Whether stances that disagree with the replay come from a change to the campaign's starting
 * stances (a balance change in campaign.json, which the story's hash does not cover) rather than
 * from an edit to the save: its history starts some character where the campaign no longer does,
 * and the position in the story is the replay's own.
 */
export function startsMoved(save: SaveGame, replay: StoryRunner, starts: Readonly<Record<string, number>>): boolean {
  if (!sameJson(save.inkState, replay.story.state.ToJson())) return false;
  const firstBefore = new Map<string, number>();
  for (const record of save.stances.history)
    if (!firstBefore.has(record.character)) firstBefore.set(record.character, record.before);
  return [...firstBefore].some(
    ([character, before]) => starts[character] !== undefined && starts[character] !== before,
  );
}

function stanceDisagreement(
  claimed: Record<string, number>,
  replayed: Readonly<Record<string, number>>,
): string | null {
  const missing = Object.keys(replayed).filter((id) => !Object.hasOwn(claimed, id));
  const unknown = Object.keys(claimed).filter((id) => !Object.hasOwn(replayed, id));
  const moved = Object.keys(replayed).filter((id) => Object.hasOwn(claimed, id) && claimed[id] !== replayed[id]);
  if (missing.length + unknown.length + moved.length === 0) return null;
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`leave out ${missing.join(", ")}`);
  if (unknown.length > 0) parts.push(`name unknown characters ${unknown.join(", ")}`);
  for (const id of moved) parts.push(`${id}: ${claimed[id]} in the save, ${replayed[id]} by its choices`);
  return `the stances (${parts.join("; ")})`;
}

function sameHistory(claimed: readonly NudgeRecord[], replayed: readonly NudgeRecord[]): boolean {
  return (
    claimed.length === replayed.length &&
    claimed.every((record, i) => {
      const other = replayed[i];
      return (
        other !== undefined &&
        record.character === other.character &&
        record.percent === other.percent &&
        record.before === other.before &&
        record.after === other.after &&
        record.knot === other.knot &&
        record.choice === other.choice &&
        record.turn === other.turn
      );
    })
  );
}

/** Equal as JSON values, whatever the spacing (a hand-edited file may be re-indented). */
function sameJson(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return JSON.stringify(JSON.parse(a)) === JSON.stringify(JSON.parse(b));
  } catch {
    return false;
  }
}

function objectKeys(value: unknown): string[] {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? Object.keys(value) : [];
}
