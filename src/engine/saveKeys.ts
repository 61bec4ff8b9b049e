/**
 * Every save slot is a localStorage key under this prefix. A module of its own, with no imports,
 * so the title screen can peek at the saves without loading the engine.
 */
export const SAVE_KEY_PREFIX = "dreamers-of-2145/save/";

/** The game in progress that a new game, an import or a load replaced, kept until the next one is. */
export function previousGameSlot(campaign: string): `previous-${string}` {
  return `previous-${campaign}`;
}

/** Where an autosave slot's game goes when something replaces it: `auto-x` to `previous-x`. */
export function previousOf(slot: string): `previous-${string}` {
  return `previous-${slot.replace(/^auto-/, "")}`;
}

/**
 * A save the game could not open whole (damaged, or from a story it now reaches only part of),
 * kept aside as it was before anything replaced it: one per campaign, in Load, until the player
 * deletes it or another takes its place.
 */
export function keptSlot(campaign: string): `kept-${string}` {
  return `kept-${campaign}`;
}

export function autosaveSlot(campaign: string): `auto-${string}` {
  return `auto-${campaign}`;
}
