import * as z from "zod/mini";
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

const CHAPTER_SLOT_PREFIX = "auto-chapter-" as const;

/** A chapter replay autosaves here, never over the campaign's own autosave. */
export function chapterSlot(campaign: string): SlotId {
  return `${CHAPTER_SLOT_PREFIX}${campaign}`;
}

export function isChapterSlot(slot: string): boolean {
  return slot.startsWith(CHAPTER_SLOT_PREFIX);
}

export interface AutosavePeek {
  campaign: string;
  slot: SlotId;
  /** A chapter replay's own autosave, not the campaign's game. */
  chapter: boolean;
  /** Empty when the save is too damaged to tell. */
  savedAt: string;
  act: number | null;
  scene: string | null;
}

/** What the title shows of a save, each field read on its own: a damaged one leaves only that field empty. */
const peekSchema = z.object({
  savedAt: z.catch(z.string(), ""),
  staging: z.catch(
    z.object({ act: z.catch(z.nullable(z.number()), null), scene: z.catch(z.nullable(z.string()), null) }),
    { act: null, scene: null },
  ),
});

function peekFields(text: string): { savedAt: string; act: number | null; scene: string | null } {
  let data: unknown = null;
  try {
    data = JSON.parse(text);
  } catch {
    // too damaged to tell anything: every field empty
  }
  const peek = peekSchema.safeParse(data);
  if (!peek.success) return { savedAt: "", act: null, scene: null };
  return { savedAt: peek.data.savedAt, act: peek.data.staging.act, scene: peek.data.staging.scene };
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
    const slots: SlotId[] = options.chapters ? [`auto-${campaign}`, chapterSlot(campaign)] : [`auto-${campaign}`];
    for (const slot of slots) {
      const text = readText(storage, slotKey(slot));
      if (text === null) continue;
      const peek = { campaign, slot, chapter: isChapterSlot(slot), ...peekFields(text) };
      if (!latest || peek.savedAt > latest.savedAt) latest = peek;
    }
  }
  return latest;
}
