import type * as Phaser from "phaser";
import { stageStore } from "../app/stageStore";
import { SceneKeys, type StagedSceneKey, sceneKeyForStage } from "./stageDirector";

/** Frames per second when the player asks for reduced motion. */
export const REDUCED_MOTION_FPS = 12;

const STAGED_SCENES: StagedSceneKey[] = [SceneKeys.title, SceneKeys.neoLumen, SceneKeys.neoUnity, SceneKeys.festival];

/**
 * Keeps exactly one staged scene running: the one the stage store's screen and campaign call for.
 * Each staged scene reads the rest of the store (place, mood, stances, speaker) itself.
 */
export function followStage(game: Phaser.Game): () => void {
  let current: StagedSceneKey | null = null;
  const show = (key: StagedSceneKey) => {
    if (key === current) return;
    current = key;
    for (const other of STAGED_SCENES) {
      if (other !== key && game.scene.isActive(other)) game.scene.stop(other);
    }
    game.scene.start(key);
  };
  // With reduced motion the city barely moves, so it need not be drawn sixty times a second:
  // a calmer picture for the player, and far less work for a slow device (or a GPU-less test browser).
  let limited: boolean | null = null;
  const pace = (reducedMotion: boolean) => {
    if (reducedMotion === limited) return;
    limited = reducedMotion;
    game.loop.setFPSLimit(reducedMotion ? REDUCED_MOTION_FPS : 0);
  };
  pace(stageStore.getState().reducedMotion);
  show(sceneKeyForStage(stageStore.getState()));
  const unsubscribe = stageStore.subscribe((stage) => {
    pace(stage.reducedMotion);
    show(sceneKeyForStage(stage));
  });
  game.events.once("destroy", unsubscribe);
  return unsubscribe;
}
