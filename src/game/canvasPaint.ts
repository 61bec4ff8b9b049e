import type * as Phaser from "phaser";

export type Painter = (context: CanvasRenderingContext2D, width: number, height: number) => void;

/**
 * Paints a texture with the Canvas 2D API into Phaser's texture manager. Used for art that is baked
 * once (silhouettes, portraits, soft sprites): soft gradients and blurred glows cost nothing per frame.
 */
export function paintTexture(
  textures: Phaser.Textures.TextureManager,
  key: string,
  width: number,
  height: number,
  paint: Painter,
): string {
  if (textures.exists(key)) textures.remove(key);
  const texture = textures.createCanvas(key, Math.max(1, Math.ceil(width)), Math.max(1, Math.ceil(height)));
  if (!texture) throw new Error(`could not create canvas texture "${key}"`);
  const context = texture.getContext();
  paint(context, texture.width, texture.height);
  texture.refresh();
  return key;
}

/** A radial glow, bright in the middle and fading to nothing. */
export function softDisc(
  context: CanvasRenderingContext2D,
  x: number,
  y: number,
  radius: number,
  color: string,
  core = 0,
) {
  const gradient = context.createRadialGradient(x, y, radius * core, x, y, radius);
  gradient.addColorStop(0, color);
  gradient.addColorStop(1, "rgba(0,0,0,0)");
  context.fillStyle = gradient;
  context.beginPath();
  context.arc(x, y, radius, 0, Math.PI * 2);
  context.fill();
}

/**
 * Draws `draw` as glowing light: once blurred, once sharp, added onto the canvas. One blur pass
 * for a whole layer; Canvas `shadowBlur` on hundreds of small shapes is far too slow without a GPU.
 */
export function paintGlowing(
  context: CanvasRenderingContext2D,
  width: number,
  height: number,
  blur: number,
  draw: (light: CanvasRenderingContext2D) => void,
) {
  const canvas = document.createElement("canvas");
  canvas.width = Math.max(1, Math.ceil(width));
  canvas.height = Math.max(1, Math.ceil(height));
  const light = canvas.getContext("2d");
  if (!light) return;
  draw(light);
  context.save();
  context.globalCompositeOperation = "lighter";
  context.filter = `blur(${Math.max(1, blur)}px)`;
  context.drawImage(canvas, 0, 0);
  context.filter = `blur(${Math.max(1, blur * 3)}px)`;
  context.globalAlpha = 0.7;
  context.drawImage(canvas, 0, 0);
  context.filter = "none";
  context.globalAlpha = 1;
  context.drawImage(canvas, 0, 0);
  context.restore();
}

/** Hairline grid lines every `cell` pixels (vertical lines start at `offsetX`); `rows: false` draws columns only. */
export function strokeGrid(
  context: CanvasRenderingContext2D,
  width: number,
  height: number,
  cell: number,
  options: { offsetX?: number; rows?: boolean } = {},
): void {
  context.beginPath();
  for (let x = options.offsetX ?? 0; x < width; x += cell) {
    context.moveTo(x, 0);
    context.lineTo(x, height);
  }
  if (options.rows !== false) {
    for (let y = 0; y < height; y += cell) {
      context.moveTo(0, y);
      context.lineTo(width, y);
    }
  }
  context.stroke();
}
