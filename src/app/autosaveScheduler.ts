import type { StageStoreApi } from "../stage/stageStore";

/**
 * Writing a save (serialising the ink state, a synchronous localStorage write) costs more than
 * showing the next line, so after each choice the autosave runs right after that line is painted.
 * Leaving the page, or the game, flushes a save still waiting.
 */
export class AutosaveScheduler {
  private pending = false;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly write: () => void,
    stage: StageStoreApi,
  ) {
    this.unsubscribe = stage.subscribe(
      (state) => state.beat,
      (beat) => {
        if (beat?.kind === "play" && beat.chosen !== null) this.schedule();
      },
    );
  }

  private schedule(): void {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => setTimeout(this.flush, 0));
    window.addEventListener("pagehide", this.flush);
  }

  readonly flush = (): void => {
    window.removeEventListener("pagehide", this.flush);
    if (!this.pending) return;
    this.pending = false;
    this.write();
  };

  /** The game is put away: its last save is written, and no choice schedules another. */
  dispose(): void {
    this.unsubscribe();
    this.flush();
  }
}
