/**
 * Starts the Phaser stage behind the overlay. It loads on its own, after the title is on screen,
 * so a slow or failing canvas never keeps the player from the story; a failure is logged once.
 * Found with import.meta.glob so the app builds even while src/game is being written.
 */
interface GameModule {
  startGame(parent: HTMLElement): { events: { once(event: string, listener: () => void): unknown } };
}

/** The performance mark set when the canvas has drawn its first frame (the bundle budget ends there). */
export const FIRST_CANVAS_FRAME_MARK = "first-canvas-frame";

const gameModules = import.meta.glob<GameModule>("../game/main.ts");

/**
 * Resolves once the canvas has drawn its first frame (Phaser's "postrender"), or at once when there
 * is no stage or it failed: what the title does not need waits for it, so it never competes with it.
 */
export function startStage(parent: HTMLElement | null): Promise<void> {
  const load = gameModules["../game/main.ts"];
  if (!parent || !load) return Promise.resolve();
  return load()
    .then(
      (module) =>
        new Promise<void>((resolve) => {
          module.startGame(parent).events.once("postrender", () => {
            performance.mark(FIRST_CANVAS_FRAME_MARK);
            resolve();
          });
        }),
    )
    .catch((error: unknown) => {
      console.warn("The city could not be drawn; the story goes on without it.", error);
    });
}
