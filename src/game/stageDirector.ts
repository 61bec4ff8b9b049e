import type { StageState } from "../app/stageStore";

/** Scene keys, named after what the player sees. */
export const SceneKeys = {
  boot: "Boot",
  preloader: "Preloader",
  title: "Title",
  neoLumen: "NeoLumenCity",
  neoUnity: "NeoUnityCity",
  festival: "Festival",
} as const;

export type StagedSceneKey = (typeof SceneKeys)[keyof Omit<typeof SceneKeys, "boot" | "preloader">];

const CITY_SCENES: Record<string, StagedSceneKey> = {
  "neo-lumen": SceneKeys.neoLumen,
  "neo-unity": SceneKeys.neoUnity,
};

/**
 * Which scene stages a given moment. The title backdrop covers everything that has no city yet
 * (booting, the title menu, a story whose campaign is unknown), so the canvas is never empty.
 */
export function sceneKeyForStage(stage: Pick<StageState, "screen" | "campaign">): StagedSceneKey {
  const city = stage.campaign ? CITY_SCENES[stage.campaign] : undefined;
  if (stage.screen === "story" && city) return city;
  if (stage.screen === "report" && city) return SceneKeys.festival;
  return SceneKeys.title;
}
