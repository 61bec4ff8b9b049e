import { linesToSkip, type SkipMode, skippedSummary } from "../engine/replay/skip";
import type { StoryChoice, StoryStep } from "../engine/storyRunner";
import { silenceBefore } from "../engine/tags";
import type { Beat } from "../stage/gameSession";
import type { HistoryEntry } from "../stage/historyEntries";
import { newActAt, type StageStoreApi } from "../stage/stageStore";
import { markCharacter } from "./campaignStyle";
import { createChoiceList } from "./choiceList";
import { button, element } from "./dom";
import { type Typing, typeLine } from "./typewriter";

/**
 * The story at the bottom of the screen: a live region showing the stage's shown steps, each line
 * typed out, then the choices. It renders what the store says is shown; its clock is one more
 * input, which calls the store's `showNext` when a line has been typed and read. A press (key,
 * click, tap) completes the line being typed; a second press shows the next at once instead of
 * after the reading pause. A `# pause:` holds the next line back for its seconds of silence, which
 * a press also skips.
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
  onChoicesShown(choices: readonly StoryChoice[]): void;
  /** Targets of options taken in earlier playthroughs, to mark them. */
  takenBefore?(): ReadonlySet<string>;
  onEnded(): void;
  onChoose(index: number): void;
}

export interface StoryPanel {
  element: HTMLElement;
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
  chooseNumber(position: number): boolean;
  focusChoices(): void;
  /** Let go of everything the panel set up (subscription, observer, listeners, timers): the game is put away. */
  dispose(): void;
}

/** Older lines leave the panel (History keeps them all) so a long game keeps the page light. */
const MAX_ENTRIES = 120;

export function createStoryPanel(stage: StageStoreApi, hooks: StoryPanelHooks): StoryPanel {
  const log = element("div", {
    className: "story-log",
    attributes: { role: "log", "aria-live": "polite", "aria-label": "Story" },
  });
  const choices = createChoiceList((index) => hooks.onChoose(index));
  const panel = element("section", { className: "story-panel", attributes: { "aria-label": "Story panel" } });
  // Skip (also the Ctrl key): read lines go past at once, up to the first unread line or the choices.
  const onSkip = () => skip();
  const skipButton = button("Skip", onSkip, {
    className: "skip-button",
    attributes: { title: "Skip what you have read (Ctrl)", "aria-keyshortcuts": "Control" },
  });
  panel.append(element("div", { className: "story-tools", children: [skipButton] }), log, choices.element);

  /** The step whose `# pause:` has been kept (or skipped), so it is not kept twice. */
  let silenced: StoryStep | null = null;
  let typing: Typing | null = null;
  let pauseTimer: ReturnType<typeof setTimeout> | null = null;
  /** A typed line waits for a press (auto-advance is off). */
  let waiting = false;
  /** The beat whose choices (or end) have been offered. */
  let finished: Beat | null = null;
  /** Steps being shown by Skip: they go in at once, marked as skipped. */
  let skipping = false;
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
        markCharacter(element("span", { className: "speaker", text: name }), index),
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
  const entryElement = (entry: HistoryEntry) =>
    entry.kind === "chapter"
      ? chapterElement(hooks.chapterTitle(entry.act, entry.scene))
      : entry.kind === "choice"
        ? chosenElement(entry.text)
        : lineElement(entry.speaker, entry.text).node;

  const stop = () => {
    generation += 1;
    typing?.complete();
    typing = null;
    if (pauseTimer) clearTimeout(pauseTimer);
    pauseTimer = null;
    waiting = false;
  };

  /** After the store's listeners have all run: an action is never called from inside one. */
  const soon = (then: () => void) => {
    const mine = generation;
    queueMicrotask(() => mine === generation && then());
  };

  /** Offer the beat's choices, or say it ended: once, when all its steps are shown and read. */
  const finish = (beat: Beat) => {
    if (finished === beat) return;
    finished = beat;
    if (beat.choices.length > 0) {
      choices.show(beat.choices, hooks.takenBefore?.());
      scrollToEnd();
      hooks.onChoicesShown(beat.choices);
    } else if (beat.ended) {
      hooks.onEnded();
    }
  };

  const remaining = () => {
    const { beat, shown } = stage.getState();
    return beat ? beat.steps.slice(shown) : [];
  };
  const skippable = () => linesToSkip(remaining(), (id) => hooks.isSeen?.(id) ?? false, hooks.skipMode?.() ?? "seen");

  /** The clock: the line on screen has been read; show the next step, or wait out its pause. */
  const tick = () => {
    pauseTimer = null;
    waiting = false;
    typing = null;
    const { beat, shown } = stage.getState();
    if (!beat) return;
    if (shown >= beat.steps.length) {
      finish(beat);
      return;
    }
    if (skipHeld && beat.kind === "play" && skippable() > 0) {
      skip();
      return;
    }
    const step = beat.steps[shown];
    const silence = beat.kind === "play" && step ? silenceBefore(step.tags) : 0;
    if (step && silence > 0 && silenced !== step) {
      // A beat of silence before this step; a press (advance) ends it early.
      silenced = step;
      pauseTimer = setTimeout(tick, silence);
      return;
    }
    stage.getState().showNext();
  };

  /** A step the store now shows: its chapter heading (at a new act), then its line, typed. */
  const showStep = (beat: Beat, index: number) => {
    const step = beat.steps[index];
    if (!step) return;
    const act = newActAt(beat, index);
    if (act !== null) append(chapterElement(hooks.chapterTitle(act, step.staging.scene)));
    const line = step.line;
    if (!line) {
      soon(tick);
      return;
    }
    const { node, text } = lineElement(line.speaker, line.text);
    append(node);
    const { charactersPerSecond, pauseAfter, autoAdvance = true } = hooks.timing();
    const more = index + 1 < beat.steps.length;
    if (!Number.isFinite(charactersPerSecond)) {
      if (autoAdvance || !more) soon(tick);
      else waiting = true;
      return;
    }
    const mine = generation;
    const started = typeLine(text, charactersPerSecond);
    typing = started;
    started.done.then(() => {
      if (mine !== generation || typing !== started) return;
      if (!autoAdvance && more) waiting = true;
      else pauseTimer = setTimeout(tick, more ? pauseAfter(line.text.length) : 0);
    });
  };

  /** Steps shown at once by Skip: in they go, marked, with no typing. */
  const showSkipped = (beat: Beat, from: number, to: number): number => {
    let lines = 0;
    for (let index = from; index < to; index += 1) {
      const step = beat.steps[index];
      const act = newActAt(beat, index);
      if (act !== null && step) append(chapterElement(hooks.chapterTitle(act, step.staging.scene)));
      if (!step?.line) continue;
      const { node } = lineElement(step.line.speaker, step.line.text);
      node.classList.add("skipped");
      append(node);
      lines += 1;
    }
    return lines;
  };

  /** A new beat: after a choice, its chosen line and then its steps one by one; a reshow, the whole log at once. */
  const begin = (beat: Beat | null) => {
    stop();
    choices.hide();
    finished = null;
    if (!beat) {
      log.replaceChildren();
      return;
    }
    if (beat.kind === "reshow") {
      log.replaceChildren(...beat.log.slice(-MAX_ENTRIES).map(entryElement));
      scrollToEnd();
      finish(beat);
      return;
    }
    if (beat.chosen === null) log.replaceChildren();
    else append(chosenElement(beat.chosen));
    soon(tick);
  };

  let skippedLines = 0;
  const unsubscribe = stage.subscribe(
    (state) => [state.beat, state.shown] as const,
    ([beat, shown], [previousBeat, previousShown]) => {
      if (beat !== previousBeat) return begin(beat);
      if (!beat || shown <= previousShown) return;
      if (skipping) skippedLines += showSkipped(beat, previousShown, shown);
      else for (let index = previousShown; index < shown; index += 1) showStep(beat, index);
    },
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
  );

  const skip = (): number => {
    const { beat } = stage.getState();
    if (beat?.kind !== "play") return 0;
    const mode = hooks.skipMode?.() ?? "seen";
    const count = skippable();
    // The line on screen is finished first; it was already announced.
    stop();
    if (count === 0) {
      tick();
      return 0;
    }
    // The block goes in with the live region silenced; once the browser has taken that in (a
    // frame later), the region speaks again and the summary is the one thing it announces.
    log.setAttribute("aria-live", "off");
    skippedLines = 0;
    skipping = true;
    try {
      stage.getState().showNext(count);
    } finally {
      skipping = false;
    }
    const lines = skippedLines;
    const mine = generation;
    requestAnimationFrame(() => {
      log.setAttribute("aria-live", "polite");
      if (mine !== generation) return;
      if (lines > 0) append(element("p", { className: "skip-summary", text: skippedSummary(lines, mode) }));
      tick();
    });
    return lines;
  };

  return {
    element: panel,
    advance() {
      if (typing && !typing.finished) {
        typing.complete();
      } else if (pauseTimer) {
        clearTimeout(pauseTimer);
        tick();
      } else if (waiting) {
        tick();
      }
    },
    skip,
    holdSkip(held) {
      skipHeld = held;
      skipButton.classList.toggle("skipping", held);
      if (held) skip();
    },
    chooseNumber: (position) => choices.chooseNumber(position),
    focusChoices: () => choices.focusGroup(),
    dispose() {
      unsubscribe();
      stop();
      skipHeld = false;
      skipButton.classList.remove("skipping");
      // The choices group's keydown listener and Skip's click listener would hold the disposed panel.
      choices.dispose();
      skipButton.removeEventListener("click", onSkip);
      resizeObserver.disconnect();
      panel.removeEventListener("scroll", onScroll);
      if (scrollFrame) cancelAnimationFrame(scrollFrame);
      scrollFrame = 0;
      panel.remove();
    },
  };
}
