import { describe, expect, it } from "vitest";
import { restoreSave } from "../../src/engine/restore";
import { createSave, parseSave, replayChoices, SaveError } from "../../src/engine/save";
import { compiledFixture, miniJson, miniOptions, miniRunner } from "../support/fixtures";

const options = { ...miniOptions, campaign: "mini" };

function midGameSave() {
  const runner = miniRunner();
  runner.continueToChoice();
  runner.choose(0);
  runner.continueToChoice();
  return { runner, save: createSave(runner, "mini", new Date("2145-06-01T20:00:00Z")) };
}

describe("saves", () => {
  it("round-trip through text to the same line, stances, history and staging", () => {
    const { runner, save } = midGameSave();
    const restored = restoreSave(parseSave(JSON.stringify(save)), miniJson, options);
    expect(restored.replayed).toBe(false);
    const { runner: again } = restored;
    expect(again.stances).toEqual(runner.stances);
    expect(again.stanceHistory).toEqual(runner.stanceHistory);
    expect(again.transcript.map((line) => line.text)).toEqual(runner.transcript.map((line) => line.text));
    expect(again.staging).toEqual({ scene: "roof", mood: "tense", act: 2 });
    expect(again.continueToChoice().choices.map((choice) => choice.text)).toEqual(["Ring the bell", "Keep silent"]);
    again.choose(0);
    expect(again.continueToChoice().ended).toBe(true);
    expect(again.outcome()).toBe("together");
  });

  it("resumes silently when the story was rebuilt without moving the player, and refuses when no choice fits", () => {
    const { save } = midGameSave();
    const rebuilt = restoreSave({ ...save, storyHash: "another-build" }, miniJson, options);
    expect(rebuilt).toMatchObject({ status: "resumed", replayed: false, note: null, kept: 1, total: 1 });
    expect(rebuilt.runner.stances.bo).toBe(-25);
    const edited = {
      ...save,
      storyHash: "another-build",
      choicesTaken: [{ index: 0, text: "A choice the writer deleted" }],
    };
    expect(() => restoreSave(edited, miniJson, options)).toThrow(
      /at choice 1, "A choice the writer deleted" is no longer offered/,
    );
  });

  it("rebuilds from the choice log when the ink state is damaged", () => {
    const { save } = midGameSave();
    const restored = restoreSave({ ...save, inkState: '{"flows": 12}' }, miniJson, options);
    expect(restored.replayed).toBe(true);
    expect(restored.runner.staging.scene).toBe("roof");
  });

  it("refuses a save of another campaign", () => {
    const { save } = midGameSave();
    expect(() => restoreSave(save, miniJson, { ...options, campaign: "neo-lumen" })).toThrow(
      /belongs to the campaign "mini"/,
    );
  });

  it.each([
    ["truncated", (text: string) => text.slice(0, text.length / 2), /cannot be read.*cut short/],
    ["empty", () => "", /it is empty/],
    ["not JSON", () => "<html>hello</html>", /save cannot be read/],
    ["another game's file", () => JSON.stringify({ name: "a spreadsheet" }), /not a Dreamers of 2145 save/],
    // The reason names what was expected, in words (zod/mini alone would only say "Invalid input").
    [
      "the wrong shape",
      (text: string) => text.replace('"version":2', '"version":"one"'),
      /does not say which version of the game wrote it/,
    ],
    [
      "stances out of range",
      (text: string) => text.replace(/"bo":-25/, '"bo":-250'),
      /^the save is damaged: where everyone stands cannot be read$/,
    ],
    [
      "a prototype-polluting key",
      (text: string) => text.replace('{"format"', '{"__proto__":{"polluted":true},"format"'),
      /forbidden key "__proto__"/,
    ],
    [
      "a constructor key",
      (text: string) => text.replace('"staging":{', '"staging":{"constructor":{"prototype":{}},'),
      /forbidden key/,
    ],
  ])("refuse a save that is %s with a clear reason", (_, damage, reason) => {
    const text = JSON.stringify(midGameSave().save);
    expect(() => parseSave(damage(text))).toThrow(SaveError);
    expect(() => parseSave(damage(text))).toThrow(reason);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("rewinds by replaying every choice but the last", () => {
    const { runner } = midGameSave();
    const rewound = replayChoices(miniJson, miniOptions, runner.choicesTaken.slice(0, -1));
    expect(rewound.stances).toEqual({ ada: 0, bo: 50 });
    expect(rewound.choices.map((choice) => choice.text)).toEqual(["Ask Bo to join in", "Let Bo go his own way"]);
  });

  it("saves and restores a story without the game's externals", () => {
    const json = compiledFixture("lighthouse/main.ink");
    const { runner } = restoreSave(
      (() => {
        const original = replayChoices(json, {}, [1, 0]);
        return createSave(original, "lighthouse");
      })(),
      json,
      { campaign: "lighthouse" },
    );
    expect(runner.choices.map((choice) => choice.text)).toContain("Keep climbing");
  });
});
