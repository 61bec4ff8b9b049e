import type { Screen, StageStoreApi } from "../stage/stageStore";
import { button, element } from "./dom";
import type { Notices } from "./notices";

/**
 * The overlay's fixed places, in reading order: the title, the menu button (top left), the
 * stances (top right), the story (bottom centre), the festival report, and the notices.
 * Which of them show follows the stage store's screen (`showScreens`, the one place that hides
 * them); their content is built by the views.
 */
export interface GameShell {
  title: HTMLElement;
  menuButton: HTMLButtonElement;
  stances: HTMLElement;
  story: HTMLElement;
  report: HTMLElement;
  boot: HTMLElement;
}

export function createGameShell(
  root: HTMLElement,
  notices: Notices,
  chapterCard: HTMLElement,
  onMenu: () => void,
): GameShell {
  const boot = element("p", {
    className: "boot-message",
    text: "Loading Dreamers of 2145…",
    attributes: { role: "status" },
  });
  const title = element("div", { className: "screen title-host" });
  const menuButton = button("", onMenu, {
    className: "menu-button",
    attributes: { "aria-label": "Menu", "aria-haspopup": "dialog", title: "Menu (Esc)" },
    children: [element("span", { className: "menu-icon", attributes: { "aria-hidden": "true" } })],
  });
  const stances = element("div", { className: "stances-host" });
  const story = element("div", { className: "story-host" });
  const report = element("div", { className: "report-host" });
  for (const part of [title, menuButton, stances, story, report]) part.hidden = true;
  root.replaceChildren(boot, title, menuButton, stances, story, report, chapterCard, notices.element);
  return { title, menuButton, stances, story, report, boot };
}

/** The places each screen shows; the menu button also waits for a game behind the report. */
const PLACES: Record<Screen, readonly (keyof GameShell)[]> = {
  boot: ["boot"],
  title: ["title"],
  story: ["story", "stances", "menuButton"],
  report: ["report", "menuButton"],
};

/**
 * Show the store's screen, now and whenever it changes. A focus left on a place that hides lets go
 * (a hidden title button would still take a Space or Enter meant for the story, and press it).
 */
export function showScreens(shell: GameShell, stage: StageStoreApi): () => void {
  return stage.subscribe(
    (state) => [state.screen, state.report?.replayed === true] as const,
    ([screen, replayedEnding]) => {
      const shown = new Set<keyof GameShell>(PLACES[screen]);
      if (replayedEnding) shown.delete("menuButton");
      for (const place of Object.keys(shell) as (keyof GameShell)[]) {
        const hidden = !shown.has(place);
        shell[place].hidden = hidden;
        const focused = document.activeElement;
        if (hidden && focused instanceof HTMLElement && shell[place].contains(focused)) focused.blur();
      }
    },
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1], fireImmediately: true },
  );
}
