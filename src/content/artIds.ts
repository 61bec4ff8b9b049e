/**
 * The ids of the art a campaign's manifest may name: place builders (a scene's `place.builder`, an
 * outcome's `staging.builder`) and portrait emblems. Pure data, so `story:check` and the Vite plugin
 * check a manifest without loading Phaser; src/game/places/index.ts and src/game/portraits.ts map
 * each id to its drawing (their types make sure every id has one).
 */
export const PLACE_BUILDER_IDS = [
  "lumen-skyline",
  "curation-studio",
  "transceiver-hall",
  "gallery",
  "festival-grounds",
  "merged-dreamscape",
  "debriefing",
  "unity-skyline",
  "architect-studio",
  "sleepless-sanctuary",
  "underserved-zone",
  "kaleidoscope-plaza",
  "split-projection",
  "forum",
  "dream-coop",
  "living-tapestry",
  "flawless-utopia",
  "thousand-nights",
  "the-reboot",
  "mosaic-coops",
  "grand-design",
  "split-screen",
  "lights-out",
] as const;

export type PlaceBuilderId = (typeof PLACE_BUILDER_IDS)[number];

export function isPlaceBuilderId(value: string): value is PlaceBuilderId {
  return (PLACE_BUILDER_IDS as readonly string[]).includes(value);
}

/** The portrait emblems (src/game/portraits.ts) a character may name with `portrait` in the manifest. */
export const PORTRAIT_EMBLEM_IDS = [
  "seraphina",
  "eliot",
  "maris",
  "dorian",
  "elara",
  "jaxon",
  "liora",
  "talon",
] as const;

export type PortraitEmblemId = (typeof PORTRAIT_EMBLEM_IDS)[number];

/** A character's emblem: the one it names, else the one named after it, else none. */
export function portraitEmblemOf(character: { id: string; portrait?: string | undefined }): PortraitEmblemId | null {
  const wanted = character.portrait ?? character.id;
  return (PORTRAIT_EMBLEM_IDS as readonly string[]).includes(wanted) ? (wanted as PortraitEmblemId) : null;
}

/**
 * Where the game fetches the images of a campaign's folder that its manifest names: the dev server
 * serves them and the build copies them there (src/build/vitePluginInk.ts), next to index.html, so
 * the URL is relative like every other asset's.
 */
export const CAMPAIGN_IMAGES_FOLDER = "campaign-images";

export function campaignImageUrl(campaign: string, image: string): string {
  return `${CAMPAIGN_IMAGES_FOLDER}/${campaign}/${image}`;
}
