/** Compiled ink stories, produced per campaign by src/build/vitePluginInk.ts as lazy chunks. */
declare module "virtual:campaign/*" {
  const compiledStory: string;
  export default compiledStory;
  /** Line ids and decision points, worked out at build time (src/engine/storyOutline.ts). */
  export const outline: import("../engine/storyOutline").StoryOutline;
}

/** Every campaign folder of stories/, found at build time by src/build/vitePluginInk.ts. */
declare module "virtual:campaigns" {
  export const campaigns: readonly {
    id: string;
    manifest: import("../engine/campaign").CampaignManifest;
    loadStory: () => Promise<{ default: string; outline: import("../engine/storyOutline").StoryOutline }>;
  }[];
}
