/** Compiled ink stories, produced per campaign by src/build/vitePluginInk.ts as lazy chunks. */
declare module "virtual:campaign/*" {
  const compiledStory: string;
  export default compiledStory;
}
