import neoLumenManifest from "../../stories/neo-lumen/campaign.json";
import neoUnityManifest from "../../stories/neo-unity/campaign.json";
import type { CampaignManifest } from "../engine/campaign";
import type { StoryOutline } from "../engine/storyOutline";

/**
 * The two campaigns the game offers. Their manifests are our own build-time files, checked by
 * `story:check`, so the browser takes them as they are instead of shipping the validator in the
 * first chunk. The compiled stories load lazily, one chunk per campaign.
 */
export const CAMPAIGN_IDS = ["neo-lumen", "neo-unity"] as const;
export type CampaignId = (typeof CAMPAIGN_IDS)[number];

export const manifests: Readonly<Record<CampaignId, CampaignManifest>> = {
  "neo-lumen": neoLumenManifest as CampaignManifest,
  "neo-unity": neoUnityManifest as CampaignManifest,
};

export function isCampaignId(value: unknown): value is CampaignId {
  return typeof value === "string" && (CAMPAIGN_IDS as readonly string[]).includes(value);
}

// One explicit import per campaign: a variable in the path would defeat the per-campaign chunks.
const storyLoaders: Record<CampaignId, () => Promise<{ default: string; outline: StoryOutline }>> = {
  "neo-lumen": () => import("virtual:campaign/neo-lumen"),
  "neo-unity": () => import("virtual:campaign/neo-unity"),
};

/** Stories the dev server pushed after a writer saved: newer than the chunk the page first loaded. */
const updatedStories = new Map<CampaignId, string>();
const updatedOutlines = new Map<CampaignId, StoryOutline>();

export function rememberUpdatedStory(campaign: CampaignId, compiledJson: string, outline?: StoryOutline): void {
  updatedStories.set(campaign, compiledJson);
  if (outline) updatedOutlines.set(campaign, outline);
}

/** The outline the build made of the campaign's story (its written lines and decision points). */
export async function loadOutline(campaign: CampaignId): Promise<StoryOutline> {
  return updatedOutlines.get(campaign) ?? (await storyLoaders[campaign]()).outline;
}

export async function loadCompiledStory(campaign: CampaignId): Promise<string> {
  const updated = updatedStories.get(campaign);
  if (updated) return updated;
  const module = await storyLoaders[campaign]();
  return module.default;
}

/** "maris" -> "Maris Solara"; an extra's name as written; null for narration. */
export function speakerName(manifest: CampaignManifest, speaker: string | null): string | null {
  if (speaker === null) return null;
  const character = characterOf(manifest, speaker);
  return character ? character.name : speaker;
}

/** The character a speaker tag names (ids are lower-case; writers may capitalise them). */
export function characterOf(manifest: CampaignManifest, speaker: string | null) {
  if (speaker === null) return undefined;
  const id = speaker.trim().toLowerCase();
  return manifest.characters.find((character) => character.id === id);
}

export function sceneName(manifest: CampaignManifest, scene: string | null): string | null {
  if (scene === null) return null;
  return manifest.scenes.find((entry) => entry.id === scene)?.name ?? null;
}
