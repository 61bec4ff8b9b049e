import type { KeyValueStorage } from "../../src/engine/saveSlots";

/** localStorage in a Map, for tests that read what was written (`map`). */
export function memoryStorage(): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}
