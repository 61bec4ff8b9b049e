import type * as Phaser from "phaser";
import type { VisualQuality } from "../stage/settings";
import { stageStore } from "../stage/stageStore";
import type { DrawPacing } from "./drawPacing";

// Phaser event names as strings: this module is imported by unit tests, which run without a DOM.
const POST_STEP = "poststep";

/**
 * How richly the stage draws. "high" is the picture as designed. "low" is for a device that cannot
 * keep the full frame rate: fewer particles, no full-screen filters (mood colour matrix, vignette,
 * colour bleeding) and a lower render resolution, so the player sees a steady picture instead of a
 * stuttering one. The player's "auto" starts high and steps down, once, when frames are slow.
 */
export type RenderQuality = "high" | "low";

/** Game registry key holding the RenderQuality the scenes draw with. */
export const RENDER_QUALITY = "renderQuality";
/** Below this many frames per second at full rate, "auto" draws at low quality. */
export const SLOW_FULL_RATE_FPS = 24;
/** At low quality: the share of particles kept, and the render scale's cap (canvas px per CSS px). */
export const LOW_PARTICLE_SHARE = 0.4;
export const LOW_RENDER_SCALE = 0.75;

export function renderQualityFor(setting: VisualQuality, fullRateFps: number, current: RenderQuality): RenderQuality {
  if (setting !== "auto") return setting;
  // Once stepped down, stay down: the lighter picture is faster, and flipping back would flicker.
  if (current === "low") return "low";
  return fullRateFps > 0 && fullRateFps < SLOW_FULL_RATE_FPS ? "low" : "high";
}

export function renderQualityOf(scene: Phaser.Scene): RenderQuality {
  return scene.registry.get(RENDER_QUALITY) === "low" ? "low" : "high";
}

/** Keeps the registry's RenderQuality in line with the player's setting and the measured frame rate. */
export function followQuality(game: Phaser.Game, pacing: DrawPacing): () => void {
  let setting = stageStore.getState().visualQuality;
  let automaticallyLow = false;
  const update = () => {
    const current: RenderQuality = automaticallyLow ? "low" : "high";
    const next = renderQualityFor(setting, pacing.fullRateFps, current);
    if (setting === "auto") automaticallyLow = next === "low";
    if (game.registry.get(RENDER_QUALITY) !== next) game.registry.set(RENDER_QUALITY, next);
  };
  update();
  const unsubscribe = stageStore.subscribe((stage) => {
    setting = stage.visualQuality;
    update();
  });
  game.events.on(POST_STEP, update);
  return () => {
    unsubscribe();
    game.events.off(POST_STEP, update);
  };
}
