import type { Settings } from "../stage/settings";

/** Settings that change the whole page are classes and attributes on <html>; styles.css does the rest. */
export function applyDocumentSettings(settings: Settings, root: HTMLElement = document.documentElement): void {
  root.classList.toggle("reduced-motion", settings.reducedMotion);
  root.classList.toggle("high-contrast", settings.highContrast);
  root.dataset.textSize = settings.textSize;
}
