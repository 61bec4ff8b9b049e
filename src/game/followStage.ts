import type * as Phaser from "phaser";
import { isCampaignId } from "../app/campaignCatalog";
import { type StageState, stageStore } from "../app/stageStore";
import { SceneKeys, STAGED_SCENES, type StagedSceneKey, sceneKeyForStage } from "./stageDirector";

/** Frames per second when the player asks for reduced motion. */
export const REDUCED_MOTION_FPS = 12;

/** What a staged scene is started with: the campaign it stages (null for the title). */
export interface StagedSceneData {
  campaign: string | null;
}

/**
 * Keeps exactly one staged scene running: the one the stage store's screen and campaign call for,
 * started with that campaign. Each staged scene reads the rest of the store (place, mood,
 * stances, speaker) itself.
 */
export function followStage(game: Phaser.Game): () => void {
  let current: string | null = null;
  const show = (stage: StageState) => {
    const key: StagedSceneKey = sceneKeyForStage(stage, isCampaignId);
    const data: StagedSceneData = { campaign: key === SceneKeys.title ? null : stage.campaign };
    const wanted = `${key}:${data.campaign}`;
    if (wanted === current) return;
    current = wanted;
    for (const other of STAGED_SCENES) {
      if (other !== key && game.scene.isActive(other)) game.scene.stop(other);
    }
    game.scene.start(key, data);
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
  show(stageStore.getState());
  const unsubscribe = stageStore.subscribe((stage) => {
    pace(stage.reducedMotion);
    show(stage);
  });
  game.events.once("destroy", unsubscribe);
  return unsubscribe;
}
