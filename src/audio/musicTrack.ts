import { type CampaignManifest, musicOfMood } from "../engine/campaign";
import type { StageState } from "../stage/stageStore";

/**
 * Which loop the stage calls for (`public/audio/music/<track>.ogg`): the title theme outside a
 * campaign, else the loop the campaign's manifest gives the current mood (its first mood's before
 * the story names one).
 */
export function musicTrackFor(stage: Pick<StageState, "screen" | "mood">, campaign: CampaignManifest | null): string {
  if (stage.screen === "boot" || stage.screen === "title" || !campaign) return "title";
  return musicOfMood(campaign, stage.mood);
}
