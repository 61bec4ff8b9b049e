import { campaigns } from "virtual:campaigns";
import type { CampaignManifest } from "../engine/campaign";
import type { StoryOutline } from "../engine/storyOutline";

/**
 * The campaigns the game offers: every folder of stories/ with a campaign.json, found at build
 * time (src/build/vitePluginInk.ts). The manifests were validated there, so the browser takes them
 * as they are instead of shipping the validator in the first chunk. The compiled stories load
 * lazily, one chunk per campaign.
 */
export type CampaignId = string & { readonly campaignId: unique symbol };

export const CAMPAIGN_IDS: readonly CampaignId[] = campaigns.map((campaign) => campaign.id as CampaignId);

const byId = new Map(campaigns.map((campaign) => [campaign.id, campaign]));

export function isCampaignId(value: unknown): value is CampaignId {
  return typeof value === "string" && byId.has(value);
}

export function manifestOf(campaign: CampaignId): CampaignManifest {
  const entry = byId.get(campaign);
  if (!entry) throw new Error(`no campaign "${campaign}"`);
  return entry.manifest;
}

/** The manifest of an id read from a save or the stage, or null when the game has no such campaign. */
export function findManifest(campaign: string | null | undefined): CampaignManifest | null {
  return (campaign && byId.get(campaign)?.manifest) || null;
}

/** Stories the dev server pushed after a writer saved: newer than the chunk the page first loaded. */
const updatedStories = new Map<CampaignId, string>();
const updatedOutlines = new Map<CampaignId, StoryOutline>();

export function rememberUpdatedStory(campaign: CampaignId, compiledJson: string, outline?: StoryOutline): void {
  updatedStories.set(campaign, compiledJson);
  if (outline) updatedOutlines.set(campaign, outline);
}

/** The outline the build made of the campaign's story (its written lines and decision points). */
export async function loadOutline(campaign: CampaignId): Promise<StoryOutline> {
  const updated = updatedOutlines.get(campaign);
  if (updated) return updated;
  const entry = byId.get(campaign);
  if (!entry) throw new Error(`no campaign "${campaign}"`);
  return (await entry.loadStory()).outline;
}

export async function loadCompiledStory(campaign: CampaignId): Promise<string> {
  const updated = updatedStories.get(campaign);
  if (updated) return updated;
  const entry = byId.get(campaign);
  if (!entry) throw new Error(`no campaign "${campaign}"`);
  return (await entry.loadStory()).default;
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
