import { describe, expect, it } from "vitest";
import { autosaveSlot, type KeyValueStorage, SaveSlots } from "../../src/engine/saveSlots";
import { GameSession } from "../../src/stage/gameSession";
import { miniJson, miniManifest } from "../support/fixtures";

/**
 * A story error at a choice leaves the game where it was: the same turn, its choices offered again,
 * nothing half-taken in the log or the autosave. Run: npx vitest run tests/unit/storyError.test.ts
 */
function memoryStorage(): KeyValueStorage {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

describe("a story error at a choice", () => {
  it("puts the game back at the turn it was at", () => {
    // Every nudge of Bo now names a character the campaign does not have.
    const broken = miniJson.replaceAll('"^bo"', '"^nobody"');
    const slots = new SaveSlots(memoryStorage());
    const { session, beat } = GameSession.newGame(miniManifest, broken, slots);
    expect(() => session.choose(0)).toThrow(/unknown character "nobody"/);
    expect(session.turn).toBe(0);
    expect(session.choices.map((choice) => choice.text)).toEqual(beat.choices.map((choice) => choice.text));
    expect(session.autosave().ok).toBe(true);
    const read = slots.read(autosaveSlot("mini"));
    expect(read.status === "ok" && read.save.choicesTaken).toEqual([]);
  });
});
