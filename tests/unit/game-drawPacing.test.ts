import { describe, expect, it } from "vitest";
import {
  AMBIENT_MAX_FPS,
  AMBIENT_MIN_FPS,
  choosePace,
  REDUCED_MOTION_FPS,
  restlessMood,
  SETTLE_MS,
  SLEEP_AFTER_MS,
  StagePacer,
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

  it("draws the city's drift at a low rate while the player reads", () => {
    const fast = choosePace({ ...reading, stillForMs: SETTLE_MS + 1 });
    expect(fast.kind).toBe("ambient");
    expect(fast.fpsLimit).toBeGreaterThanOrEqual(AMBIENT_MIN_FPS);
    expect(fast.fpsLimit).toBeLessThanOrEqual(AMBIENT_MAX_FPS);
  });

  it("holds the picture still once settled on a device that could only drift in a stutter", () => {
    expect(choosePace({ ...reading, fullRateFps: 5, stillForMs: SETTLE_MS + 1 })).toMatchObject({
      kind: "asleep",
      asleep: true,
    });
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

/** Frames drawn every `intervalMs` from `from` until `to` or sleep; returns the time of the last. */
function drawFrames(pacer: StagePacer, from: number, to: number, intervalMs: number, moving = false) {
  let now = from;
  while (now + intervalMs <= to && !pacer.pace.asleep) {
    now += intervalMs;
    pacer.drew(now, intervalMs, moving);
  }
  return now;
}

describe("a stage's pace over time", () => {
  it("after a long stillness stops drawing, and a new line wakes it at full rate", () => {
    const pacer = new StagePacer(false, 0);
    drawFrames(pacer, 0, SETTLE_MS + 500, 1000 / 60);
    expect(pacer.pace.kind).toBe("ambient");
    const fellAsleep = drawFrames(pacer, SETTLE_MS + 500, 60_000, 1000 / AMBIENT_MAX_FPS);
    expect(pacer.pace.asleep).toBe(true);
    expect(fellAsleep).toBeGreaterThanOrEqual(SLEEP_AFTER_MS);
    expect(fellAsleep).toBeLessThan(SLEEP_AFTER_MS + 1000);
    expect(pacer.changed(90_000)).toMatchObject({ kind: "full", asleep: false, fpsLimit: 0 });
  });

  it("keeps drawing at full rate for as long as something moves", () => {
    const pacer = new StagePacer(false, 0);
    drawFrames(pacer, 0, 40_000, 1000 / 60, true);
    expect(pacer.pace).toMatchObject({ kind: "full", asleep: false });
  });

  it("on a slow device, stops drawing as soon as a transition has played and the picture settled", () => {
    const pacer = new StagePacer(false, 0);
    const transitionEnd = drawFrames(pacer, 0, 2000, 200, true);
    expect(pacer.fullRateFps).toBeCloseTo(5);
    expect(pacer.pace.kind).toBe("full");
    const fellAsleep = drawFrames(pacer, transitionEnd, 60_000, 1000 / 3);
    expect(pacer.pace.asleep).toBe(true);
    expect(fellAsleep).toBeLessThan(transitionEnd + SETTLE_MS + 500);
  });

  it("does not take a fast device for a slow one over one long frame (a place being painted)", () => {
    const pacer = new StagePacer(false, 0);
    let now = drawFrames(pacer, 0, 300, 1000 / 60, true);
    now += 900;
    pacer.drew(now, 900, true);
    drawFrames(pacer, now, now + 200, 1000 / 60, true);
    expect(pacer.fullRateFps).toBeGreaterThan(50);
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
