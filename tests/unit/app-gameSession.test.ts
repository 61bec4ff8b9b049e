import { describe, expect, it } from "vitest";
import { parsePlaythroughScript, runPlaythrough } from "../../src/engine/playthrough";
import { parseSave } from "../../src/engine/save";
import { autosaveSlot, type KeyValueStorage, SaveSlots } from "../../src/engine/saveSlots";
import { StoryRunner } from "../../src/engine/storyRunner";
import { GameSession } from "../../src/stage/gameSession";
import { miniJson, miniManifest, miniOptions } from "../support/fixtures";
import { memoryStorage } from "../support/memoryStorage";
import { campaignVariant } from "../support/storyVariants";

function newGame(storage: KeyValueStorage = memoryStorage()) {
  const slots = new SaveSlots(storage);
  return { slots, ...GameSession.newGame(miniManifest, miniJson, slots) };
}

describe("the game session", () => {
  it("starts with the first beat, its staging on the first line's step, and autosaves", () => {
    const { session, beat, autosave, slots } = newGame();
    expect(autosave).toEqual({ ok: true });
    expect(slots.read(autosaveSlot("mini")).status).toBe("ok");
    expect(beat.kind).toBe("play");
    expect(beat.steps.map((step) => step.line?.text)).toEqual(["The hall is quiet.", "Welcome, both of you."]);
    expect(beat.steps[0]).toMatchObject({
      tags: { scene: "hall", mood: "calm", act: 1 },
      staging: { scene: "hall", mood: "calm", act: 1 },
      nudges: [],
    });
    expect(beat.steps[1]?.tags).toEqual({ speaker: "Announcer", unknown: [] });
    expect(beat.choices.map((choice) => choice.text)).toEqual(["Ask Bo to join in", "Let Bo go his own way"]);
    expect(session.canRewind).toBe(false);
  });

  it("attaches a choice's nudge to the line it comes with, and keeps the chosen text as the player's line", () => {
    const { session } = newGame();
    const beat = session.choose(0);
    expect(beat.chosen).toBe("Ask Bo to join in");
    const [first, second] = beat.steps;
    expect(first?.line).toMatchObject({ speaker: "bo", text: "Fine. Just this once." });
    expect(first?.nudges).toEqual([
      expect.objectContaining({ character: "bo", before: 50, after: -25, choice: "Ask Bo to join in" }),
    ]);
    expect(first?.staging).toMatchObject({ act: 1, scene: "hall" });
    expect(second?.staging).toMatchObject({ act: 2, scene: "roof" });
    expect(session.snapshot().history.at(-1)?.after).toBe(-25);
  });

  it("rewinds the last choice: stances, staging and the turn's lines come back", () => {
    const { session } = newGame();
    session.choose(1);
    expect(session.snapshot().stances.bo).toBe(60);
    const rewound = session.rewind();
    expect(rewound?.autosave).toEqual({ ok: true });
    expect(rewound?.beat.kind).toBe("reshow");
    expect(rewound?.beat.steps.map((step) => step.line?.text)).toEqual(["The hall is quiet.", "Welcome, both of you."]);
    expect(session.snapshot()).toMatchObject({ stances: { ada: 0, bo: 50 }, staging: { act: 1, scene: "hall" } });
    expect(session.canRewind).toBe(false);
    expect(session.rewind()).toBeNull();
  });

  it("resumes a save at the same line, with the choices after it", () => {
    const storage = memoryStorage();
    const { session, slots } = newGame(storage);
    session.choose(0);
    session.autosave();
    const read = slots.read(autosaveSlot("mini"));
    if (read.status !== "ok") throw new Error("autosave unreadable");
    const resumed = GameSession.fromSave(read.save, miniManifest, miniJson, slots);
    expect(resumed.replayed).toBe(false);
    expect(resumed.beat.kind).toBe("reshow");
    expect(resumed.beat.steps.at(-1)?.line?.text).toBe("Bo stands at your side.");
    expect(resumed.beat.choices.map((choice) => choice.text)).toEqual(["Ring the bell", "Keep silent"]);
    expect(resumed.session.snapshot().stances).toEqual({ ada: 0, bo: -25 });
  });

  it("writes a playthrough log that `play --script` replays to the same end", () => {
    const { session } = newGame();
    session.choose(0);
    session.choose(0);
    expect(session.ended).toBe(true);
    const log = parsePlaythroughScript(JSON.parse(JSON.stringify(session.playthroughLog())));
    // Its title says why, as the report does: the one condition, what it read.
    expect(log.title).toMatch(
      /\. Why this ending: Both lean to unity and the bell was rung\. \(Ada Quill: -50; Bo Lark: -25; The bell: rung\)$/,
    );
    expect(log).toMatchObject({
      story: "mini",
      steps: [{ choose: 0 }, { choose: 0 }],
      expect: { ended: true, outcome: "together" },
    });
    const replay = runPlaythrough(new StoryRunner(miniJson, miniOptions), log);
    expect(replay.failures).toEqual([]);
    expect(session.report()).toMatchObject({
      outcome: { id: "together", title: "Together" },
      startingStances: { ada: 0, bo: 50 },
      finalStances: { ada: -50, bo: -25 },
      turns: 2,
    });
  });

  it("interleaves lines, choices and act changes in the history, as the log reads live", () => {
    const { session } = newGame();
    session.choose(0);
    const history = session.history();
    expect(
      history.map((entry) =>
        entry.kind === "choice"
          ? `> ${entry.text}`
          : entry.kind === "chapter"
            ? `# ${entry.act} ${entry.scene}`
            : entry.text,
      ),
    ).toEqual([
      "# 1 hall",
      "The hall is quiet.",
      "Welcome, both of you.",
      "> Ask Bo to join in",
      "Fine. Just this once.",
      "# 2 roof",
      "Bo stands at your side.",
    ]);
  });

  it("replays a chapter from its act's first line, starting from the stances and staging the steps before it left", () => {
    const { session: played } = newGame();
    const firstChoice = played.choose(0);
    const slots = new SaveSlots(memoryStorage());
    const { session, beat } = GameSession.chapter(
      miniManifest,
      miniJson,
      slots,
      { act: 2, choices: played.choicesTaken() },
      "auto-chapter-mini",
    );
    const dropped = firstChoice.steps.length - beat.steps.length;
    expect(dropped).toBeGreaterThan(0);
    expect(beat.steps[0]?.staging.act).toBe(2);
    // Bo's move came with a line before the act began: the chapter starts after it, not by undoing it.
    expect(beat.before.stances).toEqual({ ada: 0, bo: -25 });
    expect(beat.before.staging.act).toBe(1);
    expect(beat.steps.flatMap((step) => step.nudges)).toEqual([]);
    expect(session.snapshot().stances).toEqual(beat.before.stances);
  });

  it("keeps playing after a failed autosave and says why", () => {
    const broken: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw Object.assign(new Error("quota"), { name: "QuotaExceededError" });
      },
      removeItem: () => undefined,
    };
    const { session, autosave } = newGame(broken);
    expect(autosave).toEqual({ ok: false, reason: "the browser's storage is full" });
    expect(session.choose(0).steps.length).toBeGreaterThan(0);
    expect(session.autosave().ok).toBe(false);
  });

  it("follows a rebuilt story from the same place, the option taken found by its path when its words changed", () => {
    const { session } = newGame();
    session.choose(1);
    expect(session.replaceStory(miniJson)).toMatchObject({ ok: true, beat: { kind: "reshow" } });
    expect(session.snapshot().stances.bo).toBe(60);
    const other = JSON.stringify(JSON.parse(miniJson)).replace("Let Bo go his own way", "Let Bo leave");
    const result = session.replaceStory(other);
    expect(result).toMatchObject({ ok: true, note: expect.stringMatching(/worded differently/) });
    expect(session.snapshot().stances.bo).toBe(60);
    expect(session.choicesTaken().map((choice) => choice.text)).toEqual(["Let Bo leave"]);
  });

  it("keeps the player in the version they have when none of their choices fits the rebuilt story", () => {
    const { session } = newGame();
    session.choose(1);
    const other = campaignVariant("mini-campaign", [
      { file: "main.ink", from: "opening", to: "prelude" },
      { file: "main.ink", from: "[Ask Bo to join in]", to: "[Call Bo over]" },
      { file: "main.ink", from: "[Let Bo go his own way]", to: "[Let Bo leave]" },
    ]);
    const result = session.replaceStory(other.json);
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/none of this game's choices/) });
    expect(session.snapshot().stances.bo).toBe(60);
  });

  it("exports a save the validator accepts", () => {
    const { session } = newGame();
    const file = session.exportSave(new Date("2145-06-01T20:00:00Z"));
    expect(file.fileName).toBe("dreamers-of-2145-mini-act1-2145-06-01-20-00.json");
    expect(parseSave(file.text).campaign).toBe("mini");
  });
});
