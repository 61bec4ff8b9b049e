import { clamp, lerp, mixColors } from "./colorMath";

/**
 * How a `# mood:` tints the light of a scene. Brightness, saturation and contrast feed a colour
 * matrix on the camera; the rest drive overlays (tint wash, flicker, sparkles, a dawn glow) and
 * the speed of everything that moves.
 */
export interface MoodLight {
  /** Colour matrix brightness multiplier (1 = unchanged). */
  brightness: number;
  /** Colour matrix saturation shift (0 = unchanged, -1 = grey). */
  saturation: number;
  /** Colour matrix contrast shift (0 = unchanged). */
  contrast: number;
  /** Colour of the light wash laid over the scene. */
  tint: number;
  /** Opacity of that wash, 0..1. */
  tintStrength: number;
  /** Random dimming of the light, 0..1 (chaos). */
  flicker: number;
  /** Twinkling sparkles, 0..1 (wonder). */
  sparkle: number;
  /** A warm dawn rising from the horizon, 0..1 (hope). */
  dawn: number;
  /** Camera shake strength, 0..1. */
  shake: number;
  /** Speed of ambient motion (1 = normal). */
  tempo: number;
  /** How busy the background may be, 0..1 (particles, moving layers). */
  busyness: number;
  /** Darkening laid over everything so text stays readable, 0..1. */
  dim: number;
}

export type MoodId = "calm" | "tense" | "chaos" | "wonder" | "somber" | "hope";

export interface LightOptions {
  reducedMotion: boolean;
  highContrast: boolean;
}

const CALM: MoodLight = {
  brightness: 1,
  saturation: 0,
  contrast: 0,
  tint: 0x6fd6ff,
  tintStrength: 0,
  flicker: 0,
  sparkle: 0.15,
  dawn: 0,
  shake: 0,
  tempo: 1,
  busyness: 1,
  dim: 0,
};

const MOODS: Record<MoodId, MoodLight> = {
  calm: CALM,
  tense: {
    ...CALM,
    brightness: 0.92,
    saturation: -0.15,
    contrast: 0.28,
    tint: 0xff3355,
    tintStrength: 0.07,
    sparkle: 0,
    tempo: 1.45,
  },
  chaos: {
    ...CALM,
    brightness: 1.05,
    saturation: 0.35,
    contrast: 0.2,
    tint: 0xb070ff,
    tintStrength: 0.06,
    flicker: 0.65,
    sparkle: 0.2,
    shake: 0.6,
    tempo: 2.1,
  },
  wonder: {
    ...CALM,
    brightness: 1.1,
    saturation: 0.2,
    tint: 0xb8a0ff,
    tintStrength: 0.08,
    sparkle: 1,
    tempo: 0.85,
  },
  somber: {
    ...CALM,
    brightness: 0.82,
    saturation: -0.62,
    contrast: -0.05,
    tint: 0x3a4a66,
    tintStrength: 0.16,
    sparkle: 0,
    tempo: 0.55,
  },
  hope: {
    ...CALM,
    brightness: 1.08,
    saturation: 0.05,
    tint: 0xffb070,
    tintStrength: 0.1,
    sparkle: 0.35,
    dawn: 1,
    tempo: 0.9,
  },
};

export function isMood(mood: string | null | undefined): mood is MoodId {
  return mood != null && Object.hasOwn(MOODS, mood);
}

export function moodLight(mood: string | null | undefined, options: LightOptions): MoodLight {
  const base = isMood(mood) ? MOODS[mood] : CALM;
  let light: MoodLight = { ...base };
  if (options.reducedMotion) {
    // Reduced motion keeps the colour of a mood but none of its movement.
    light = { ...light, flicker: 0, shake: 0, tempo: light.tempo * 0.2, sparkle: light.sparkle * 0.3 };
  }
  if (options.highContrast) {
    // Behind text the scene must stay dark and quiet: dim it, calm its colours and its motion.
    light = {
      ...light,
      brightness: light.brightness * 0.7,
      saturation: Math.min(light.saturation, 0) - 0.25,
      contrast: Math.min(light.contrast, 0.1),
      flicker: light.flicker * 0.25,
      sparkle: light.sparkle * 0.3,
      busyness: 0.35,
      dim: 0.35,
    };
  }
  return light;
}

/** Blend two lights: scenes tween from the old mood to the new one. */
export function mixLight(from: MoodLight, to: MoodLight, amount: number): MoodLight {
  const t = clamp(amount, 0, 1);
  return {
    brightness: lerp(from.brightness, to.brightness, t),
    saturation: lerp(from.saturation, to.saturation, t),
    contrast: lerp(from.contrast, to.contrast, t),
    tint: mixColors(from.tint, to.tint, t),
    tintStrength: lerp(from.tintStrength, to.tintStrength, t),
    flicker: lerp(from.flicker, to.flicker, t),
    sparkle: lerp(from.sparkle, to.sparkle, t),
    dawn: lerp(from.dawn, to.dawn, t),
    shake: lerp(from.shake, to.shake, t),
    tempo: lerp(from.tempo, to.tempo, t),
    busyness: lerp(from.busyness, to.busyness, t),
    dim: lerp(from.dim, to.dim, t),
  };
}
