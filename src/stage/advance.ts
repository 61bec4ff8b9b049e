import type { Beat, GameSession } from "./gameSession";
import type { StageStoreApi } from "./stageStore";

/**
 * A choice taken, as Atrament's continueStory: the runner plays on to the next choice and hands out
 * its steps (their tags, staging and stance moves), and the stage takes the beat to show step by
 * step. Everything else follows the store: the story panel types the steps, the Phaser scenes and
 * the audio stage them, the replay recorder and the autosave scheduler note the choice.
 *
 * A story error mid-choice leaves the session back before the choice: the stage shows that turn
 * again, with its choices live, and the error goes on to the caller to explain.
 */
export function advance(session: GameSession, stage: StageStoreApi, choice: number): void {
  let beat: Beat;
  try {
    beat = session.choose(choice);
  } catch (error) {
    stage.getState().enterStory(session.manifest, session.currentBeat());
    throw error;
  }
  stage.getState().play(beat);
}
