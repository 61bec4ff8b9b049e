import { describe, expect, it } from "vitest";
import { applyNudge, fairNudge } from "../../src/engine/stances";

describe("fair math", () => {
  it("moves a share of the distance left to the pole the nudge points at", () => {
    expect(fairNudge(0, 20)).toBe(20);
    expect(fairNudge(50, 50)).toBe(75);
    expect(fairNudge(0, -20)).toBe(-20);
    expect(fairNudge(-50, -50)).toBe(-75);
    expect(fairNudge(60, -25)).toBe(20);
  });

  it("never leaves the range, and extremes get harder to reach", () => {
    let value = 0;
    const steps: number[] = [];
    for (let i = 0; i < 30; i++) {
      const next = fairNudge(value, 30);
      steps.push(next - value);
      value = next;
    }
    expect(value).toBeLessThanOrEqual(100);
    expect(steps[10]).toBeLessThan(steps[0] ?? 0);
    expect(fairNudge(90, 500)).toBe(100);
    expect(fairNudge(-90, -500)).toBe(-100);
  });
});

describe("a nudge", () => {
  it("records where it happened and why, before and after", () => {
    const record = applyNudge({ maris: 55, eliot: -45 }, "maris", -50, {
      knot: "a2_debate",
      choice: "Side with the crowd",
      turn: 3,
    });
    expect(record).toEqual({
      character: "maris",
      percent: -50,
      before: 55,
      after: -22.5,
      knot: "a2_debate",
      choice: "Side with the crowd",
      turn: 3,
    });
  });

  it("refuses an unknown character and names the ones it knows, and a percent that is not a number", () => {
    const where = { knot: "k", choice: null, turn: 0 };
    expect(() => applyNudge({ maris: 55 }, "mariss", 10, where)).toThrow(/unknown character "mariss".*maris/);
    expect(() => applyNudge({ maris: 55 }, "maris", Number.NaN, where)).toThrow(/not a number/);
  });
});
