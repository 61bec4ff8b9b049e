import * as z from "zod/mini";
import { lenientArray, type RecordFormat } from "./storedRecord";

/**
 * What a player has read of one campaign, over every playthrough: the ids of the lines seen
 * (see lineIdentity.ts) and the choice log of each run, which the route map draws. Bounded: the
 * oldest runs go first, and the line ids of a campaign cannot outgrow its story by much.
 */
export interface RunLog {
  /** When the run began (ISO), which also names it. */
  startedAt: string;
  /** The target path of every option taken, in order (what the route map matches). */
  steps: string[];
  outcome: string | null;
}

export interface SeenRecord {
  version: 1;
  lines: string[];
  runs: RunLog[];
}

export const MAX_SEEN_LINES = 6000;
export const MAX_RUNS = 16;
const MAX_STEPS = 400;

const lineIdSchema = z.string().check(z.regex(/^[0-9a-f]{8}$/));
const stepSchema = z.string().check(z.minLength(1), z.maxLength(300));
const runSchema = z.object({
  startedAt: z.string().check(z.minLength(1), z.maxLength(40)),
  steps: z.array(stepSchema).check(z.maxLength(MAX_STEPS)),
  outcome: z.nullable(z.string().check(z.maxLength(80))),
});

export const seenFormat: RecordFormat<SeenRecord> = {
  what: "The record of lines you have read",
  strict: z.object({
    version: z.literal(1),
    lines: z.array(lineIdSchema).check(z.maxLength(MAX_SEEN_LINES)),
    runs: z.array(runSchema).check(z.maxLength(MAX_RUNS)),
  }),
  lenient: z.pipe(
    z.object({
      version: z.catch(z.literal(1), 1),
      lines: lenientArray(lineIdSchema),
      runs: lenientArray(runSchema),
    }),
    z.transform((record) => boundSeen(record as SeenRecord)),
  ),
  empty: () => ({ version: 1, lines: [], runs: [] }),
  maxChars: 160_000,
};

export function seenKey(campaign: string): string {
  return `seen/${campaign}`;
}

/** Keep the newest lines and runs within the bounds. */
export function boundSeen(record: SeenRecord): SeenRecord {
  return {
    version: 1,
    lines: record.lines.length > MAX_SEEN_LINES ? record.lines.slice(-MAX_SEEN_LINES) : record.lines,
    runs: record.runs.slice(-MAX_RUNS).map((run) => ({ ...run, steps: run.steps.slice(0, MAX_STEPS) })),
  };
}

/**
 * Two records of one campaign (the stored one, which another tab may have written, and this tab's)
 * as one: every line either has read, and every run, this tab's where both have it.
 */
export function mergeSeen(stored: SeenRecord, ours: SeenRecord): SeenRecord {
  const lines = new Set(stored.lines);
  const ourRuns = new Set(ours.runs.map((run) => run.startedAt));
  return boundSeen({
    version: 1,
    lines: [...stored.lines, ...ours.lines.filter((id) => !lines.has(id))],
    runs: [...stored.runs.filter((run) => !ourRuns.has(run.startedAt)), ...ours.runs],
  });
}

/** A set view for the skip's many lookups, kept in step with the record by SeenLines. */
export class SeenLines {
  private readonly seen: Set<string>;
  private record: SeenRecord;

  constructor(record: SeenRecord) {
    this.record = record;
    this.seen = new Set(record.lines);
  }

  has(id: string): boolean {
    return this.seen.has(id);
  }

  get size(): number {
    return this.seen.size;
  }

  /** Remember lines; true when any was new (the caller then writes the record). */
  markSeen(ids: Iterable<string>): boolean {
    let added = false;
    for (const id of ids) {
      if (this.seen.has(id)) continue;
      this.seen.add(id);
      this.record.lines.push(id);
      added = true;
    }
    while (this.record.lines.length > MAX_SEEN_LINES) {
      const oldest = this.record.lines.shift();
      if (oldest !== undefined) this.seen.delete(oldest);
    }
    return added;
  }

  /**
   * The run that began at `startedAt` now holds these steps and this outcome (made if new). A
   * stored run whose steps begin this one's (the same game before a reload or a Continue) is
   * folded into it, so one playthrough is one run.
   */
  recordRun(run: RunLog): void {
    const isEarlierPart = (entry: RunLog) =>
      entry.outcome === null &&
      entry.steps.length <= run.steps.length &&
      entry.steps.every((step, i) => run.steps[i] === step);
    const runs = this.record.runs.filter((entry) => entry.startedAt !== run.startedAt && !isEarlierPart(entry));
    runs.push({ startedAt: run.startedAt, steps: [...run.steps], outcome: run.outcome });
    this.record = boundSeen({ ...this.record, runs });
  }

  runs(): readonly RunLog[] {
    return this.record.runs;
  }

  /** Options taken in any run but the one named (the route map's faint branches, the choices' ticks). */
  stepsOfOtherRuns(startedAt: string | null): Set<string> {
    const steps = new Set<string>();
    for (const run of this.record.runs) if (run.startedAt !== startedAt) for (const step of run.steps) steps.add(step);
    return steps;
  }

  toRecord(): SeenRecord {
    return this.record;
  }
}

/** "You have seen 58% of Neo-Lumen": seen lines among the story's written lines, 0..1. */
export function completionShare(seen: SeenLines, allLines: readonly string[]): number {
  if (allLines.length === 0) return 0;
  let count = 0;
  for (const id of allLines) if (seen.has(id)) count += 1;
  return count / allLines.length;
}
