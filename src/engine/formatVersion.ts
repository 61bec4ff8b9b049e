/**
 * Every stored key (saves, slots, chapter snapshots, replay records, settings, exported files)
 * carries the version of its format. A reader brings older data up to date one step at a time, each
 * step a function from version n to n + 1, so a save written five releases ago goes through the
 * same steps as one written last week. A field added later has a default (its schema's own), which
 * needs no step; a step is for a change of shape. Data from a newer version than this build knows
 * is refused, never rewritten: a newer build will read it.
 */
export type StoredData = Record<string, unknown>;

export interface FormatHistory {
  /** The version this build writes. */
  current: number;
  /** The version of data written before the format had a version field (1 if it always had one). */
  unversioned: number;
  /** `steps[n]` turns version n into version n + 1; one for every version below `current`. */
  steps: Readonly<Record<number, (data: StoredData) => StoredData>>;
}

export type Migrated = { ok: true; data: StoredData; from: number } | { ok: false; newer: boolean; reason: string };

/** Bring stored data up to the current version; `what` names it for the reason ("this save"). */
export function migrate(data: unknown, history: FormatHistory, what: string): Migrated {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { ok: false, newer: false, reason: `${what} is not in a form this game writes` };
  }
  const written = (data as StoredData).version;
  const from = written === undefined ? history.unversioned : written;
  if (typeof from !== "number" || !Number.isInteger(from) || from < 1) {
    return { ok: false, newer: false, reason: `${what} does not say which version of the game wrote it` };
  }
  if (from > history.current) {
    return {
      ok: false,
      newer: true,
      reason: `${what} was made by a newer version of the game; reload the page to get it, and nothing here is changed`,
    };
  }
  let migrated: StoredData = { ...(data as StoredData) };
  for (let version = from; version < history.current; version++) {
    const step = history.steps[version];
    if (!step) throw new Error(`no migration from version ${version} of ${what}`);
    migrated = { ...step(migrated), version: version + 1 };
  }
  return { ok: true, data: migrated, from };
}
