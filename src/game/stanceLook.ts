import { clamp, hslToColor, lerp } from "./colorMath";

/**
 * How the cast's stances look on stage. The city converges (one shared hue, synchronised pulses,
 * ordered patterns) when the cast leans to the collective, and breaks into many colours and rhythms
 * when it leans to the individual; a wide spread between characters shows as tension.
 *
 * Every scene reads only this, so the whole picture answers the stances the same way.
 */
export interface StanceLook {
  /** Mean stance of the cast, -100..100. */
  mean: number;
  /** Distance between the most collective and the most individual character, 0..200. */
  spread: number;
  /** The mean, amplified, -1 (wholly unity) .. 1 (wholly individuality). */
  lean: number;
  /** 1 when the cast leans wholly to unity, 0 when wholly to individuality. */
  convergence: number;
  /** 1 - convergence. */
  divergence: number;
  /** How much animated elements share one rhythm, 0..1. */
  sync: number;
  /** Degrees of the hue wheel the elements of a place spread across. */
  hueSpread: number;
  /** How many distinct colours a place should show when it draws discrete groups. */
  colorCount: number;
  /** 0..1: disagreement inside the cast, shown as jitter, harsh accents and broken links. */
  tension: number;
}

/**
 * Fair-math stances rarely reach the poles: a cast averaging +/-60 is already far gone, so the
 * mean is scaled to make the city visibly answer the moves a player can actually make.
 */
const MEAN_AT_FULL_LEAN = 60;
/** The starting casts are spread about 100 apart; tension starts to show above this. */
const CALM_SPREAD = 40;
const SPREAD_AT_FULL_TENSION = 160;

const MIN_HUE_SPREAD = 18;
const MAX_HUE_SPREAD = 320;
const MAX_COLORS = 7;

export function meanOf(stances: Readonly<Record<string, number>>): number {
  const values = Object.values(stances).filter(Number.isFinite);
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function spreadOf(stances: Readonly<Record<string, number>>): number {
  const values = Object.values(stances).filter(Number.isFinite);
  return values.length === 0 ? 0 : Math.max(...values) - Math.min(...values);
}

/** Lean (-1..1) and tension (0..1) are the two numbers scenes tween; the rest derives from them. */
export function leanOf(stances: Readonly<Record<string, number>>): number {
  return clamp(meanOf(stances) / MEAN_AT_FULL_LEAN, -1, 1);
}

export function tensionOf(stances: Readonly<Record<string, number>>): number {
  return clamp((spreadOf(stances) - CALM_SPREAD) / (SPREAD_AT_FULL_TENSION - CALM_SPREAD), 0, 1);
}

export function lookFromLean(lean: number, tension: number, mean = lean * MEAN_AT_FULL_LEAN, spread = 0): StanceLook {
  const clampedLean = clamp(lean, -1, 1);
  const divergence = (clampedLean + 1) / 2;
  const convergence = 1 - divergence;
  // Eased so the middle of the axis still reads as "mostly one city" and only a real lean fragments it.
  const spreadCurve = divergence ** 1.4;
  return {
    mean,
    spread,
    lean: clampedLean,
    convergence,
    divergence,
    sync: clamp(1 - divergence ** 1.2, 0, 1),
    hueSpread: lerp(MIN_HUE_SPREAD, MAX_HUE_SPREAD, spreadCurve),
    colorCount: Math.max(1, Math.round(1 + (MAX_COLORS - 1) * spreadCurve)),
    tension: clamp(tension, 0, 1),
  };
}

export function stanceLook(stances: Readonly<Record<string, number>>): StanceLook {
  return lookFromLean(leanOf(stances), tensionOf(stances), meanOf(stances), spreadOf(stances));
}

export const NEUTRAL_LOOK: StanceLook = lookFromLean(0, 0);

/**
 * A stable pseudo-random number in -1..1 for element `index` (a dreamer, a tile, a node), so each
 * element keeps its own character from frame to frame and run to run.
 */
export function elementSeed(index: number, salt = 0): number {
  let hash = Math.imul(index + 1, 0x9e3779b1) ^ Math.imul(salt + 7, 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d);
  hash = Math.imul(hash ^ (hash >>> 12), 0x297a2d39);
  hash ^= hash >>> 15;
  return ((hash >>> 0) / 0xffffffff) * 2 - 1;
}

/** Hue of one element: all near the city's base hue under unity, spread round the wheel under individuality. */
export function elementHue(baseHue: number, index: number, look: StanceLook): number {
  const hue = baseHue + elementSeed(index, 1) * (look.hueSpread / 2);
  return ((hue % 360) + 360) % 360;
}

export function elementColor(
  baseHue: number,
  index: number,
  look: StanceLook,
  saturation = 0.85,
  lightness = 0.6,
): number {
  return hslToColor(elementHue(baseHue, index, look), saturation, lightness);
}

/** Phase offset in radians: zero for everyone under full sync, scattered as the cast diverges. */
export function elementPhase(index: number, look: StanceLook): number {
  return (elementSeed(index, 2) + 1) * Math.PI * (1 - look.sync);
}

/** Tempo multiplier: one shared tempo under sync, each element its own rhythm otherwise. */
export function elementTempo(index: number, look: StanceLook): number {
  return 1 + elementSeed(index, 3) * 0.55 * (1 - look.sync);
}

/** A pulse 0..1 for element `index` at `time` seconds with a base frequency in Hz. */
export function elementPulse(index: number, look: StanceLook, time: number, frequency: number): number {
  const angle = time * frequency * Math.PI * 2 * elementTempo(index, look) + elementPhase(index, look);
  return 0.5 + 0.5 * Math.sin(angle);
}

/** Displacement -1..1 scaled by divergence: ordered patterns break apart as the cast leans to the self. */
export function elementDrift(index: number, look: StanceLook, salt = 4): number {
  return elementSeed(index, salt) * look.divergence;
}
