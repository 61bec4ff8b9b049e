import { Story } from "inkjs";
import { describe, expect, it } from "vitest";
import { loadStory } from "../../src/build/campaigns";
import { knotOfCurrentLine, lineId } from "../../src/engine/lineIdentity";
import { seededRandom } from "../../src/engine/random";
import { END_OF_STORY } from "../../src/engine/replay/routeMap";
import { outlineStory } from "../../src/engine/storyOutline";
import { EXTERNAL_FUNCTIONS, StoryRunner } from "../../src/engine/storyRunner";
import { compiledFixture } from "../support/fixtures";

const fixture = compiledFixture("replay/main.ink");

describe("the story outline the build makes", () => {
  const outline = outlineStory(fixture);

  it("lists the written lines and leaves out the ones logic builds", () => {
    const ids = new Set(outline.lines);
    expect(ids.has(lineId("harbour", "The harbour is quiet tonight."))).toBe(true);
    expect(ids.has(lineId("harbour", "You row out past the breakwater."))).toBe(true);
    expect(ids.has(lineId("ending", "Morning comes."))).toBe(true);
    expect([...ids].some((id) => id === lineId("harbour", "The tide turns under you."))).toBe(false);
    expect(outline.lines).toHaveLength(7);
  });

  it("finds each decision point, its act, and where each option leads", () => {
    expect(outline.decisions.map((decision) => [decision.knot, decision.act, decision.options.length])).toEqual([
      ["harbour", 1, 2],
      ["lantern", 2, 2],
      ["island", 2, 1],
    ]);
    const [harbour, lantern, island] = outline.decisions;
    // Both options gather, then divert to the lantern, whose conditional divert may skip its choices.
    expect(harbour?.options[0]?.next).toEqual([lantern?.id, island?.id]);
    expect(lantern?.options.map((option) => option.next)).toEqual([[END_OF_STORY], [END_OF_STORY]]);
    expect(island?.options[0]?.next).toEqual([END_OF_STORY]);
  });

  it("names options by the target the runner records, and lines by the id the runner gives them", () => {
    const runner = new StoryRunner(fixture);
    const beat = runner.continueToChoice();
    expect(beat.lines.map((line) => line.id)).toEqual([
      lineId("harbour", "The harbour is quiet tonight."),
      lineId("harbour", "The boats knock together like teeth."),
    ]);
    runner.choose(0);
    expect(runner.choicesTaken[0]?.target).toBe(outline.decisions[0]?.options[0]?.id);
  });

  it("keeps a line's id when another knot is edited, and changes it when the line is", () => {
    const edited = fixture.replace("A lantern swings on the far pier.", "A lantern swings on the near pier.");
    const before = new Set(outline.lines);
    const after = new Set(outlineStory(edited).lines);
    expect(after.has(lineId("harbour", "The harbour is quiet tonight."))).toBe(true);
    expect(before.has(lineId("lantern", "A lantern swings on the near pier."))).toBe(false);
    expect(after.has(lineId("lantern", "A lantern swings on the near pier."))).toBe(true);
  });
});

describe.each(["neo-lumen", "neo-unity"])("the outline of %s", (campaign) => {
  const loaded = loadStory(campaign);
  const json = loaded.compile.json as string;
  const outline = outlineStory(json, EXTERNAL_FUNCTIONS);
  const decisions = new Map(outline.decisions.map((decision) => [decision.id, decision]));

  it("holds every decision point, option and act that random playthroughs meet, and their written lines", () => {
    const random = seededRandom(7);
    const lines = new Set(outline.lines);
    const seenWritten = new Set<string>();
    for (let run = 0; run < 24; run++) {
      const runner = new StoryRunner(json, { manifest: loaded.manifest, seed: run });
      let beat = runner.continueToChoice();
      while (!beat.ended) {
        for (const line of beat.lines) if (line.id && lines.has(line.id)) seenWritten.add(line.id);
        const source = runner.story.currentChoices[0]?.sourcePath ?? "";
        const decision = decisions.get(source.split(".").slice(0, -1).join("."));
        expect(decision, `decision at ${source}`).toBeDefined();
        expect(decision?.act).toBe(runner.staging.act);
        const index = Math.floor(random() * beat.choices.length);
        runner.choose(index);
        expect(decision?.options.map((option) => option.id)).toContain(runner.choicesTaken.at(-1)?.target);
        beat = runner.continueToChoice();
      }
    }
    // Two dozen runs read most of what is written: the outline is not padded with lines no run meets.
    expect(seenWritten.size / lines.size).toBeGreaterThan(0.8);
  });

  it("gives a line the id the outline gave it, whichever way ink reaches it", () => {
    const story = new Story(json);
    story.allowExternalFunctionFallbacks = true;
    const text = story.Continue()?.trim() ?? "";
    expect(outline.lines).toContain(lineId(knotOfCurrentLine(story), text));
  });
});
