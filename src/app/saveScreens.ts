import { CAMPAIGN_IDS, findManifest, sceneName } from "../content/campaignCatalog";
import type { KeyValueStorage, SaveSlots, SlotId } from "../engine/saveSlots";
import type { GameSession } from "../stage/gameSession";
import { confirmDialog } from "../ui/alertDialogs";
import { describeSavePlace } from "../ui/formatting";
import type { Notices } from "../ui/notices";
import { openSaveSlots, type SlotSummary } from "../ui/saveSlotsView";
import { chapterSlot, isChapterSlot, slotKey } from "./savePeek";
import { readText } from "./storage";

interface SlotsContext {
  storage: KeyValueStorage | null;
  slots: SaveSlots;
  manualSlots: readonly SlotId[];
}

/** Load: every slot, the autosaves, chapter replays, previous games and saves kept aside among them. */
export function openLoad(context: SlotsContext, resume: (slot: SlotId) => void): void {
  openSaveSlots({
    mode: "load",
    slots: slotSummaries(context, true),
    onPick: (summary) => {
      if (summary.status === "ok" || summary.status === "damaged") resume(summary.slot);
    },
  });
}

/** Save: the manual slots, each asking before it replaces what it holds. */
export function openSave(context: SlotsContext, session: GameSession, notices: Notices): void {
  openSaveSlots({
    mode: "save",
    slots: slotSummaries(context, false),
    onPick: async (summary) => {
      if (summary.status === "ok" || summary.status === "damaged") {
        const overwrite = await confirmDialog({
          title: `Overwrite ${summary.label}?`,
          message:
            summary.status === "damaged"
              ? `${summary.label} holds a save that cannot be read. Saving here replaces it.`
              : `${summary.label} holds ${summary.description}. Saving here replaces it.`,
          confirm: "Overwrite",
        });
        if (!overwrite) return;
      }
      const result = session.saveToSlot(summary.slot);
      notices.show(result.ok ? `Saved in ${summary.label}.` : `Could not save: ${result.reason}.`);
    },
  });
}

function slotSummaries({ storage, slots, manualSlots }: SlotsContext, withAutosaves: boolean): SlotSummary[] {
  const ids: SlotId[] = [...manualSlots];
  if (withAutosaves) {
    ids.push(...CAMPAIGN_IDS.flatMap((id): SlotId[] => [`auto-${id}`, chapterSlot(id)]));
    // A game something replaced, and a save that could not be opened whole, while they are kept.
    ids.push(
      ...CAMPAIGN_IDS.flatMap((id): SlotId[] => [`previous-${id}`, `previous-chapter-${id}`, `kept-${id}`]).filter(
        (slot) => readText(storage, slotKey(slot)) !== null,
      ),
    );
  }
  return ids.flatMap((slot): SlotSummary[] => {
    const read = slots.read(slot);
    const chapter = isChapterSlot(slot);
    // A chapter replay's slot is listed only while it holds something.
    if (chapter && read.status === "empty") return [];
    const label = slotLabel(slot, chapter);
    if (read.status === "empty") return [{ slot, label, status: "empty", description: "" }];
    if (read.status === "damaged" || read.status === "unavailable")
      return [{ slot, label, status: read.status, description: read.reason }];
    const save = read.save;
    const manifest = findManifest(save.campaign);
    const description = describeSavePlace({
      campaignTitle: manifest?.title ?? save.campaign,
      act: save.staging.act,
      sceneName: manifest ? sceneName(manifest, save.staging.scene) : null,
      savedAt: save.savedAt,
    });
    return [{ slot, label, status: "ok", description }];
  });
}

function slotLabel(slot: SlotId, chapter: boolean): string {
  const campaignOf = (prefix: string) => findManifest(slot.slice(prefix.length))?.title ?? slot.slice(prefix.length);
  if (chapter) return `Chapter replay, ${campaignOf(chapterSlot(""))}`;
  if (slot.startsWith("auto-")) return `Autosave, ${campaignOf("auto-")}`;
  if (slot.startsWith("previous-chapter-")) return `Previous chapter replay, ${campaignOf("previous-chapter-")}`;
  if (slot.startsWith("previous-")) return `Previous game, ${campaignOf("previous-")}`;
  if (slot.startsWith("kept-")) return `Kept save, ${campaignOf("kept-")} (a save the game could not open whole)`;
  return `Slot ${slot}`;
}
