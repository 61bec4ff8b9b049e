import { linesToSkip, type SkipMode, skippedSummary } from "../engine/replay/skip";
import type { StoryChoice, StoryStep } from "../engine/storyRunner";
import type { Beat } from "../stage/gameSession";
import type { HistoryEntry } from "../stage/historyEntries";
import { createChoiceList } from "./choiceList";
import { button, element } from "./dom";
import { type Typing, typeLine } from "./typewriter";

/**
 * The story at the bottom of the screen: a live region the lines are added to one at a time,
 * each typed out, then the choices. A press (key, click, tap) completes the line being typed; a
 * second press starts the next at once instead of after the reading pause. A `# pause:` holds the
 * next line back for its seconds of silence, which a press also skips.
 */
export interface StoryPanelHooks {
  speakerName(speaker: string | null): string | null;
  /** Index of the speaker among the campaign's characters (for its colour), or -1. */
  speakerIndex(speaker: string | null): number;
  /** "Act II — The Transceiver hall" for an act and scene id. */
  chapterTitle(act: number, scene: string | null): string;
  /**
   * Characters per second now (Infinity: at once), the pause after a line, and whether the next
   * line follows by itself after that pause (auto-advance) or waits for a press.
   */
  timing(): { charactersPerSecond: number; pauseAfter(length: number): number; autoAdvance?: boolean };
  /** Whether a line was read in any playthrough, and what Skip passes over. */
  isSeen?(id: string): boolean;
  skipMode?(): SkipMode;
  /** A step is about to appear: stage it (a chapter title goes in before its line). */
  onStepStart(step: StoryStep): void;
  onChoicesShown(choices: readonly StoryChoice[]): void;
  /** Targets of options taken in earlier playthroughs, to mark them. */
  takenBefore?(): ReadonlySet<string>;
  onEnded(): void;
  onChoose(index: number): void;
}

export interface StoryPanel {
  element: HTMLElement;
  present(beat: Beat): void;
  /** Rebuild the log from the history at once (Continue, rewind, a story update), then offer the beat's choices. */
  restore(entries: readonly HistoryEntry[], beat: Beat): void;
  /** A key, click or tap: complete the line, or go on to the next. */
  advance(): void;
  /**
   * Skip: show at once every line up to the first unread one (or all, as the setting says) and
   * stop there or at the choices; one summary is announced for the block. Returns how many
   * lines it passed over.
   */
  skip(): number;
  /**
   * Ctrl held (Ren'Py's way): skip now, and again whenever read lines come up (after an unread line
   * is read, after a choice), until it is let go. It still stops at unread lines and choices.
   */
  holdSkip(held: boolean): void;
  addChapter(title: string): void;
  chooseNumber(position: number): boolean;
  focusChoices(): void;
  clear(): void;
  /** Let go of everything the panel set up (observer, listeners, timers): the game is put away. */
  dispose(): void;
}

/** Older lines leave the panel (History keeps them all) so a long game keeps the page light. */
const MAX_ENTRIES = 120;

export function createStoryPanel(hooks: StoryPanelHooks): StoryPanel {
  const log = element("div", {
    className: "story-log",
    attributes: { role: "log", "aria-live": "polite", "aria-label": "Story" },
  });
  const choices = createChoiceList((index) => hooks.onChoose(index));
  const panel = element("section", { className: "story-panel", attributes: { "aria-label": "Story panel" } });
  // Skip (also the Ctrl key): read lines go past at once, up to the first unread line or the choices.
  const skipButton = button("Skip", () => skip(), {
    className: "skip-button",
    attributes: { title: "Skip what you have read (Ctrl)", "aria-keyshortcuts": "Control" },
  });
  panel.append(element("div", { className: "story-tools", children: [skipButton] }), log, choices.element);

  let queue: StoryStep[] = [];
  /** The step whose `# pause:` has been kept (or skipped), so it is not kept twice. */
  let silenced: StoryStep | null = null;
  let beat: Beat | null = null;
  let typing: Typing | null = null;
  let pauseTimer: ReturnType<typeof setTimeout> | null = null;
  /** A typed line waits for a press (auto-advance is off). */
  let waiting = false;
  let generation = 0;
  let skipHeld = false;

  // Reading scrollHeight forces a layout: once per frame, not once per line.
  let scrollFrame = 0;
  const scrollToEnd = () => {
    if (scrollFrame) return;
    scrollFrame = requestAnimationFrame(() => {
      scrollFrame = 0;
      panel.scrollTop = panel.scrollHeight;
    });
  };
  // The newest line stays in view when the panel changes size (text size, a rotated phone), unless
  // the player has scrolled up to reread.
  let pinnedToEnd = true;
  const onScroll = () => {
    pinnedToEnd = panel.scrollHeight - panel.scrollTop - panel.clientHeight < 24;
  };
  panel.addEventListener("scroll", onScroll);
  const resizeObserver = new ResizeObserver(() => pinnedToEnd && scrollToEnd());
  resizeObserver.observe(log);
  const trim = () => {
    while (log.childElementCount > MAX_ENTRIES) log.firstElementChild?.remove();
  };
  const append = (node: HTMLElement) => {
    log.append(node);
    trim();
    scrollToEnd();
  };

  const lineElement = (speaker: string | null, content: string): { node: HTMLElement; text: Text } => {
    const name = hooks.speakerName(speaker);
    const text = document.createTextNode(content);
    const node = element("p", { className: name ? "line spoken" : "line narration" });
    if (name) {
      const index = hooks.speakerIndex(speaker);
      node.append(
        element("span", { className: `speaker${index >= 0 ? ` character-${index}` : ""}`, text: name }),
        element("span", { className: "visually-hidden", text: ": " }),
      );
    }
    node.append(element("span", { className: "text", children: [text] }));
    return { node, text };
  };
  const chosenElement = (content: string) =>
    element("p", {
      className: "line chosen",
      children: [
        element("span", { className: "visually-hidden", text: "You chose: " }),
        element("span", { className: "text", text: content }),
      ],
    });
  const chapterElement = (title: string) => element("h2", { className: "chapter", text: title });

  const finishBeat = (current: Beat) => {
    if (current.choices.length > 0) {
      choices.show(current.choices, hooks.takenBefore?.());
      scrollToEnd();
      hooks.onChoicesShown(current.choices);
    } else if (current.ended) {
      hooks.onEnded();
    }
  };

  /** Show steps until a line needs typing or a pause holds the next one back (or none are left). */
  const next = () => {
    const mine = generation;
    pauseTimer = null;
    waiting = false;
    typing = null;
    const current = beat;
    if (!current) return;
    for (;;) {
      if (skipHeld && current.kind === "play" && skippable() > 0) {
        skip();
        return;
      }
      const step = queue[0];
      if (!step) {
        beat = null;
        finishBeat(current);
        return;
      }
      const silence = current.kind === "play" ? (step.tags.pause ?? 0) * 1000 : 0;
      if (silence > 0 && silenced !== step) {
        // A beat of silence before this step; a press (advance) ends it early.
        silenced = step;
        pauseTimer = setTimeout(next, silence);
        return;
      }
      queue.shift();
      hooks.onStepStart(step);
      if (!step.line) continue;
      const line = step.line;
      const { node, text } = lineElement(line.speaker, line.text);
      append(node);
      const { charactersPerSecond, pauseAfter, autoAdvance = true } = hooks.timing();
      if (current.kind === "reshow") continue;
      if (!Number.isFinite(charactersPerSecond)) {
        if (autoAdvance || queue.length === 0) continue;
        waiting = true;
        return;
      }
      const started = typeLine(text, charactersPerSecond);
      typing = started;
      started.done.then(() => {
        if (mine !== generation || typing !== started) return;
        if (!autoAdvance && queue.length > 0) waiting = true;
        else pauseTimer = setTimeout(next, queue.length > 0 ? pauseAfter(line.text.length) : 0);
      });
      return;
    }
  };

  const stop = () => {
    generation += 1;
    typing?.complete();
    typing = null;
    if (pauseTimer) clearTimeout(pauseTimer);
    pauseTimer = null;
    waiting = false;
  };

  const skippable = () => linesToSkip(queue, (id) => hooks.isSeen?.(id) ?? false, hooks.skipMode?.() ?? "seen");

  const skip = (): number => {
    if (!beat) return 0;
    const mode = hooks.skipMode?.() ?? "seen";
    const count = skippable();
    // The line on screen is finished first; it was already announced.
    stop();
    if (count === 0) {
      next();
      return 0;
    }
    // The block goes in with the live region silenced; once the browser has taken that in (a
    // frame later), the region speaks again and the summary is the one thing it announces.
    log.setAttribute("aria-live", "off");
    let lines = 0;
    for (const step of queue.splice(0, count)) {
      hooks.onStepStart(step);
      if (!step.line) continue;
      const { node } = lineElement(step.line.speaker, step.line.text);
      node.classList.add("skipped");
      append(node);
      lines += 1;
    }
    const mine = generation;
    requestAnimationFrame(() => {
      log.setAttribute("aria-live", "polite");
      if (mine !== generation) return;
      if (lines > 0) append(element("p", { className: "skip-summary", text: skippedSummary(lines, mode) }));
      next();
    });
    return lines;
  };

  return {
    element: panel,
    present(nextBeat) {
      stop();
      choices.hide();
      if (nextBeat.chosen !== null) append(chosenElement(nextBeat.chosen));
      beat = nextBeat;
      queue = [...nextBeat.steps];
      next();
    },
    advance() {
      if (typing && !typing.finished) {
        typing.complete();
      } else if (pauseTimer) {
        clearTimeout(pauseTimer);
        next();
      } else if (waiting) {
        next();
      }
    },
    skip,
    holdSkip(held) {
      skipHeld = held;
      skipButton.classList.toggle("skipping", held);
      if (held) skip();
    },
    restore(entries, nextBeat) {
      stop();
      beat = null;
      queue = [];
      choices.hide();
      log.replaceChildren(
        ...entries
          .slice(-MAX_ENTRIES)
          .map((entry) =>
            entry.kind === "chapter"
              ? chapterElement(hooks.chapterTitle(entry.act, entry.scene))
              : entry.kind === "choice"
                ? chosenElement(entry.text)
                : lineElement(entry.speaker, entry.text).node,
          ),
      );
      scrollToEnd();
      finishBeat(nextBeat);
    },
    addChapter(title) {
      append(chapterElement(title));
    },
    chooseNumber: (position) => choices.chooseNumber(position),
    focusChoices: () => choices.focusGroup(),
    clear() {
      stop();
      skipHeld = false;
      skipButton.classList.remove("skipping");
      beat = null;
      queue = [];
      log.replaceChildren();
      choices.hide();
    },
    dispose() {
      this.clear();
      resizeObserver.disconnect();
      panel.removeEventListener("scroll", onScroll);
      if (scrollFrame) cancelAnimationFrame(scrollFrame);
      scrollFrame = 0;
      panel.remove();
    },
  };
}
