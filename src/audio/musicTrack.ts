import type { StageState } from "../app/stageStore";

/** The mood a campaign's music starts in before the story names one. */
export const DEFAULT_MOOD = "calm";

/**
 * Which loop the stage calls for: the title theme outside a campaign, else the campaign's loop
 * for the current mood (`public/audio/music/<track>.ogg`).
 */
export function musicTrackFor(stage: Pick<StageState, "screen" | "campaign" | "mood">): string {
  if (stage.screen === "boot" || stage.screen === "title" || !stage.campaign) return "title";
  return `${stage.campaign}-${stage.mood ?? DEFAULT_MOOD}`;
}
