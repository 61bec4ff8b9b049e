import { afterAll, describe, expect, it } from "vitest";
import { type RestoredSave, restoreSave } from "../../src/engine/restore";
import { createSave, parseSave, replayChoices, type SaveGame } from "../../src/engine/save";
import { SaveSlots } from "../../src/engine/saveSlots";
import { GameSession } from "../../src/stage/gameSession";
import { engineWithStagingTag, removeEngineBuild } from "../support/engineBuild";
import { memoryStorage } from "../support/memoryStorage";
import { type CompiledCampaign, campaignVariant, type StoryEdit } from "../support/storyVariants";

/**
 * The seven changes of issue 20's table, each made to a story (and one to the engine) the way a
 * later release makes it, then a game saved on the build before is loaded on the build after. The
 * promise (DESIGN.md section 4): the game resumes where it was, or at the furthest point its
 * choices still reach, with a word; never lost while the story still has its start.
 * Run: npx vitest run --project unit tests/unit/save-updates.test.ts
 */
const today = campaignVariant("updates");
/** Act III, six choices in: Ask Bo, Take the cup, Ring the bell, Look north, Wave, Breathe, Bo. */
const ROUTE = [0, 0, 0, 0, 0, 0];
const save: SaveGame = parseSave(
  JSON.stringify(createSave(replayChoices(today.json, { manifest: today.manifest }, ROUTE), "updates")),
);

function load(build: CompiledCampaign, saved: SaveGame = save): RestoredSave {
  const restored = restoreSave(saved, build.json, { manifest: build.manifest, campaign: "updates" });
  console.info(
    `${expect.getState().currentTestName}: ${restored.status}, ${restored.kept} of ${restored.total} choices kept; the player reads: ${restored.note ?? "(nothing: the game simply goes on)"}`,
  );
  return restored;
}

const offered = (restored: RestoredSave) => restored.runner.choices.map((choice) => choice.text);

describe("a save made before a release, loaded after it", () => {
  it("one option's text edited (at choice 2): resumed, every choice kept, the player told", () => {
    const build = campaignVariant("updates", [
      { file: "main.ink", from: "[Take the cup.]", to: "[Take the cup from her.]" },
    ]);
    const restored = load(build);
    expect(restored).toMatchObject({ status: "resumed", kept: 6, total: 6 });
    expect(offered(restored)).toEqual(["Go home", "Stay"]);
    expect(restored.runner.stances).toEqual(save.stances.stances);
    expect(restored.note).toMatch(/one option you took is now worded differently/);
    // A chapter replay of Act II (its snapshot logs the edited option) starts as before.
    const chapter = GameSession.chapter(
      build.manifest,
      build.json,
      new SaveSlots(memoryStorage()),
      {
        act: 2,
        choices: save.choicesTaken.slice(0, 2),
      },
      "auto-chapter-updates",
    );
    expect(chapter.note).toBeNull();
    expect(chapter.beat.steps[0]?.line?.text).toBe("The roof is cold.");
  });

  it("an option added before the one taken: resumed, every choice kept", () => {
    const restored = load(
      campaignVariant("updates", [
        {
          file: "main.ink",
          from: "* [Take the cup.]",
          to: '* [Spill the cup.]\n    ~ nudge("ada", 5)\n* [Take the cup.]',
        },
      ]),
    );
    expect(restored).toMatchObject({ status: "resumed", kept: 6, total: 6 });
    expect(restored.runner.choicesTaken[1]?.text).toBe("Take the cup.");
    expect(restored.runner.stances).toEqual(save.stances.stances);
    expect(offered(restored)).toEqual(["Go home", "Stay"]);
  });

  it("a knot with a choice added at the start: resumed, every choice kept, the new choice made for the player", () => {
    const restored = load(
      campaignVariant("updates", [
        {
          file: "main.ink",
          from: "VAR rang_bell = false\n-> a1_hall",
          to: "VAR rang_bell = false\n-> a0_prologue\n\n=== a0_prologue ===\n# act: 1\n# scene: hall\nA voice before the hall.\n* [Listen]\n* [Cover your ears]\n- -> a1_hall",
        },
      ]),
    );
    expect(restored).toMatchObject({ status: "resumed", kept: 6, total: 6 });
    expect(restored.runner.choicesTaken.map((choice) => choice.text).slice(0, 2)).toEqual([
      "Listen",
      "Ask Bo to join in",
    ]);
    expect(restored.note).toMatch(/a new choice was made for you: "Listen"/);
    expect(offered(restored)).toEqual(["Go home", "Stay"]);
  });

  it("the knot of the last choice deleted: resumed further back, at the furthest point that replays", () => {
    const restored = load(
      campaignVariant("updates", [
        { file: "main.ink", from: /=== a3_eve ===[\s\S]*?(?==== a3_end ===)/, to: "" },
        { file: "main.ink", from: "-> a3_eve", to: "-> a3_end" },
        { file: "main.ink", from: "=== a3_end ===\n# scene: hall", to: "=== a3_end ===\n# act: 3\n# scene: hall" },
      ]),
    );
    expect(restored).toMatchObject({ status: "further back", kept: 5, total: 6 });
    expect(restored.runner.staging.act).toBe(3);
    expect(offered(restored)).toEqual(["Go home", "Stay"]);
    expect(restored.note).toMatch(/Act III, The hall \(5 of your 6 choices kept\)/);
    expect(restored.note).not.toMatch(/schema|Invalid input|connection/);
  });

  it("a character renamed (id and display name): resumed, every choice kept, stances under the new id", () => {
    const edits: StoryEdit[] = [
      { file: "main.ink", from: 'nudge("bo"', to: 'nudge("bob"' },
      { file: "main.ink", from: "# speaker: bo\n", to: "# speaker: bob\n" },
      { file: "campaign.json", from: '"id": "bo"', to: '"id": "bob"' },
      { file: "campaign.json", from: '"name": "Bo Lark"', to: '"name": "Bob Lark"' },
      { file: "campaign.json", from: "bo < 0", to: "bob < 0" },
    ];
    const restored = load(campaignVariant("updates", edits));
    expect(restored).toMatchObject({ status: "resumed", kept: 6, total: 6 });
    expect(restored.runner.stances).toEqual({ ada: save.stances.stances.ada, bob: save.stances.stances.bo });
  });

  it("a line of narration edited: resumed where it was, with nothing to say", () => {
    const restored = load(
      campaignVariant("updates", [
        { file: "main.ink", from: "The roof is cold.", to: "The roof is colder than the river." },
      ]),
    );
    expect(restored).toMatchObject({ status: "resumed", kept: 6, total: 6, note: null });
    expect(restored.runner.transcript.map((line) => line.text)).toContain("The roof is colder than the river.");
  });

  describe("a new staging tag in the engine (weather), used by the story", () => {
    const engine = engineWithStagingTag(
      "weather",
      '{ value: z.string().check(z.minLength(1)), lasts: "staging", default: null }',
    );
    afterAll(() => removeEngineBuild(engine));

    it("reads every save made before the tag, resumed with every choice kept", async () => {
      const later = {
        save: (await import(`${engine}/save.ts`)) as typeof import("../../src/engine/save"),
        restore: (await import(`${engine}/restore.ts`)) as typeof import("../../src/engine/restore"),
      };
      const build = campaignVariant("updates", [
        { file: "main.ink", from: "# mood: tense\n", to: "# mood: tense\n# weather: rain\n" },
      ]);
      const read = later.save.parseSave(JSON.stringify(save));
      expect(read.staging).toMatchObject({ act: 3, weather: null });
      const restored = later.restore.restoreSave(read, build.json, { manifest: build.manifest, campaign: "updates" });
      console.info(
        `new staging tag: ${restored.status}, ${restored.kept} of ${restored.total} choices kept; the player reads: ${restored.note ?? "(nothing)"}`,
      );
      expect(restored).toMatchObject({ status: "resumed", kept: 6, total: 6 });
      expect(restored.runner.staging).toMatchObject({ act: 3, weather: "rain" });
    });
  });
});

describe("a balance change in campaign.json (a character's starting stance)", () => {
  it("resumes every choice and says the stances were worked out again, not that the save disagreed with itself", () => {
    const build = campaignVariant("updates", [{ file: "campaign.json", from: '"start": 50', to: '"start": 40' }]);
    const restored = load(build);
    expect(restored).toMatchObject({ status: "resumed", kept: 6, total: 6 });
    expect(restored.note).toMatch(/worked out again by its new rules/);
    expect(restored.note).not.toMatch(/did not agree/);
    expect(restored.runner.stances.bo).not.toBe(save.stances.stances.bo);
  });
});
