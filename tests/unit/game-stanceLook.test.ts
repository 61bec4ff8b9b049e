import { describe, expect, it } from "vitest";
import { hueDistance } from "../../src/game/colorMath";
import {
  elementColor,
  elementHue,
  elementPhase,
  elementPulse,
  elementSeed,
  elementTempo,
  leanOf,
  lookFromLean,
  NEUTRAL_LOOK,
  stanceLook,
  tensionOf,
} from "../../src/game/stanceLook";

const unityCast = { seraphina: -80, eliot: -75, maris: -60, dorian: -70 };
const selfCast = { seraphina: 70, eliot: 65, maris: 85, dorian: 60 };
const splitCast = { seraphina: -80, eliot: -70, maris: 85, dorian: 75 };
const startingCast = { seraphina: -30, eliot: -45, maris: 55, dorian: -10 };

describe("stanceLook", () => {
  it("converges when the cast leans to unity", () => {
    const look = stanceLook(unityCast);
    expect(look.lean).toBe(-1);
    expect(look.convergence).toBe(1);
    expect(look.sync).toBe(1);
    expect(look.colorCount).toBe(1);
    expect(look.hueSpread).toBeLessThan(30);
  });

  it("breaks into many colours and rhythms when the cast leans to the individual", () => {
    const look = stanceLook(selfCast);
    expect(look.lean).toBe(1);
    expect(look.divergence).toBe(1);
    expect(look.sync).toBe(0);
    expect(look.colorCount).toBeGreaterThanOrEqual(6);
    expect(look.hueSpread).toBeGreaterThan(300);
  });

  it("stays near the middle for the starting casts", () => {
    const look = stanceLook(startingCast);
    expect(Math.abs(look.lean)).toBeLessThan(0.25);
    expect(look.sync).toBeGreaterThan(0.3);
    expect(look.sync).toBeLessThan(0.8);
  });

  it("answers every nudge in the same direction (monotonic in the mean)", () => {
    let previous = stanceLook({ a: -100, b: -100 });
    for (let mean = -90; mean <= 100; mean += 10) {
      const look = stanceLook({ a: mean, b: mean });
      expect(look.divergence).toBeGreaterThanOrEqual(previous.divergence);
      expect(look.sync).toBeLessThanOrEqual(previous.sync);
      expect(look.hueSpread).toBeGreaterThanOrEqual(previous.hueSpread);
      previous = look;
    }
  });

  it("shows the spread between characters as tension", () => {
    expect(tensionOf(unityCast)).toBe(0);
    expect(tensionOf(splitCast)).toBeGreaterThan(0.9);
    expect(stanceLook(splitCast).tension).toBeCloseTo(tensionOf(splitCast));
    // A split cast can still average out to the middle: tension, not lean, shows the rift.
    expect(Math.abs(stanceLook(splitCast).lean)).toBeLessThan(0.2);
  });

  it("is neutral for an empty or broken cast", () => {
    expect(stanceLook({})).toEqual(NEUTRAL_LOOK);
    expect(leanOf({ a: Number.NaN, b: 0 })).toBe(0);
    expect(NEUTRAL_LOOK.lean).toBe(0);
    expect(NEUTRAL_LOOK.tension).toBe(0);
  });

  it("clamps lean and tension given to lookFromLean", () => {
    const look = lookFromLean(5, -2);
    expect(look.lean).toBe(1);
    expect(look.tension).toBe(0);
  });
});

describe("element helpers", () => {
  it("gives each element a stable seed in -1..1", () => {
    for (let index = 0; index < 200; index += 1) {
      const seed = elementSeed(index, 3);
      expect(seed).toBe(elementSeed(index, 3));
      expect(seed).toBeGreaterThanOrEqual(-1);
      expect(seed).toBeLessThanOrEqual(1);
    }
    expect(elementSeed(1, 0)).not.toBe(elementSeed(2, 0));
  });

  it("keeps all elements near the base hue under unity and spreads them under individuality", () => {
    const unity = stanceLook(unityCast);
    const self = stanceLook(selfCast);
    const base = 182;
    const unityHues = Array.from({ length: 60 }, (_, index) => elementHue(base, index, unity));
    const selfHues = Array.from({ length: 60 }, (_, index) => elementHue(base, index, self));
    for (const hue of unityHues) expect(Math.abs(hueDistance(base, hue))).toBeLessThanOrEqual(15);
    const farthest = Math.max(...selfHues.map((hue) => Math.abs(hueDistance(base, hue))));
    expect(farthest).toBeGreaterThan(120);
    for (const hue of selfHues) {
      expect(hue).toBeGreaterThanOrEqual(0);
      expect(hue).toBeLessThan(360);
    }
  });

  it("returns colours as 0xRRGGBB integers", () => {
    const color = elementColor(182, 3, NEUTRAL_LOOK);
    expect(Number.isInteger(color)).toBe(true);
    expect(color).toBeGreaterThanOrEqual(0);
    expect(color).toBeLessThanOrEqual(0xffffff);
  });

  it("beats every element together under full sync and apart otherwise", () => {
    const unity = stanceLook(unityCast);
    const self = stanceLook(selfCast);
    const time = 1.234;
    const unityPulses = Array.from({ length: 20 }, (_, index) => elementPulse(index, unity, time, 0.7));
    const selfPulses = Array.from({ length: 20 }, (_, index) => elementPulse(index, self, time, 0.7));
    for (const pulse of unityPulses) expect(pulse).toBeCloseTo(unityPulses[0] ?? 0, 10);
    expect(Math.max(...selfPulses) - Math.min(...selfPulses)).toBeGreaterThan(0.5);
    for (let index = 0; index < 20; index += 1) {
      expect(elementPhase(index, unity)).toBe(0);
      expect(elementTempo(index, unity)).toBe(1);
    }
  });
});
