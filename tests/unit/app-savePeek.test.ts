import { describe, expect, it } from "vitest";
import { chapterSlot, latestAutosavePeek, slotKey } from "../../src/app/savePeek";
import { createSave } from "../../src/engine/save";
import { type KeyValueStorage, SaveSlots } from "../../src/engine/saveSlots";
import { miniRunner } from "../support/fixtures";

describe("the title's look at the autosaves", () => {
  it("finds what SaveSlots wrote (the key prefix is the same) and picks the newest", () => {
    const map = new Map<string, string>();
    const storage: KeyValueStorage = {
      getItem: (key) => map.get(key) ?? null,
      setItem: (key, value) => void map.set(key, value),
      removeItem: (key) => void map.delete(key),
    };
    expect(latestAutosavePeek(storage, ["mini", "other"])).toBeNull();
    const runner = miniRunner();
    runner.continueToChoice();
    const slots = new SaveSlots(storage);
    slots.write("auto-mini", createSave(runner, "mini", new Date("2145-01-01T00:00:00Z")));
    slots.write("auto-other", createSave(runner, "other", new Date("2145-02-01T00:00:00Z")));
    expect(map.has(slotKey("auto-mini"))).toBe(true);
    expect(latestAutosavePeek(storage, ["mini", "other"])).toMatchObject({
      campaign: "other",
      slot: "auto-other",
      act: 1,
      scene: "hall",
    });
  });

  it("offers a chapter replay left mid-way when it is the latest game, and the new-game question sees only the campaign's game", () => {
    const map = new Map<string, string>();
    const storage: KeyValueStorage = {
      getItem: (key) => map.get(key) ?? null,
      setItem: (key, value) => void map.set(key, value),
      removeItem: (key) => void map.delete(key),
    };
    const runner = miniRunner();
    runner.continueToChoice();
    const slots = new SaveSlots(storage);
    slots.write("auto-mini", createSave(runner, "mini", new Date("2145-01-01T00:00:00Z")));
    slots.write(chapterSlot("mini"), createSave(runner, "mini", new Date("2145-01-02T00:00:00Z")));
    expect(latestAutosavePeek(storage, ["mini"], { chapters: true })).toMatchObject({
      slot: "auto-chapter-mini",
      chapter: true,
      savedAt: "2145-01-02T00:00:00.000Z",
    });
    expect(latestAutosavePeek(storage, ["mini"])).toMatchObject({ slot: "auto-mini", chapter: false });
    // The campaign's game played on after the chapter replay: it is the latest again.
    slots.write("auto-mini", createSave(runner, "mini", new Date("2145-01-03T00:00:00Z")));
    expect(latestAutosavePeek(storage, ["mini"], { chapters: true })).toMatchObject({ slot: "auto-mini" });
    // Only chapter replays were played: Continue still has something to offer.
    map.delete(slotKey("auto-mini"));
    expect(latestAutosavePeek(storage, ["mini"], { chapters: true })).toMatchObject({ slot: "auto-chapter-mini" });
    expect(latestAutosavePeek(storage, ["mini"])).toBeNull();
  });

  it("still offers Continue for a damaged autosave (Continue then explains), and survives a throwing storage", () => {
    const damaged: KeyValueStorage = {
      getItem: (key) => (key === slotKey("auto-mini") ? "{not json" : null),
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    expect(latestAutosavePeek(damaged, ["mini"])).toEqual({
      campaign: "mini",
      slot: "auto-mini",
      chapter: false,
      savedAt: "",
      act: null,
      scene: null,
    });
    const throwing: KeyValueStorage = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    expect(latestAutosavePeek(throwing, ["mini"])).toBeNull();
  });
});
