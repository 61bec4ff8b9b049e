import { defineConfig } from "vitest/config";
import { contentSecurityPolicy } from "./src/build/contentSecurityPolicy.ts";
import { phaserOfOurs } from "./src/build/phaserOfOurs.ts";
import { inkCampaigns } from "./src/build/vitePluginInk.ts";

export default defineConfig({
  base: "./",
  plugins: [inkCampaigns(), contentSecurityPolicy(), phaserOfOurs()],
  build: {
    target: "es2022",
    chunkSizeWarningLimit: 1600,
    // dist/.vite/manifest.json: the bench follows it to the scripts the first canvas frame needs.
    manifest: true,
    rollupOptions: {
      output: {
        // Phaser in its own chunk: it changes rarely, so it stays cached across releases.
        manualChunks: (id) => (/node_modules[\\/]phaser|phaserOfOurs/.test(id) ? "phaser" : undefined),
      },
    },
  },
  server: { port: 5173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts", "tests/playthroughs/**/*.test.ts"],
          testTimeout: 90_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/e2e/support/globalSetup.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One browser at a time: the machine has two cores and the game is WebGL in software.
          fileParallelism: false,
        },
      },
    ],
  },
});
