import { describe, expect, it } from "vitest";
import {
  type ChapterSnapshot,
  chaptersFormat,
  fromActStart,
  reachableChapters,
  recordActEntry,
  recordEndingReached,
} from "../../src/engine/replay/chapterSnapshots";
import { routeMapModel } from "../../src/engine/replay/routeMap";
import { parseRecord } from "../../src/engine/replay/storedRecord";
import { replayChoices } from "../../src/engine/save";
import { outlineStory } from "../../src/engine/storyOutline";
import { StoryRunner } from "../../src/engine/storyRunner";
import { compiledFixture } from "../support/fixtures";

const fixture = compiledFixture("replay/main.ink");

const snapshot = (act: number, run: string, choices: ChapterSnapshot["choices"] = []): ChapterSnapshot => ({
  act,
  run,
  enteredAt: `2026-01-0${act}`,
  choices,
  stances: { ada: act * 10 },
  scene: null,
});

describe("chapter snapshots", () => {
  it("keep each act's latest entry, and the entries of the run that reached each ending", () => {
    let record = chaptersFormat.empty();
    record = recordActEntry(record, "city", snapshot(1, "first"));
    record = recordActEntry(record, "city", snapshot(2, "first"));
    record = recordEndingReached(record, "city", "first", "dawn");
    record = recordActEntry(record, "city", snapshot(1, "second"));
    expect(reachableChapters(record, "city").map((entry) => [entry.act, entry.run])).toEqual([
      [1, "second"],
      [2, "first"],
    ]);
    expect(record.campaigns.city?.byEnding.dawn?.map((entry) => entry.act)).toEqual([1, 2]);
    expect(reachableChapters(record, "elsewhere")).toEqual([]);
  });

  it("survive a reload, and damaged entries are dropped with a notice", () => {
    const record = recordActEntry(chaptersFormat.empty(), "city", snapshot(2, "first"));
    expect(parseRecord(JSON.stringify(record), chaptersFormat)).toEqual({ value: record, notice: null });
    const damaged = JSON.parse(JSON.stringify(record));
    damaged.campaigns.city.latest.push({ act: "two" });
    const read = parseRecord(JSON.stringify(damaged), chaptersFormat);
    expect(read.notice).toMatch(/chapters you can replay was partly damaged/);
    expect(reachableChapters(read.value, "city")).toHaveLength(1);
  });

  it("start a chapter at the act's first line, in the state the act began in", () => {
    const runner = new StoryRunner(fixture);
    runner.continueToChoice();
    runner.choose(0);
    const beat = runner.continueToChoice();
    const actLine = beat.lines.find((line) => line.tags.act === 2);
    expect(actLine?.text).toBe("A lantern swings on the far pier.");
    const entry = snapshot(
      2,
      "first",
      runner.choicesTaken.map((choice) => ({ ...choice })),
    );

    const replayed = replayChoices(fixture, {}, entry.choices);
    const lines = fromActStart(
      replayed.transcript.filter((line) => line.turn === replayed.turn),
      2,
    );
    expect(lines[0]?.text).toBe("A lantern swings on the far pier.");
    expect(replayed.choices.map((choice) => choice.text)).toEqual(runner.choices.map((choice) => choice.text));
    expect(replayed.story.state.ToJson()).toBe(runner.story.state.ToJson());
  });
});

describe("the route map's content", () => {
  const { decisions } = outlineStory(fixture);
  const [harbour, lantern, island] = decisions;

  it("marks this run's route, earlier runs' branches, and locks the rest, act by act", () => {
    const route = [{ target: harbour?.options[0]?.id, text: "Row out" }];
    const earlier = new Set([harbour?.options[1]?.id ?? "", lantern?.options[0]?.id ?? ""]);
    const model = routeMapModel(decisions, route, earlier);
    expect(model.acts.map((act) => act.act)).toEqual([1, 2]);
    const [first, second] = model.acts;
    expect(first?.decisions[0]?.options.map((option) => [option.state, option.label])).toEqual([
      ["current", "Row out"],
      ["earlier", null],
    ]);
    expect(second?.decisions.map((decision) => decision.state)).toEqual(["earlier", "locked"]);
    expect(second?.decisions[1]?.id).toBe(island?.id);
    expect(model.counts).toEqual({ current: 1, everTaken: 3, options: 5 });
  });

  it("never labels a branch the player did not take on this run", () => {
    const earlier = new Set(decisions.flatMap((decision) => decision.options.map((option) => option.id)));
    const model = routeMapModel(decisions, [], earlier);
    const labels = model.acts.flatMap((act) =>
      act.decisions.flatMap((decision) => decision.options.map((o) => o.label)),
    );
    expect(labels.every((label) => label === null)).toBe(true);
  });
});
