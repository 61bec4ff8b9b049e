import type { KeyValueStorage } from "../engine/saveSlots";

/**
 * localStorage as the saves and settings use it. Merely touching `window.localStorage` throws in
 * some private modes and sandboxed frames, so the lookup happens on every call and any throw is
 * passed on to the caller's own guard (SaveSlots and the settings both catch and report).
 */
export function browserStorage(): KeyValueStorage | null {
  try {
    if (typeof window === "undefined" || !window.localStorage) return null;
  } catch {
    return null;
  }
  return {
    getItem: (key) => window.localStorage.getItem(key),
    setItem: (key, value) => window.localStorage.setItem(key, value),
    removeItem: (key) => window.localStorage.removeItem(key),
  };
}

/** Read a key without letting a throwing storage escape. */
export function readText(storage: KeyValueStorage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}
