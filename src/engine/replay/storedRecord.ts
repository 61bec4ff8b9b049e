import * as z from "zod/mini";
import { type FormatHistory, migrate } from "../formatVersion";
import type { KeyValueStorage, WriteResult } from "../saveSlots";

/**
 * The replay records (seen lines, the endings gallery, chapters) live in localStorage beside the
 * saves but never in them: damaged replay data is dropped or rebuilt with a notice the player can
 * read, and play goes on. Reading validates twice: strictly, to know whether anything was wrong,
 * then leniently (each field's own `catch`), to keep whatever still makes sense.
 */
export const REPLAY_KEY_PREFIX = "dreamers-of-2145/replay/";

export interface RecordRead<T> {
  value: T;
  /** What was wrong and what was done about it, for a notice; null when the record was sound. */
  notice: string | null;
}

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

class ForbiddenKey extends Error {}

export interface RecordFormat<T> {
  /** "The record of lines you have read": the subject of the notice. */
  what: string;
  strict: z.ZodMiniType<T>;
  lenient: z.ZodMiniType<T>;
  /** The record with nothing in it, carrying the version this build writes. */
  empty(): T & { version: number };
  /** Stored text longer than this is refused whole: a record never grows that big by play. */
  maxChars: number;
  /** How older versions are brought up to date (formatVersion.ts); none needed while there is one version. */
  history?: FormatHistory;
}

/** The version a record carries as stored, when it names one. */
function storedVersion(data: unknown): number | null {
  const version = typeof data === "object" && data !== null ? (data as { version?: unknown }).version : undefined;
  return typeof version === "number" ? version : null;
}

export function parseRecord<T>(text: string | null, format: RecordFormat<T>): RecordRead<T> {
  if (text === null) return { value: format.empty(), notice: null };
  const dropped = (why: string) => ({
    value: format.empty(),
    notice: `${format.what} ${why}, so it starts afresh. Your saves are untouched.`,
  });
  if (text.length > format.maxChars) return dropped("had grown past its size limit");
  let data: unknown;
  try {
    data = JSON.parse(text, (key, value) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKey(key);
      return value;
    });
  } catch (error) {
    return dropped(error instanceof ForbiddenKey ? "held a forbidden key" : "could not be read (it may be truncated)");
  }
  const current = format.empty().version;
  const migrated = migrate(data, format.history ?? { current, unversioned: current, steps: {} }, format.what);
  if (!migrated.ok && migrated.newer) {
    return {
      value: format.empty(),
      notice: `${format.what} was written by a newer version of the game, so this page leaves it as it is: reload the page to get that version.`,
    };
  }
  if (migrated.ok) data = migrated.data;
  if (format.strict.safeParse(data).success) return { value: format.strict.parse(data), notice: null };
  const rebuilt = format.lenient.safeParse(data);
  if (!rebuilt.success) return dropped("was damaged");
  return {
    value: rebuilt.data,
    notice: `${format.what} was partly damaged; what could be read was kept. Your saves are untouched.`,
  };
}

export function readRecord<T>(storage: KeyValueStorage | null, key: string, format: RecordFormat<T>): RecordRead<T> {
  let text: string | null = null;
  try {
    text = storage?.getItem(REPLAY_KEY_PREFIX + key) ?? null;
  } catch {
    return { value: format.empty(), notice: `${format.what} could not be read from this browser's storage.` };
  }
  return parseRecord(text, format);
}

/** Store a record, unless a newer version of the game wrote the one stored (another tab, after an update). */
export function writeRecord<T extends { version: number }>(
  storage: KeyValueStorage | null,
  key: string,
  value: T,
): WriteResult {
  if (!storage) return { ok: false, reason: "this browser offers no storage" };
  try {
    let stored: unknown = null;
    try {
      stored = JSON.parse(storage.getItem(REPLAY_KEY_PREFIX + key) ?? "null");
    } catch {
      // unreadable: nothing newer to keep
    }
    const version = storedVersion(stored);
    if (version !== null && version > value.version) {
      return { ok: false, reason: "a newer version of the game keeps these records; reload the page" };
    }
    storage.setItem(REPLAY_KEY_PREFIX + key, JSON.stringify(value));
    return { ok: true };
  } catch (error) {
    return {
      ok: false,
      reason:
        (error as Error).name === "QuotaExceededError" ? "the browser's storage is full" : (error as Error).message,
    };
  }
}

/** An array whose damaged items are left out rather than spoiling the whole record. */
export function lenientArray<T>(item: z.ZodMiniType<T>) {
  return z.pipe(
    z.catch(z.array(z.catch(z.nullable(item), null)), []),
    z.transform((items: (T | null)[]) => items.filter((entry): entry is T => entry !== null)),
  );
}
