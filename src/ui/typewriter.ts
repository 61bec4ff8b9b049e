/**
 * Types a line out without touching the DOM while it types: the whole text is in the element from
 * the start (so a screen reader announces it once, whole, and tests read it whole) and a CSS Custom
 * Highlight paints the part not yet "typed" transparent. Browsers without highlights show the
 * line at once.
 */
const HIGHLIGHT_NAME = "typewriter-unrevealed";

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

function highlightRegistry(): { registry: HighlightRegistry; create: (range: Range) => unknown } | null {
  const css = globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined;
  const HighlightClass = (globalThis as unknown as { Highlight?: new (range: Range) => unknown }).Highlight;
  if (!css?.highlights || !HighlightClass) return null;
  return { registry: css.highlights, create: (range) => new HighlightClass(range) };
}

export interface Typing {
  /** Resolves when the line is fully shown (typed out or completed). */
  done: Promise<void>;
  complete(): void;
  readonly finished: boolean;
}

export function typeLine(textNode: Text, charactersPerSecond: number): Typing {
  const length = textNode.data.length;
  const highlights = highlightRegistry();
  let finished = false;
  let resolve: () => void = () => undefined;
  const done = new Promise<void>((settle) => {
    resolve = settle;
  });
  if (!highlights || !Number.isFinite(charactersPerSecond) || length === 0) {
    finished = true;
    resolve();
    return { done, complete: () => undefined, finished: true };
  }

  const range = document.createRange();
  range.setStart(textNode, 0);
  range.setEnd(textNode, length);
  highlights.registry.set(HIGHLIGHT_NAME, highlights.create(range));
  const started = performance.now();
  let frame = 0;

  const finish = () => {
    if (finished) return;
    finished = true;
    cancelAnimationFrame(frame);
    highlights.registry.delete(HIGHLIGHT_NAME);
    resolve();
  };
  const step = (now: number) => {
    // A frame's timestamp can precede `started` (it is when the frame began), hence the floor at 0.
    const shown = Math.max(0, Math.min(length, Math.floor(((now - started) / 1000) * charactersPerSecond)));
    if (shown >= length || !textNode.isConnected) return finish();
    range.setStart(textNode, shown);
    frame = requestAnimationFrame(step);
  };
  frame = requestAnimationFrame(step);

  return {
    done,
    complete: finish,
    get finished() {
      return finished;
    },
  };
}
