import path from "node:path";
import type { Plugin } from "vite";

/**
 * Builds Phaser from its own sources with only what the game uses (src/game/phaser/phaserOfOurs.cjs)
 * instead of shipping the whole prebuilt bundle. Game files keep `import * as Phaser from "phaser"`:
 * the alias swaps the module, and the renderer flags are replaced as Phaser's webpack build does
 * with DefinePlugin (`typeof WEBGL_RENDERER` becomes `true`): both renderers kept, no sound, no debug.
 * Production builds only: the dev server (and the preview page) keep the whole prebuilt Phaser,
 * which Vite pre-bundles; the browser tests run against the build, so they see what ships.
 */
export const PHASER_FLAGS: Record<string, boolean> = {
  WEBGL_RENDERER: true,
  CANVAS_RENDERER: true,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};

const phaserSources = path.resolve("node_modules/phaser/src");
const flagPattern = new RegExp(`typeof (${Object.keys(PHASER_FLAGS).join("|")})\\b`, "g");

export function phaserOfOurs(): Plugin {
  return {
    name: "phaser-of-ours",
    apply: "build",
    config: () => ({
      resolve: {
        alias: [
          { find: /^phaser$/, replacement: path.resolve("src/game/phaser/phaserOfOurs.cjs") },
          { find: /^phaser-src\//, replacement: `${phaserSources}/` },
        ],
      },
    }),
    transform: {
      filter: { id: /phaser[\\/]src[\\/].*\.js$|phaserOfOurs\.cjs$/ },
      handler(code) {
        if (!code.includes("typeof ")) return null;
        const replaced = code.replace(flagPattern, (_match, flag: string) => String(PHASER_FLAGS[flag]));
        return replaced === code ? null : { code: replaced, map: null };
      },
    },
  };
}
