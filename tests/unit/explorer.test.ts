import { describe, expect, it } from "vitest";
import { explore } from "../../src/engine/explorer";
import { replayChoices } from "../../src/engine/save";
import { compiledFixture, miniJson, miniOptions } from "../support/fixtures";

describe("the random explorer", () => {
  it("gives the same report for the same seed", () => {
    const first = explore(miniJson, miniOptions, { runs: 200, seed: 42 });
    const second = explore(miniJson, miniOptions, { runs: 200, seed: 42 });
    expect({ ...first, elapsedMs: 0 }).toEqual({ ...second, elapsedMs: 0 });
    expect(first.outcomes.together).toBeGreaterThan(0);
    expect(first.outcomes.apart).toBeGreaterThan(0);
    expect((first.outcomes.together ?? 0) + (first.outcomes.apart ?? 0)).toBe(200);
  });

  it("reports an error with the exact choice path that reproduces it", () => {
    const json = compiledFixture("runtime-error.ink");
    const report = explore(json, {}, { runs: 100, seed: 3 });
    expect(report.errors).toHaveLength(1);
    const [error] = report.errors;
    expect(error?.message).toMatch(/unknown character "stranger"/);
    expect(() => replayChoices(json, { seed: error?.seed }, error?.path ?? [])).toThrow(/unknown character "stranger"/);
  });

  it("lists the knots no run reached", () => {
    const report = explore(compiledFixture("runtime-error.ink"), {}, { runs: 50, seed: 1 });
    expect(report.knots.unreached).toEqual([{ location: "never_reached", knot: "never_reached" }]);
    expect(report.knots.total).toBe(3);
  });

  it("covers every knot and choice of a classic ink story nobody here wrote", () => {
    const report = explore(compiledFixture("lighthouse/main.ink"), {}, { runs: 300, seed: 9 });
    expect(report.errors).toEqual([]);
    expect(report.knots.unreached).toEqual([]);
    expect(report.choices.unreached).toEqual([]);
    expect(report.knots.total).toBeGreaterThanOrEqual(9);
  });

  it("reports a run that never ends as an error", () => {
    const report = explore(compiledFixture("lighthouse/main.ink"), {}, { runs: 20, seed: 1, maxChoices: 1 });
    expect(report.errors[0]?.message).toMatch(/did not end after 1 choices/);
  });
});
