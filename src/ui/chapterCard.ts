import { element } from "./dom";

/**
 * The act title shown large for a moment as an act begins. It is decoration (aria-hidden): the
 * same title goes into the story log as a heading, where a screen reader meets it in order.
 */
export interface ChapterCard {
  element: HTMLElement;
  show(title: string): void;
  hide(): void;
}

const SHOWN_MS = 2600;

export function createChapterCard(): ChapterCard {
  const text = element("p", { className: "chapter-card-title" });
  const card = element("div", { className: "chapter-card", attributes: { "aria-hidden": "true" }, children: [text] });
  card.hidden = true;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const hide = () => {
    card.hidden = true;
    card.classList.remove("showing");
  };
  return {
    element: card,
    show(title) {
      text.textContent = title;
      card.hidden = false;
      // Restart the fade even when two acts follow each other quickly.
      card.classList.remove("showing");
      void card.offsetWidth;
      card.classList.add("showing");
      if (timer) clearTimeout(timer);
      timer = setTimeout(hide, SHOWN_MS);
    },
    hide,
  };
}
