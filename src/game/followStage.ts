import type * as Phaser from "phaser";
import { isCampaignId } from "../content/campaignCatalog";
import { type StageState, stageStore } from "../stage/stageStore";
import { paceDrawing } from "./drawPacing";
import { SceneKeys, STAGED_SCENES, type StagedSceneKey, sceneKeyForStage } from "./stageDirector";
import { followQuality } from "./visualQuality";

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
  // The city is drawn only as often as it moves (see drawPacing.ts).
  const pacing = paceDrawing(game);
  const stopQuality = followQuality(game, pacing);
  show(stageStore.getState());
  const unsubscribe = stageStore.subscribe(
    (stage) => `${sceneKeyForStage(stage, isCampaignId)}:${stage.campaign}`,
    () => show(stageStore.getState()),
  );
  game.events.once("destroy", unsubscribe);
  return () => {
    unsubscribe();
    pacing.stop();
    stopQuality();
  };
}
