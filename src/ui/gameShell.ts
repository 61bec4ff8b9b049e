import { button, element } from "./dom";
import type { Notices } from "./notices";

/**
 * The overlay's fixed places, in reading order: the title, the menu button (top left), the
 * stances (top right), the story (bottom centre), the festival report, and the notices.
 * Screens show and hide them; their content is built by the views.
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
