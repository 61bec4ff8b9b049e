import type * as Phaser from "phaser";
import { campaignImageUrl } from "../content/artIds";
import { type CampaignManifest, manifestImages } from "../engine/campaign";
import { portraitKey } from "./portraits";

/** The texture of one image of a campaign's folder (two campaigns may use the same file name). */
export function campaignImageKey(campaign: string, image: string): string {
  return `campaign-image-${campaign}-${image}`;
}

/**
 * Queues the campaign's images on a scene's loader: each place picture under its own key, each
 * character's emblem image as that character's portrait. SVG goes through Phaser's SVG file type
 * (which rasterises it at the size the SVG declares); the rest as plain images. Textures already
 * loaded by an earlier start of the scene are not fetched again.
 */
export function loadCampaignImages(load: Phaser.Loader.LoaderPlugin, manifest: CampaignManifest): void {
  const wanted = new Map<string, string>();
  for (const character of manifest.characters)
    if (character.emblem) wanted.set(portraitKey(manifest.id, character.id), character.emblem);
  for (const { field, image } of manifestImages(manifest))
    if (!field.startsWith("characters")) wanted.set(campaignImageKey(manifest.id, image), image);
  for (const [key, image] of wanted) {
    if (load.textureManager.exists(key)) continue;
    const url = campaignImageUrl(manifest.id, image);
    if (image.toLowerCase().endsWith(".svg")) load.svg(key, url);
    else load.image(key, url);
  }
}
