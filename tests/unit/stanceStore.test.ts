import { describe, expect, it } from "vitest";
import { createStanceStore, fairNudge, nudgeStance } from "../../src/engine/stanceStore";

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

describe("the stance store", () => {
  it("records every nudge with where it happened and why", () => {
    const store = createStanceStore({ maris: 55, eliot: -45 });
    const record = nudgeStance(store, "maris", -50, { knot: "a2_debate", choice: "Side with the crowd", turn: 3 });
    expect(record).toMatchObject({
      character: "maris",
      before: 55,
      after: -22.5,
      knot: "a2_debate",
      choice: "Side with the crowd",
      turn: 3,
    });
    expect(store.getState().stances).toEqual({ maris: -22.5, eliot: -45 });
    expect(store.getState().history).toHaveLength(1);
  });

  it("refuses an unknown character and names the ones it knows", () => {
    const store = createStanceStore({ maris: 55 });
    expect(() => nudgeStance(store, "mariss", 10, { knot: "k", choice: null, turn: 0 })).toThrow(
      /unknown character "mariss".*maris/,
    );
    expect(store.getState().history).toHaveLength(0);
  });

  it("tells subscribers the new and the previous stances", () => {
    const store = createStanceStore({ dorian: 0 });
    const seen: [number | undefined, number | undefined][] = [];
    store.subscribe((state, previous) => seen.push([state.stances.dorian, previous.stances.dorian]));
    nudgeStance(store, "dorian", 10, { knot: "k", choice: null, turn: 0 });
    expect(seen).toEqual([[10, 0]]);
  });
});
