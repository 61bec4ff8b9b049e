/**
 * How many canvas pixels to draw for a viewport. Phaser's RESIZE mode maps one canvas pixel to one
 * CSS pixel, which is blurry on high-density phones; drawing every device pixel of a 4K screen, on
 * the other hand, costs more fill rate than a glowing backdrop is worth. So the canvas follows the
 * device pixel ratio up to a cap, and never exceeds a pixel budget; CSS scales it back to the viewport.
 */
export interface RenderResolution {
  /** Canvas size in pixels. */
  width: number;
  height: number;
  /** Canvas pixels per CSS pixel. */
  scale: number;
}

export const MAX_RENDER_SCALE = 2;
/** About 2560x1600: a 4K screen renders at 0.7 of its pixels, still sharp for soft light. */
export const MAX_RENDER_PIXELS = 4_100_000;

export function renderResolution(
  cssWidth: number,
  cssHeight: number,
  devicePixelRatio: number,
  maxPixels = MAX_RENDER_PIXELS,
  maxScale = MAX_RENDER_SCALE,
): RenderResolution {
  const width = Math.max(1, cssWidth);
  const height = Math.max(1, cssHeight);
  const ratio = Number.isFinite(devicePixelRatio) && devicePixelRatio > 0 ? devicePixelRatio : 1;
  let scale = Math.min(ratio, maxScale);
  const budgetScale = Math.sqrt(maxPixels / (width * height));
  scale = Math.max(0.25, Math.min(scale, budgetScale));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)), scale };
}
