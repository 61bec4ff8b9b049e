import type * as Phaser from "phaser";
import { stageStore } from "../app/stageStore";
import { paceDrawing } from "./drawPacing";
import { SceneKeys, type StagedSceneKey, sceneKeyForStage } from "./stageDirector";
import { followQuality } from "./visualQuality";

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
  // The city is drawn only as often as it moves (see drawPacing.ts).
  const pacing = paceDrawing(game);
  const stopQuality = followQuality(game, pacing);
  show(sceneKeyForStage(stageStore.getState()));
  const unsubscribe = stageStore.subscribe((stage) => show(sceneKeyForStage(stage)));
  game.events.once("destroy", unsubscribe);
  return () => {
    unsubscribe();
    pacing.stop();
    stopQuality();
  };
}
