import { describe, expect, it } from "vitest";
import { latestAutosavePeek, slotKey } from "../../src/app/savePeek";
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

  it("still offers Continue for a damaged autosave (Continue then explains), and survives a throwing storage", () => {
    const damaged: KeyValueStorage = {
      getItem: (key) => (key === slotKey("auto-mini") ? "{not json" : null),
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    expect(latestAutosavePeek(damaged, ["mini"])).toEqual({
      campaign: "mini",
      slot: "auto-mini",
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
