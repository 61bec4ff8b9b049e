import { describe, expect, it } from "vitest";
import { restoreSave } from "../../src/engine/restore";
import {
  createSave,
  MAX_SAVE_BYTES,
  parseSave,
  replayChoices,
  SAVED_TRANSCRIPT_LINES,
  SaveError,
  type SaveGame,
} from "../../src/engine/save";
import { compiledFixture, miniJson, miniOptions } from "../support/fixtures";

/**
 * The choice log is the truth of a save: an imported file whose other fields were edited (the ink
 * state moved to another knot, another story's state, stances no history explains) is rebuilt from
 * its choices and the player is told, or refused with a reason that names what disagreed.
 * Run: npx vitest run tests/unit/save-truth.test.ts
 */
const options = { ...miniOptions, campaign: "mini" };

function saveAfter(choices: number[]): SaveGame {
  return createSave(replayChoices(miniJson, miniOptions, choices), "mini", new Date("2145-06-01T20:00:00Z"));
}

describe("a save whose fields disagree with its choice log", () => {
  it("restores an honest save as it was, with nothing to say", () => {
    const restored = restoreSave(parseSave(JSON.stringify(saveAfter([0]))), miniJson, options);
    expect(restored.note).toBeNull();
    expect(restored.runner.stances).toEqual({ ada: 0, bo: -25 });
  });

  it("rebuilds a first-act save whose ink state was moved to the ending, and says so", () => {
    const firstAct = saveAfter([]);
    const ending = saveAfter([0, 0]);
    const restored = restoreSave({ ...firstAct, inkState: ending.inkState }, miniJson, options);
    expect(restored.runner.ended).toBe(false);
    expect(restored.runner.choices.map((choice) => choice.text)).toEqual([
      "Ask Bo to join in",
      "Let Bo go his own way",
    ]);
    expect(restored.runner.staging.act).toBe(1);
    expect(restored.note).toMatch(/story position/);
    expect(restored.note).toMatch(/rebuilt from the 0 choices/);
  });

  it("refuses a save carrying another story's ink state, naming it", () => {
    const lighthouse = compiledFixture("lighthouse/main.ink");
    const foreign = createSave(replayChoices(lighthouse, {}, [1]), "lighthouse");
    const crossed = { ...saveAfter([0]), inkState: foreign.inkState };
    expect(() => restoreSave(crossed, miniJson, options)).toThrow(SaveError);
    expect(() => restoreSave(crossed, miniJson, options)).toThrow(/another story.*(boathouse|shore)/);
  });

  it("rebuilds stances that leave a character out, naming who", () => {
    const save = saveAfter([0]);
    const restored = restoreSave({ ...save, stances: { stances: {}, history: [] } }, miniJson, options);
    expect(restored.runner.stances).toEqual({ ada: 0, bo: -25 });
    expect(restored.note).toMatch(/stances/);
    expect(restored.note).toMatch(/ada.*bo|bo.*ada/);
  });

  it("rebuilds stances that no history explains (all at 100)", () => {
    const save = saveAfter([0]);
    const forged = { ...save, stances: { ...save.stances, stances: { ada: 100, bo: 100 } } };
    const restored = restoreSave(forged, miniJson, options);
    expect(restored.runner.stances).toEqual({ ada: 0, bo: -25 });
    expect(restored.note).toMatch(/bo: 100 in the save, -25 by its choices/);
  });

  it("rebuilds a nudge history that does not match the choices", () => {
    const save = saveAfter([0]);
    const forged = { ...save, stances: { ...save.stances, history: [] } };
    const restored = restoreSave(forged, miniJson, options);
    expect(restored.runner.stanceHistory).toHaveLength(1);
    expect(restored.note).toMatch(/stance history/);
  });

  it("refuses a log the story could not have produced, naming the choice", () => {
    const save = saveAfter([0]);
    const forged = { ...save, choicesTaken: [{ index: 2, text: "A choice only a leaning Ada sees" }] };
    expect(() => restoreSave(forged, miniJson, options)).toThrow(/choice 1.*A choice only a leaning Ada sees/);
  });
});

describe("the bounds of a save", () => {
  it("refuses a file over the size limit at once, naming its size and the limit", () => {
    const padded = JSON.stringify(saveAfter([0])) + " ".repeat(55 * 1024 * 1024);
    expect(MAX_SAVE_BYTES).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(() => parseSave(padded)).toThrow(SaveError);
    expect(() => parseSave(padded)).toThrow(/55\.0 MB.*limit is \d MB/);
  });

  it("says what deep nesting was, not that the file may be truncated", () => {
    const deep = `{"format":"dreamers-of-2145/save","x":${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
    expect(() => parseSave(deep)).toThrow(/nested 100001 levels deep/);
    expect(() => parseSave(deep)).not.toThrow(/truncated/);
  });

  it("carries only the last lines of the transcript; the choices rebuild the rest on load", () => {
    const runner = replayChoices(miniJson, miniOptions, [0]);
    const line = runner.transcript[0];
    if (!line) throw new Error("no line");
    for (let i = 0; i < SAVED_TRANSCRIPT_LINES * 2; i++) runner.transcript.unshift({ ...line, text: `old ${i}` });
    const save = createSave(runner, "mini");
    expect(save.transcript).toHaveLength(SAVED_TRANSCRIPT_LINES);
    expect(save.transcript.at(-1)?.text).toBe(runner.transcript.at(-1)?.text);
    const restored = restoreSave(parseSave(JSON.stringify(save)), miniJson, options);
    expect(restored.runner.transcript.map((entry) => entry.text)).toContain("The hall is quiet.");
  });
});
