import { stageStore } from "../stage/stageStore";
import { isInteractive } from "../ui/dom";
import { anyModalOpen } from "../ui/modal";
import type { PlayController } from "./playController";

/** Where keys and clicks go: the game on screen (if any), the menu, and the audio's unlock. */
export interface InputTargets {
  play(): PlayController | null;
  toggleMenu(): void;
  unlockAudio(): void;
}

/**
 * The keyboard and the pointer, routed by the screen the stage shows. The first press unlocks
 * audio; Escape opens the menu (an open dialog closes itself); number keys take a choice; held
 * Ctrl skips read lines; any other key, or a click outside a control, moves the story on.
 */
export function routeInput(targets: InputTargets): void {
  const unlock = () => {
    targets.unlockAudio();
    document.removeEventListener("pointerdown", unlock, true);
    document.removeEventListener("keydown", unlock, true);
  };
  document.addEventListener("pointerdown", unlock, true);
  document.addEventListener("keydown", unlock, true);
  document.addEventListener("keydown", (event) => keyPressed(event, targets));
  // Ctrl skips while it is held: letting go stops, and so does leaving the window (no keyup comes then).
  document.addEventListener("keyup", (event) => event.key === "Control" && targets.play()?.holdSkip(false));
  window.addEventListener("blur", () => targets.play()?.holdSkip(false));
  document.addEventListener("click", (event) => {
    if (stageStore.getState().screen !== "story" || anyModalOpen() || isInteractive(event.target)) return;
    targets.play()?.advance();
  });
}

function keyPressed(event: KeyboardEvent, targets: InputTargets): void {
  const screen = stageStore.getState().screen;
  if (event.key === "Escape") {
    // An open dialog closes itself (the browser's own Escape); otherwise Escape opens the menu.
    if (anyModalOpen() || (screen !== "story" && screen !== "report")) return;
    event.preventDefault();
    targets.toggleMenu();
    return;
  }
  if (screen !== "story" || anyModalOpen()) return;
  const play = targets.play();
  if (!play) return;
  // Ctrl on its own skips for as long as it is held, as in Ren'Py. Tab stays the key that moves
  // focus: Ren'Py's Tab toggles a skip that stops where this one does, so it would add nothing here
  // but take keyboard players' way around the page.
  if (event.key === "Control" && !event.repeat && !event.altKey && !event.metaKey && !event.shiftKey) {
    play.holdSkip(true);
    return;
  }
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  if (/^[1-9]$/.test(event.key)) {
    if (play.chooseNumber(Number(event.key))) event.preventDefault();
    return;
  }
  if (NAVIGATION_KEYS.has(event.key)) return;
  // Enter and Space on a focused button press that button; elsewhere any key moves the story on.
  if (isInteractive(event.target) && (event.key === "Enter" || event.key === " ")) return;
  if (event.key === " ") event.preventDefault();
  play.advance();
}

const NAVIGATION_KEYS = new Set([
  "Tab",
  "Shift",
  "Control",
  "Alt",
  "Meta",
  "CapsLock",
  "ArrowUp",
  "ArrowDown",
  "ArrowLeft",
  "ArrowRight",
  "Home",
  "End",
  "PageUp",
  "PageDown",
  "ContextMenu",
]);
