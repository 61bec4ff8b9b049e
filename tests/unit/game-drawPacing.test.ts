import { describe, expect, it } from "vitest";
import {
  AMBIENT_MAX_FPS,
  choosePace,
  REDUCED_MOTION_FPS,
  restlessMood,
  SETTLE_MS,
  SLEEP_AFTER_MS,
} from "../../src/game/drawPacing";
import { renderQualityFor } from "../../src/game/visualQuality";

const reading = { moving: false, fullRateFps: 60, reducedMotion: false };

describe("drawing on demand", () => {
  it("draws at full rate while something moves or the stage has just changed", () => {
    expect(choosePace({ ...reading, moving: true, stillForMs: 20_000 })).toMatchObject({ kind: "full", fpsLimit: 0 });
    expect(choosePace({ ...reading, stillForMs: SETTLE_MS - 1 })).toMatchObject({ kind: "full", fpsLimit: 0 });
    expect(choosePace({ ...reading, moving: true, stillForMs: 0, reducedMotion: true }).fpsLimit).toBe(
      REDUCED_MOTION_FPS,
    );
  });

  it("leaves a device that cannot keep up some room for the story layer, even while the city moves", () => {
    const slow = choosePace({ ...reading, fullRateFps: 5, moving: true, stillForMs: 0 });
    expect(slow.kind).toBe("full");
    expect(slow.fpsLimit).toBeGreaterThan(0);
    expect(slow.fpsLimit).toBeLessThan(5);
  });

  it("draws the city's drift at a low rate while the player reads, lower still on a slow device", () => {
    const fast = choosePace({ ...reading, stillForMs: SETTLE_MS + 1 });
    expect(fast.kind).toBe("ambient");
    expect(fast.fpsLimit).toBeGreaterThan(0);
    expect(fast.fpsLimit).toBeLessThanOrEqual(AMBIENT_MAX_FPS);
    const slow = choosePace({ ...reading, fullRateFps: 5, stillForMs: SETTLE_MS + 1 });
    expect(slow.fpsLimit).toBeGreaterThanOrEqual(1);
    expect(slow.fpsLimit).toBeLessThan(fast.fpsLimit);
  });

  it("stops drawing after a long stillness", () => {
    expect(choosePace({ ...reading, stillForMs: SLEEP_AFTER_MS - 1 }).asleep).toBe(false);
    expect(choosePace({ ...reading, stillForMs: SLEEP_AFTER_MS }).asleep).toBe(true);
  });

  it("counts the climax's flicker and shake as motion, unless the player asked for reduced motion", () => {
    expect(restlessMood({ mood: "chaos", reducedMotion: false, highContrast: false })).toBe(true);
    expect(restlessMood({ mood: "calm", reducedMotion: false, highContrast: false })).toBe(false);
  });
});

describe("visual quality", () => {
  it("follows the player's choice, and steps down by itself only on auto when frames are slow", () => {
    expect(renderQualityFor("high", 3, "high")).toBe("high");
    expect(renderQualityFor("low", 60, "high")).toBe("low");
    expect(renderQualityFor("auto", 0, "high")).toBe("high");
    expect(renderQualityFor("auto", 58, "high")).toBe("high");
    expect(renderQualityFor("auto", 8, "high")).toBe("low");
    // Low frames are cheaper; climbing back would only flicker between the two.
    expect(renderQualityFor("auto", 60, "low")).toBe("low");
  });
});
