/**
 * Colour arithmetic on 0xRRGGBB integers, kept free of Phaser so the stance and mood mappings
 * that use it can be unit-tested under Node.
 */

export interface Rgb {
  red: number;
  green: number;
  blue: number;
}

export function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

export function lerp(from: number, to: number, amount: number): number {
  return from + (to - from) * amount;
}

export function toRgb(color: number): Rgb {
  return { red: (color >> 16) & 0xff, green: (color >> 8) & 0xff, blue: color & 0xff };
}

export function fromRgb({ red, green, blue }: Rgb): number {
  const channel = (value: number) => clamp(Math.round(value), 0, 255);
  return (channel(red) << 16) | (channel(green) << 8) | channel(blue);
}

/** Hue in degrees (any value, wrapped), saturation and lightness 0..1. */
export function hslToColor(hue: number, saturation: number, lightness: number): number {
  const wrappedHue = (((hue % 360) + 360) % 360) / 360;
  const s = clamp(saturation, 0, 1);
  const l = clamp(lightness, 0, 1);
  if (s === 0) return fromRgb({ red: l * 255, green: l * 255, blue: l * 255 });
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (offset: number) => {
    let t = wrappedHue + offset;
    if (t < 0) t += 1;
    if (t > 1) t -= 1;
    if (t < 1 / 6) return p + (q - p) * 6 * t;
    if (t < 1 / 2) return q;
    if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6;
    return p;
  };
  return fromRgb({ red: channel(1 / 3) * 255, green: channel(0) * 255, blue: channel(-1 / 3) * 255 });
}

export function mixColors(from: number, to: number, amount: number): number {
  const a = toRgb(from);
  const b = toRgb(to);
  const t = clamp(amount, 0, 1);
  return fromRgb({ red: lerp(a.red, b.red, t), green: lerp(a.green, b.green, t), blue: lerp(a.blue, b.blue, t) });
}

/** The colour darkened toward black: the way to fade additive light that has no alpha (shaders). */
export function scaleColor(color: number, factor: number): number {
  const { red, green, blue } = toRgb(color);
  const f = clamp(factor, 0, 1);
  return fromRgb({ red: red * f, green: green * f, blue: blue * f });
}

/** CSS colour string for the Canvas 2D API, with optional alpha. */
export function cssColor(color: number, alpha = 1): string {
  const { red, green, blue } = toRgb(color);
  return `rgba(${red},${green},${blue},${clamp(alpha, 0, 1)})`;
}

/** Shortest signed distance between two hues, in degrees (-180..180). */
export function hueDistance(from: number, to: number): number {
  return ((((to - from) % 360) + 540) % 360) - 180;
}

/** "#4fb8ff" (a manifest colour) -> 0x4fb8ff. */
export function colorFromHex(hex: string): number {
  return Number.parseInt(hex.replace(/^#/, ""), 16);
}
