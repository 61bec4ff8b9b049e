import type { StageStoreApi } from "../stage/stageStore";
import type { ChapterCard } from "../ui/chapterCard";
import { createFestivalReport } from "../ui/festivalReport";
import type { GameShell } from "../ui/gameShell";

/** What the report's buttons do; a replayed ending has no playthrough behind it, so no log or route map. */
export interface ReportActions {
  playAgain(campaign: string): void;
  title(): void;
  copyLog(): void;
  routeMap(opener: HTMLElement): void;
}

/**
 * The festival report, built in one place: whenever the stage shows a report (the end of a
 * playthrough, or an ending replayed from the gallery), it is drawn into the shell's report place
 * and takes the focus; when the stage leaves it, it goes.
 */
export function presentReports(
  stage: StageStoreApi,
  shell: GameShell,
  chapterCard: ChapterCard,
  actions: ReportActions,
): () => void {
  return stage.subscribe(
    (state) => (state.screen === "report" ? state.report : null),
    (report) => {
      if (!report) {
        shell.report.replaceChildren();
        return;
      }
      const campaign = report.data.manifest.id;
      const region = createFestivalReport(report.data, {
        playAgain: () => actions.playAgain(campaign),
        title: () => actions.title(),
        ...(report.replayed
          ? {}
          : { copyLog: () => actions.copyLog(), routeMap: (opener: HTMLElement) => actions.routeMap(opener) }),
      });
      chapterCard.hide();
      shell.report.replaceChildren(region);
      region.focus({ preventScroll: true });
    },
  );
}
