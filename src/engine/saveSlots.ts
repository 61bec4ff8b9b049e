import * as z from "zod/mini";
import { hashText } from "./hash";
import { parseSave, SaveError, type SaveGame, type SaveLineage } from "./save";
import { autosaveSlot, keptSlot, previousGameSlot, previousOf, SAVE_KEY_PREFIX } from "./saveKeys";

/**
 * Save slots over any key-value storage (the browser passes localStorage; tests pass a Map).
 * Every read is validated, every write guarded: a damaged slot is reported without touching the
 * others, and storage that throws (private mode, quota) is reported instead of stopping play.
 */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const MANUAL_SLOTS = ["1", "2", "3"] as const;
export type SlotId = `auto-${string}` | `previous-${string}` | `kept-${string}` | (typeof MANUAL_SLOTS)[number];

export type SlotRead =
  | { status: "empty"; slot: SlotId }
  | { status: "ok"; slot: SlotId; save: SaveGame }
  | { status: "damaged"; slot: SlotId; reason: string }
  /** The browser's storage itself cannot be read (some private modes, blocked cookies): no slot is at fault. */
  | { status: "unavailable"; slot: SlotId; reason: string };

export type WriteResult =
  | { ok: true }
  /** `superseded`: the slot no longer holds the save this writer last saw; another tab wrote since. */
  | { ok: false; reason: string; superseded?: boolean };

/**
 * What a slot holds, as a writer remembers it to check before its next write: the game and its
 * generation for a save that names them, a hash of the text for any other, null when empty.
 */
export type SlotStamp = string | null;

export const STORAGE_UNAVAILABLE = "storage is unavailable";

export { autosaveSlot, keptSlot, previousGameSlot, previousOf };

export class SaveSlots {
  constructor(private readonly storage: KeyValueStorage | null) {}

  read(slot: SlotId): SlotRead {
    let text: string | null;
    try {
      text = this.storage?.getItem(SAVE_KEY_PREFIX + slot) ?? null;
    } catch (error) {
      return { status: "unavailable", slot, reason: `${STORAGE_UNAVAILABLE} (${(error as Error).message})` };
    }
    if (text === null) return { status: "empty", slot };
    try {
      return { status: "ok", slot, save: parseSave(text) };
    } catch (error) {
      const reason =
        error instanceof SaveError ? error.message : `the save cannot be read (${(error as Error).message})`;
      return { status: "damaged", slot, reason };
    }
  }

  /** What the slot holds now, to pass back as `over` on the next write; undefined when storage cannot be read. */
  stamp(slot: SlotId): SlotStamp | undefined {
    let text: string | null;
    try {
      text = this.storage?.getItem(SAVE_KEY_PREFIX + slot) ?? null;
    } catch {
      return undefined;
    }
    return text === null ? null : stampOfText(text);
  }

  /**
   * Store a save. With `over`, only if the slot still holds what that stamp describes: a game
   * writes over its own last save, never over one another tab wrote since.
   */
  write(slot: SlotId, save: SaveGame, options: { over?: SlotStamp } = {}): WriteResult {
    if (!this.storage) return { ok: false, reason: "this browser offers no storage, so the game cannot be saved" };
    if (options.over !== undefined) {
      const now = this.stamp(slot);
      // An empty slot (the storage was cleared) holds no one's progress: writing there loses nothing.
      if (now !== undefined && now !== null && now !== options.over) {
        return {
          ok: false,
          superseded: true,
          reason:
            "another tab saved this game after this tab did, so this tab stopped autosaving to keep that tab's progress",
        };
      }
    }
    try {
      this.storage.setItem(SAVE_KEY_PREFIX + slot, JSON.stringify(save));
      return { ok: true };
    } catch (error) {
      const name = (error as Error).name;
      const reason =
        name === "QuotaExceededError"
          ? "the browser's storage is full"
          : `the browser refused to store the save (${(error as Error).message})`;
      return { ok: false, reason };
    }
  }

  remove(slot: SlotId): WriteResult {
    try {
      this.storage?.removeItem(SAVE_KEY_PREFIX + slot);
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: `the browser refused to delete the save (${(error as Error).message})` };
    }
  }

  /** Whether an autosave slot (the campaign's by default) holds a game worth asking about: a choice made, the end not reached. */
  gameInProgress(campaign: string, slot: SlotId = autosaveSlot(campaign)): boolean {
    const read = this.read(slot);
    if (read.status === "damaged") return true; // a damaged game may still be recovered: ask first
    return read.status === "ok" && read.save.choicesTaken.length > 0 && read.save.ended !== true;
  }

  /**
   * Copy an autosave slot (the campaign's by default), as it is, to its previous-game slot, before
   * something replaces it. When the copy cannot be written, the caller must not replace the game.
   */
  keepAsPrevious(campaign: string, slot: SlotId = autosaveSlot(campaign)): WriteResult {
    try {
      const text = this.storage?.getItem(SAVE_KEY_PREFIX + slot) ?? null;
      if (text === null) return { ok: true };
      this.storage?.setItem(SAVE_KEY_PREFIX + previousOf(slot), text);
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: copyFailure(error) };
    }
  }

  /** Keep a save the game could not open whole (its text as it was) in the campaign's kept slot. */
  keepUnopened(campaign: string, text: string): WriteResult {
    if (!this.storage) return { ok: false, reason: "this browser offers no storage" };
    try {
      this.storage.setItem(SAVE_KEY_PREFIX + keptSlot(campaign), text);
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: copyFailure(error) };
    }
  }
}

function copyFailure(error: unknown): string {
  return (error as Error).name === "QuotaExceededError"
    ? "the browser's storage is full"
    : `the browser refused to store it (${(error as Error).message})`;
}

export function lineageStamp(lineage: SaveLineage): SlotStamp {
  return `${lineage.playthrough}#${lineage.generation}`;
}

/** A save's lineage, read on its own: a save too old or too damaged to have one is known by its hash. */
const lineageSchema = z.object({ playthrough: z.string(), generation: z.catch(z.number(), 0) });

function stampOfText(text: string): SlotStamp {
  let data: unknown = null;
  try {
    data = JSON.parse(text);
  } catch {
    // not a save we can read: its hash stands for it
  }
  const lineage = lineageSchema.safeParse(data);
  return lineage.success ? lineageStamp(lineage.data) : `text:${hashText(text)}`;
}
