import type { StageState } from "../stage/stageStore";

/** Scene keys, named after what the player sees. */
export const SceneKeys = {
  boot: "Boot",
  preloader: "Preloader",
  title: "Title",
  city: "City",
  festival: "Festival",
} as const;

export type StagedSceneKey = typeof SceneKeys.title | typeof SceneKeys.city | typeof SceneKeys.festival;

/** The scenes that stage a moment of the game; exactly one of them runs at a time. */
export const STAGED_SCENES: readonly StagedSceneKey[] = [SceneKeys.title, SceneKeys.city, SceneKeys.festival];

/**
 * Which scene stages a given moment. The title backdrop covers everything that has no city yet
 * (booting, the title menu, a story whose campaign is unknown), so the canvas is never empty.
 */
export function sceneKeyForStage(
  stage: Pick<StageState, "screen" | "campaign">,
  hasCampaign: (campaign: string) => boolean,
): StagedSceneKey {
  const known = stage.campaign !== null && hasCampaign(stage.campaign);
  if (stage.screen === "story" && known) return SceneKeys.city;
  if (stage.screen === "report" && known) return SceneKeys.festival;
  return SceneKeys.title;
}
