import type { CampaignManifest } from "../engine/campaign";
import type { ChapterSnapshot } from "../engine/replay/chapterSnapshots";
import { nudgesOf, type ReachedEnding } from "../engine/replay/endingsGallery";
import type { FestivalReportData } from "../stage/gameSession";
import { createChaptersView } from "../ui/chaptersView";
import { button, element } from "../ui/dom";
import { createEndingsGallery } from "../ui/endingsGalleryView";
import { type Modal, openModal } from "../ui/modal";
import type { ReplayRecords } from "./replayRecords";

/**
 * The title's replay screens: the endings gallery, the chapters, and an ending replayed from the
 * gallery (its festival staging and report, drawn from what the gallery kept of that run).
 */
export interface ReplayContext {
  campaigns: readonly CampaignManifest[];
  replay: ReplayRecords;
  chapterTitle(manifest: CampaignManifest, act: number, scene: string | null): string;
}

/** Escape and the backdrop close a dialog too; a visible Close is for everyone else. */
export function closeButton(modal: Modal): HTMLElement {
  return element("div", {
    className: "dialog-actions",
    children: [button("Close", () => modal.close(), { className: "primary" })],
  });
}

export function openEndings(
  context: ReplayContext,
  opener: HTMLElement,
  replay: (ending: ReachedEnding, manifest: CampaignManifest) => void,
): void {
  const modal = openModal({ title: "Endings", className: "endings-dialog", fallbackFocus: () => opener });
  const campaigns = context.campaigns.map((manifest) => ({ manifest, reached: context.replay.endingsOf(manifest.id) }));
  modal.body.append(
    createEndingsGallery(campaigns, (ending, manifest) => {
      modal.close();
      replay(ending, manifest);
    }),
    closeButton(modal),
  );
}

export function openChapters(
  context: ReplayContext,
  opener: HTMLElement,
  start: (manifest: CampaignManifest, snapshot: ChapterSnapshot) => void,
): void {
  const modal = openModal({ title: "Chapters", className: "chapters-dialog", fallbackFocus: () => opener });
  const campaigns = context.campaigns.map((manifest) => ({
    manifest,
    chapters: context.replay.chaptersOf(manifest.id),
    title: (snapshot: ChapterSnapshot) => context.chapterTitle(manifest, snapshot.act, snapshot.scene),
  }));
  modal.body.append(
    createChaptersView(campaigns, (manifest, snapshot) => {
      modal.close();
      start(manifest, snapshot);
    }),
    closeButton(modal),
  );
}

/** A reached ending, as the report shows it again: what the gallery kept of that run. */
export function replayedEndingReport(ending: ReachedEnding, manifest: CampaignManifest): FestivalReportData {
  return {
    manifest,
    outcome: manifest.outcomes.find((entry) => entry.id === ending.outcome) ?? null,
    startingStances: ending.startingStances,
    finalStances: ending.finalStances,
    history: nudgesOf(ending.history),
    turns: ending.turns,
  };
}
