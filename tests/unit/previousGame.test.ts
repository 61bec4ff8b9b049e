import { describe, expect, it } from "vitest";
import { autosaveSlot, type KeyValueStorage, previousGameSlot, SaveSlots } from "../../src/engine/saveSlots";
import { GameSession } from "../../src/stage/gameSession";
import { miniJson, miniManifest } from "../support/fixtures";

/**
 * Starting over keeps the game in progress as a recoverable "previous game" until another game
 * replaces it. Run: npx vitest run tests/unit/previousGame.test.ts
 */
function memoryStorage(): KeyValueStorage {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

describe("the previous game", () => {
  it("is kept when a new game starts over it, and stays once the new game finishes an act", () => {
    const slots = new SaveSlots(memoryStorage());
    const first = GameSession.newGame(miniManifest, miniJson, slots).session;
    first.choose(1);
    first.autosave();
    first.dispose();
    expect(slots.keepAsPrevious("mini").ok).toBe(true);
    const next = GameSession.newGame(miniManifest, miniJson, slots).session;
    const kept = slots.read(previousGameSlot("mini"));
    expect(kept.status === "ok" && kept.save.choicesTaken.length).toBe(1);
    const auto = slots.read(autosaveSlot("mini"));
    expect(auto.status === "ok" && auto.save.choicesTaken.length).toBe(0);
    // Act II begins with the new game's first choice: Act I is behind it.
    next.choose(0);
    expect(next.autosave().ok).toBe(true);
    expect(slots.read(previousGameSlot("mini")).status).toBe("ok");
  });

  it("tells a game in progress from one that has ended", () => {
    const slots = new SaveSlots(memoryStorage());
    const game = GameSession.newGame(miniManifest, miniJson, slots).session;
    expect(slots.gameInProgress("mini")).toBe(false); // no choice made yet: nothing to lose
    game.choose(0);
    game.autosave();
    expect(slots.gameInProgress("mini")).toBe(true);
    game.choose(0);
    game.autosave();
    expect(game.ended).toBe(true);
    expect(slots.gameInProgress("mini")).toBe(false);
  });
});
