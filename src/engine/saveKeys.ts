/**
 * Every save slot is a localStorage key under this prefix. A module of its own, with no imports,
 * so the title screen can peek at the saves without loading the engine.
 */
export const SAVE_KEY_PREFIX = "dreamers-of-2145/save/";
