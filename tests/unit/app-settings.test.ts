import { describe, expect, it } from "vitest";
import type { KeyValueStorage } from "../../src/engine/saveSlots";
import {
  charactersPerSecond,
  createSettingsStore,
  effectiveSettings,
  parseStoredSettings,
  SETTINGS_KEY,
} from "../../src/stage/settings";

const system = { reducedMotion: true, highContrast: false };

describe("settings", () => {
  it("fall back to defaults field by field on anything unreadable", () => {
    expect(parseStoredSettings(null)).toEqual({
      version: 1,
      textSpeed: "normal",
      musicVolume: 0.6,
      effectsVolume: 0.8,
      muted: false,
      textSize: "normal",
      skipMode: "seen",
      autoAdvance: true,
      visualQuality: "auto",
    });
    expect(parseStoredSettings("{broken")).toEqual(parseStoredSettings(null));
    expect(parseStoredSettings("[1,2]")).toEqual(parseStoredSettings(null));
    expect(parseStoredSettings('{"skipMode":"everything","autoAdvance":"yes"}')).toMatchObject({
      skipMode: "seen",
      autoAdvance: true,
    });
    expect(
      parseStoredSettings(
        '{"textSpeed":"warp","musicVolume":3,"muted":true,"textSize":"large","visualQuality":"ultra"}',
      ),
    ).toMatchObject({
      textSpeed: "normal",
      musicVolume: 0.6,
      muted: true,
      textSize: "large",
      visualQuality: "auto",
    });
  });

  it("follow the system's reduced motion until the player sets it", () => {
    expect(effectiveSettings(parseStoredSettings(null), system).reducedMotion).toBe(true);
    expect(effectiveSettings(parseStoredSettings('{"reducedMotion":false}'), system).reducedMotion).toBe(false);
  });

  it("persist changes, and report a storage that refuses without stopping", () => {
    const map = new Map<string, string>();
    const storage: KeyValueStorage = {
      getItem: (key) => map.get(key) ?? null,
      setItem: (key, value) => void map.set(key, value),
      removeItem: (key) => void map.delete(key),
    };
    const store = createSettingsStore(storage, system);
    store.update({ textSpeed: "fast", highContrast: true });
    expect(JSON.parse(map.get(SETTINGS_KEY) ?? "{}")).toMatchObject({ textSpeed: "fast", highContrast: true });
    expect(createSettingsStore(storage, system).getState().settings).toMatchObject({
      textSpeed: "fast",
      highContrast: true,
    });

    const refusing: KeyValueStorage = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("blocked");
      },
      removeItem: () => undefined,
    };
    const blocked = createSettingsStore(refusing, system);
    blocked.update({ textSize: "x-large" });
    expect(blocked.getState().settings.textSize).toBe("x-large");
    expect(blocked.getState().writeProblem).toMatch(/blocked/);
  });

  it("type at a speed per setting, instant at once", () => {
    expect(charactersPerSecond("slow")).toBeLessThan(charactersPerSecond("normal"));
    expect(charactersPerSecond("instant")).toBe(Number.POSITIVE_INFINITY);
  });
});
