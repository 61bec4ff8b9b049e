import { describe, expect, it } from "vitest";
import { stageLayout } from "../../src/game/layout";
import { MAX_RENDER_PIXELS, renderResolution } from "../../src/game/viewport";

describe("renderResolution", () => {
  it("follows the device pixel ratio on a phone, up to a cap", () => {
    expect(renderResolution(360, 740, 2)).toEqual({ width: 720, height: 1480, scale: 2 });
    expect(renderResolution(360, 740, 3).scale).toBe(2);
  });

  it("keeps a 4K screen inside the pixel budget without changing its proportions", () => {
    const resolution = renderResolution(3840, 2160, 1);
    expect(resolution.width * resolution.height).toBeLessThanOrEqual(MAX_RENDER_PIXELS * 1.01);
    expect(resolution.width / resolution.height).toBeCloseTo(3840 / 2160, 2);
  });

  it("survives nonsense input", () => {
    const resolution = renderResolution(0, 0, Number.NaN);
    expect(resolution.width).toBeGreaterThan(0);
    expect(resolution.scale).toBeGreaterThan(0);
  });
});

describe("stageLayout", () => {
  it("puts the portrait top left and the clear band above the story panel on a desktop", () => {
    const layout = stageLayout(1920, 1080, 1);
    expect(layout.compact).toBe(false);
    expect(layout.portrait.x).toBeLessThan(40);
    expect(layout.portrait.width).toBeGreaterThanOrEqual(120);
    expect(layout.portrait.width).toBeLessThanOrEqual(180);
    expect(layout.storyPanel.width).toBe(760);
    expect(layout.storyPanel.y).toBeCloseTo(1080 * 0.55);
    // Below the overlay's menu button.
    expect(layout.portrait.y).toBeGreaterThanOrEqual(64);
    expect(layout.clear.x).toBeGreaterThan(layout.portrait.x + layout.portrait.width);
    expect(layout.clear.x + layout.clear.width).toBeLessThan(layout.stancePanel.x);
    expect(layout.clear.y + layout.clear.height).toBeLessThanOrEqual(layout.storyPanel.y);
  });

  it("moves the portrait below the stance strip on a phone", () => {
    const layout = stageLayout(720, 1480, 2);
    expect(layout.compact).toBe(true);
    expect(layout.stancePanel.width).toBe(720);
    expect(layout.portrait.y).toBeGreaterThanOrEqual(layout.stancePanel.height);
    expect(layout.clear.y).toBeGreaterThanOrEqual(layout.stancePanel.height);
    expect(layout.clear.height).toBeGreaterThan(0);
  });

  it("scales CSS sizes to canvas pixels", () => {
    const single = stageLayout(1280, 720, 1);
    const double = stageLayout(2560, 1440, 2);
    expect(double.portrait.width).toBeCloseTo(single.portrait.width * 2);
    expect(double.storyPanel.width).toBeCloseTo(single.storyPanel.width * 2);
  });
});
