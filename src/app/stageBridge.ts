/**
 * Starts the Phaser stage behind the overlay. It loads on its own, after the title is on screen,
 * so a slow or failing canvas never keeps the player from the story; a failure is logged once.
 * Found with import.meta.glob so the app builds even while src/game is being written.
 */
interface GameModule {
  startGame(parent: HTMLElement): unknown;
}

const gameModules = import.meta.glob<GameModule>("../game/main.ts");

export function startStage(parent: HTMLElement | null): void {
  const load = gameModules["../game/main.ts"];
  if (!parent || !load) return;
  load()
    .then((module) => module.startGame(parent))
    .catch((error: unknown) => {
      console.warn("The city could not be drawn; the story goes on without it.", error);
    });
}
