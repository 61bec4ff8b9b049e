import * as z from "zod/mini";
import { createStore, type StoreApi } from "zustand/vanilla";
import type { KeyValueStorage } from "../engine/saveSlots";

/**
 * The player's settings. They persist in localStorage, are validated field by field (a bad or
 * missing field falls back to its default, so an old or hand-edited entry never stops the game),
 * and a storage that refuses to write is reported by the caller without stopping play.
 */
export const SETTINGS_KEY = "dreamers-of-2145/settings";
/**
 * The settings' format version. Settings written before it had one read as version 1; every field
 * is read on its own with a default, so a field added later needs no migration.
 */
export const SETTINGS_VERSION = 1;

export const TEXT_SPEEDS = ["slow", "normal", "fast", "instant"] as const;
export const TEXT_SIZES = ["small", "normal", "large", "x-large"] as const;
export const SKIP_MODES = ["seen", "all"] as const;
/** auto: full quality while the device keeps up, lighter drawing when its frames are slow. */
export const VISUAL_QUALITIES = ["auto", "high", "low"] as const;
export type TextSpeed = (typeof TEXT_SPEEDS)[number];
export type TextSize = (typeof TEXT_SIZES)[number];
export type VisualQuality = (typeof VISUAL_QUALITIES)[number];

export interface Settings {
  textSpeed: TextSpeed;
  /** 0..1 */
  musicVolume: number;
  /** 0..1 */
  effectsVolume: number;
  muted: boolean;
  reducedMotion: boolean;
  textSize: TextSize;
  highContrast: boolean;
  /** What Skip passes over: lines read in any playthrough (the default), or everything up to the choices. */
  skipMode: (typeof SKIP_MODES)[number];
  /** The next line follows by itself after a pause scaled to the line's length; off, it waits for a press. */
  autoAdvance: boolean;
  visualQuality: VisualQuality;
}

/** What the system asks for; used only where the player has not chosen. */
export interface SystemPreferences {
  reducedMotion: boolean;
  highContrast: boolean;
}

const volume = (fallback: number) => z.catch(z.number().check(z.gte(0), z.lte(1)), fallback);

/**
 * reducedMotion and highContrast are stored only once the player sets them, so a player who never
 * touches them keeps following the system preference when it changes.
 */
const storedSettingsSchema = z.object({
  version: z.catch(z.literal(SETTINGS_VERSION), SETTINGS_VERSION),
  textSpeed: z.catch(z.enum(TEXT_SPEEDS), "normal"),
  musicVolume: volume(0.6),
  effectsVolume: volume(0.8),
  muted: z.catch(z.boolean(), false),
  reducedMotion: z.catch(z.optional(z.boolean()), undefined),
  textSize: z.catch(z.enum(TEXT_SIZES), "normal"),
  highContrast: z.catch(z.optional(z.boolean()), undefined),
  skipMode: z.catch(z.enum(SKIP_MODES), "seen"),
  autoAdvance: z.catch(z.boolean(), true),
  visualQuality: z.catch(z.enum(VISUAL_QUALITIES), "auto"),
});

export type StoredSettings = z.infer<typeof storedSettingsSchema>;

export function parseStoredSettings(text: string | null): StoredSettings {
  let data: unknown = {};
  if (text !== null) {
    try {
      data = JSON.parse(text);
    } catch {
      data = {};
    }
  }
  const result = storedSettingsSchema.safeParse(data);
  return result.success ? result.data : storedSettingsSchema.parse({});
}

export function effectiveSettings(stored: StoredSettings, system: SystemPreferences): Settings {
  return {
    textSpeed: stored.textSpeed,
    musicVolume: stored.musicVolume,
    effectsVolume: stored.effectsVolume,
    muted: stored.muted,
    reducedMotion: stored.reducedMotion ?? system.reducedMotion,
    textSize: stored.textSize,
    highContrast: stored.highContrast ?? system.highContrast,
    skipMode: stored.skipMode,
    autoAdvance: stored.autoAdvance,
    visualQuality: stored.visualQuality,
  };
}

export interface SettingsStoreState {
  settings: Settings;
  /** Why the last write failed, or null: the app reports it once. */
  writeProblem: string | null;
}

export interface SettingsStore extends StoreApi<SettingsStoreState> {
  update(change: Partial<Settings>): void;
}

export function createSettingsStore(storage: KeyValueStorage | null, system: SystemPreferences): SettingsStore {
  let stored = (() => {
    try {
      return parseStoredSettings(storage?.getItem(SETTINGS_KEY) ?? null);
    } catch {
      return parseStoredSettings(null);
    }
  })();
  // State and its one action from one creator, as the stage store: `update` is the only writer.
  const store = createStore<SettingsStoreState & { update(change: Partial<Settings>): void }>()((set) => ({
    settings: effectiveSettings(stored, system),
    writeProblem: null,
    update: (change) => {
      stored = storedSettingsSchema.parse({ ...stored, ...change });
      let writeProblem: string | null = null;
      try {
        if (!storage) throw new Error("this browser offers no storage");
        storage.setItem(SETTINGS_KEY, JSON.stringify(stored));
      } catch (error) {
        writeProblem = `Settings apply now but cannot be kept: ${(error as Error).message || "storage refused"}.`;
      }
      set({ settings: effectiveSettings(stored, system), writeProblem });
    },
  }));
  return Object.assign(store, { update: (change: Partial<Settings>) => store.getState().update(change) });
}

/** Characters per second while a line types; Infinity shows it at once. */
export function charactersPerSecond(speed: TextSpeed): number {
  return { slow: 22, normal: 45, fast: 110, instant: Number.POSITIVE_INFINITY }[speed];
}

/** The pause after a typed line before the next one starts by itself. */
export function pauseAfterLine(speed: TextSpeed, length: number): number {
  const base = { slow: 1100, normal: 700, fast: 350, instant: 0 }[speed];
  return Math.min(base + length * (speed === "instant" ? 0 : 6), 2600);
}
