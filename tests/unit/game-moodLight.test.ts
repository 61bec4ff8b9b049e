import { describe, expect, it } from "vitest";
import { isMood, mixLight, moodLight } from "../../src/game/moodLight";

const plain = { reducedMotion: false, highContrast: false };

describe("moodLight", () => {
  it("knows the campaign moods and falls back to calm", () => {
    for (const mood of ["calm", "tense", "chaos", "wonder", "somber", "hope"]) expect(isMood(mood)).toBe(true);
    expect(isMood("party")).toBe(false);
    expect(moodLight("party", plain)).toEqual(moodLight("calm", plain));
    expect(moodLight(null, plain)).toEqual(moodLight("calm", plain));
  });

  it("gives each mood its own light", () => {
    expect(moodLight("tense", plain).contrast).toBeGreaterThan(moodLight("calm", plain).contrast);
    expect(moodLight("chaos", plain).flicker).toBeGreaterThan(0.3);
    expect(moodLight("chaos", plain).shake).toBeGreaterThan(0);
    expect(moodLight("wonder", plain).sparkle).toBe(1);
    expect(moodLight("somber", plain).saturation).toBeLessThan(-0.4);
    expect(moodLight("hope", plain).dawn).toBe(1);
  });

  it("removes shaking and flicker under reduced motion and slows everything", () => {
    const light = moodLight("chaos", { reducedMotion: true, highContrast: false });
    expect(light.shake).toBe(0);
    expect(light.flicker).toBe(0);
    expect(light.tempo).toBeLessThan(moodLight("chaos", plain).tempo * 0.5);
  });

  it("darkens and calms the scene under high contrast", () => {
    for (const mood of ["calm", "wonder", "chaos", "hope"]) {
      const normal = moodLight(mood, plain);
      const contrast = moodLight(mood, { reducedMotion: false, highContrast: true });
      expect(contrast.brightness).toBeLessThan(normal.brightness);
      expect(contrast.dim).toBeGreaterThan(0);
      expect(contrast.busyness).toBeLessThan(normal.busyness);
      expect(contrast.saturation).toBeLessThan(0);
    }
  });

  it("blends two lights for mood transitions", () => {
    const from = moodLight("calm", plain);
    const to = moodLight("somber", plain);
    expect(mixLight(from, to, 0)).toEqual(from);
    expect(mixLight(from, to, 1)).toEqual(to);
    const half = mixLight(from, to, 0.5);
    expect(half.saturation).toBeCloseTo((from.saturation + to.saturation) / 2);
  });
});
