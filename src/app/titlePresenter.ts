import { CAMPAIGN_IDS, findManifest, manifestOf, sceneName } from "../content/campaignCatalog";
import type { KeyValueStorage } from "../engine/saveSlots";
import type { StageStoreApi } from "../stage/stageStore";
import { endingsCount } from "../ui/endingsGalleryView";
import { describeSavePlace } from "../ui/formatting";
import type { TitleScreen } from "../ui/titleScreen";
import type { ReplayRecords } from "./replayRecords";
import { type AutosavePeek, latestAutosavePeek } from "./savePeek";

/** "Neo-Lumen, Act II, The Transceiver hall, 3 Jun, 14:32": an autosave as the title and questions name it. */
export function describePeek(peek: AutosavePeek): string {
  const manifest = findManifest(peek.campaign);
  const campaignTitle = `${peek.chapter ? "Chapter replay, " : ""}${manifest?.title ?? peek.campaign}`;
  if (!peek.savedAt) return `${campaignTitle} (the save may be damaged)`;
  return describeSavePlace({
    campaignTitle,
    act: peek.act,
    sceneName: manifest ? sceneName(manifest, peek.scene) : null,
    savedAt: peek.savedAt,
  });
}

/**
 * The title screen's changing parts, brought up to date each time the stage shows the title: how
 * many endings each campaign has had, and what Continue goes on with.
 */
export function presentTitle(
  stage: StageStoreApi,
  title: TitleScreen,
  records: { storage: KeyValueStorage | null; replay: ReplayRecords },
): () => void {
  return stage.subscribe(
    // Each toTitle (even on the title, after a failed load) clears the stances to a new object.
    (state) => (state.screen === "title" ? state.stances : null),
    (onTitle) => {
      if (!onTitle) return;
      title.setEndingsCounts(
        Object.fromEntries(CAMPAIGN_IDS.map((id) => [id, endingsCount(manifestOf(id), records.replay.endingsOf(id))])),
      );
      const peek = latestAutosavePeek(records.storage, CAMPAIGN_IDS, { chapters: true });
      title.setContinue(peek ? describePeek(peek) : null);
    },
  );
}
