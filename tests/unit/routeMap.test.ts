import { describe, expect, it } from "vitest";
import { routeMapModel, routeSummary } from "../../src/engine/replay/routeMap";
import { outlineStory } from "../../src/engine/storyOutline";
import { miniJson, miniRunner } from "../support/fixtures";

/** The mini campaign played to its end by the first choice each time: its route, as the game records it. */
function firstChoiceRoute() {
  const runner = miniRunner();
  let beat = runner.continueToChoice();
  while (!beat.ended) {
    runner.choose(0);
    beat = runner.continueToChoice();
  }
  return runner.choicesTaken;
}

describe("the route map's summary", () => {
  const { decisions } = outlineStory(miniJson);
  const route = firstChoiceRoute();

  it("counts its share in the branches it draws, so the share agrees with the branches taken", () => {
    const model = routeMapModel(decisions, route, new Set());
    const { current, everTaken, options } = model.counts;
    expect(current).toBe(route.length);
    expect(everTaken).toBe(current);
    const text = routeSummary(model.counts, "Mini");
    expect(text).toBe(
      `Over all your playthroughs you have taken ${everTaken} of Mini's ${options} branches (${Math.round((everTaken / options) * 100)}%); this playthrough took ${current}.`,
    );
  });

  it("adds earlier playthroughs' branches to the share, never this run's twice", () => {
    const taken = new Set(route.flatMap((choice) => (choice.target ? [choice.target] : [])));
    const other = decisions.flatMap((decision) => decision.options).find((option) => !taken.has(option.id));
    if (!other) throw new Error("the mini campaign has no branch the first choices leave untaken");
    const model = routeMapModel(decisions, route, new Set([other.id, ...taken]));
    expect(model.counts.everTaken).toBe(route.length + 1);
    expect(routeSummary(model.counts, "Mini")).toContain(`taken ${route.length + 1} of Mini's`);
  });

  it("never says 0% once a branch is taken, nor 100% while one is left", () => {
    expect(routeSummary({ current: 1, everTaken: 1, options: 249 }, "Neo-Lumen")).toBe(
      "Over all your playthroughs you have taken 1 of Neo-Lumen's 249 branches (1%); this playthrough took 1.",
    );
    expect(routeSummary({ current: 0, everTaken: 248, options: 249 }, "Neo-Lumen")).toContain("(99%)");
    expect(routeSummary({ current: 0, everTaken: 0, options: 249 }, "Neo-Lumen")).toContain("(0%)");
  });
});
