import { SAVE_KEY_PREFIX } from "../engine/saveKeys";
import type { KeyValueStorage, SlotId } from "../engine/saveSlots";
import { readText } from "./storage";

/**
 * What the title screen needs to know before the engine chunk has loaded: whether an autosave
 * exists, and which is the most recent. Nothing here validates; the engine does that when the
 * player presses Continue, and a damaged save then gets the recovery dialog. The key prefix is
 * SaveSlots' own, from a module light enough for the title.
 */
export function slotKey(slot: string): string {
  return SAVE_KEY_PREFIX + slot;
}

const CHAPTER_SLOT_PREFIX = "auto-chapter-";

/** A chapter replay autosaves here, never over the campaign's own autosave. */
export function chapterSlot(campaign: string): SlotId {
  return `${CHAPTER_SLOT_PREFIX}${campaign}` as SlotId;
}

export function isChapterSlot(slot: string): boolean {
  return slot.startsWith(CHAPTER_SLOT_PREFIX);
}

export interface AutosavePeek {
  campaign: string;
  slot: string;
  /** A chapter replay's own autosave, not the campaign's game. */
  chapter: boolean;
  /** Empty when the save is too damaged to tell. */
  savedAt: string;
  act: number | null;
  scene: string | null;
}

function peekFields(text: string): { savedAt: string; act: number | null; scene: string | null } {
  try {
    const data = JSON.parse(text) as { savedAt?: unknown; staging?: { act?: unknown; scene?: unknown } };
    return {
      savedAt: typeof data.savedAt === "string" ? data.savedAt : "",
      act: typeof data.staging?.act === "number" ? data.staging.act : null,
      scene: typeof data.staging?.scene === "string" ? data.staging.scene : null,
    };
  } catch {
    return { savedAt: "", act: null, scene: null };
  }
}

/**
 * The most recent autosave of these campaigns, damaged or not, or null when there is none. With
 * `chapters`, a chapter replay's autosave counts too (Continue resumes the latest game, whichever
 * it is); without, only the campaigns' own games (the new-game question is about those).
 */
export function latestAutosavePeek(
  storage: KeyValueStorage | null,
  campaigns: readonly string[],
  options: { chapters?: boolean } = {},
): AutosavePeek | null {
  let latest: AutosavePeek | null = null;
  for (const campaign of campaigns) {
    const slots = options.chapters ? [`auto-${campaign}`, chapterSlot(campaign)] : [`auto-${campaign}`];
    for (const slot of slots) {
      const text = readText(storage, slotKey(slot));
      if (text === null) continue;
      const peek = { campaign, slot, chapter: isChapterSlot(slot), ...peekFields(text) };
      if (!latest || peek.savedAt > latest.savedAt) latest = peek;
    }
  }
  return latest;
}
