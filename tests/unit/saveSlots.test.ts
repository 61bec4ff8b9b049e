import { describe, expect, it } from "vitest";
import { createSave } from "../../src/engine/save";
import { type KeyValueStorage, SaveSlots } from "../../src/engine/saveSlots";
import { miniRunner } from "../support/fixtures";
import { memoryStorage } from "../support/memoryStorage";

function aSave(savedAt: string) {
  const runner = miniRunner();
  runner.continueToChoice();
  return createSave(runner, "mini", new Date(savedAt));
}

describe("save slots", () => {
  it("report a damaged slot and leave every other slot as it was", () => {
    const storage = memoryStorage();
    const slots = new SaveSlots(storage);
    slots.write("1", aSave("2145-01-01T00:00:00Z"));
    slots.write("2", aSave("2145-01-02T00:00:00Z"));
    storage.map.set("dreamers-of-2145/save/2", "{ broken");
    const before = new Map(storage.map);
    expect(slots.read("2")).toMatchObject({ status: "damaged", reason: expect.stringMatching(/save cannot be read/) });
    expect(slots.read("1").status).toBe("ok");
    expect(slots.read("3").status).toBe("empty");
    expect(storage.map).toEqual(before);
  });

  it("report storage that refuses writes instead of throwing", () => {
    const full: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw Object.assign(new Error("quota"), { name: "QuotaExceededError" });
      },
      removeItem: () => undefined,
    };
    expect(new SaveSlots(full).write("1", aSave("2145-01-01T00:00:00Z"))).toEqual({
      ok: false,
      reason: "the browser's storage is full",
    });
    expect(new SaveSlots(null).write("1", aSave("2145-01-01T00:00:00Z")).ok).toBe(false);
  });
});

describe("save slots over storage that is unavailable", () => {
  // Run: npx vitest run tests/unit/saveSlots.test.ts
  it("say that storage is unavailable, not that every slot is damaged", () => {
    const blocked: KeyValueStorage = {
      getItem: () => {
        throw Object.assign(new Error("The operation is insecure."), { name: "SecurityError" });
      },
      setItem: () => {
        throw Object.assign(new Error("The operation is insecure."), { name: "SecurityError" });
      },
      removeItem: () => undefined,
    };
    const read = new SaveSlots(blocked).read("1");
    expect(read).toMatchObject({ status: "unavailable", reason: expect.stringMatching(/^storage is unavailable/) });
    expect(read.status).not.toBe("damaged");
  });
});
