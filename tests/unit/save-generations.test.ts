import { describe, expect, it } from "vitest";
import { autosaveSlot, SaveSlots } from "../../src/engine/saveSlots";
import { GameSession } from "../../src/stage/gameSession";
import { miniJson, miniManifest } from "../support/fixtures";
import { memoryStorage } from "../support/memoryStorage";

/**
 * No write replaces a save with an older state of the same playthrough: two tabs share one
 * storage, and the tab whose game is behind must not overwrite the other's progress.
 * Run: npx vitest run tests/unit/save-generations.test.ts
 */

function autosavedChoices(slots: SaveSlots): number {
  const read = slots.read(autosaveSlot("mini"));
  if (read.status !== "ok") throw new Error(`autosave is ${read.status}`);
  return read.save.choicesTaken.length;
}

describe("two tabs on one autosave", () => {
  it("refuse the write of the tab that is behind, and keep the other tab's progress", () => {
    const storage = memoryStorage();
    const tabA = new SaveSlots(storage);
    const tabB = new SaveSlots(storage);
    // Tab A starts and plays one choice.
    const a = GameSession.newGame(miniManifest, miniJson, tabA).session;
    a.choose(0);
    expect(a.autosave().ok).toBe(true);
    // Tab B continues that save and plays on to the end.
    const read = tabB.read(autosaveSlot("mini"));
    if (read.status !== "ok") throw new Error("no autosave");
    const b = GameSession.fromSave(read.save, miniManifest, miniJson, tabB).session;
    b.choose(0);
    expect(b.autosave().ok).toBe(true);
    expect(autosavedChoices(tabA)).toBe(2);
    // Tab A, one choice behind, plays its own next choice: that write must not replace B's.
    a.choose(1);
    const stale = a.autosave();
    expect(stale.ok).toBe(false);
    expect(stale.ok ? "" : stale.reason).toMatch(/another tab/);
    expect(autosavedChoices(tabA)).toBe(2);
    // B's game goes on saving.
    expect(b.rewind()?.autosave.ok).toBe(true);
  });

  it("let a game loaded from an older manual save take over the autosave", () => {
    const storage = memoryStorage();
    const slots = new SaveSlots(storage);
    const game = GameSession.newGame(miniManifest, miniJson, slots).session;
    expect(game.saveToSlot("1").ok).toBe(true);
    game.choose(0);
    expect(game.autosave().ok).toBe(true);
    const manual = slots.read("1");
    if (manual.status !== "ok") throw new Error("no manual save");
    const loaded = GameSession.fromSave(manual.save, miniManifest, miniJson, slots).session;
    loaded.choose(1);
    expect(loaded.autosave().ok).toBe(true);
    expect(autosavedChoices(slots)).toBe(1);
  });

  it("never write once disposed (a pending autosave after Play again)", () => {
    const storage = memoryStorage();
    const slots = new SaveSlots(storage);
    const ended = GameSession.newGame(miniManifest, miniJson, slots).session;
    ended.choose(0);
    ended.choose(0);
    ended.dispose();
    GameSession.newGame(miniManifest, miniJson, slots);
    expect(ended.autosave().ok).toBe(false);
    expect(autosavedChoices(slots)).toBe(0);
  });
});
