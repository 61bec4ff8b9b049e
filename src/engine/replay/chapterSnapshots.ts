import * as z from "zod/mini";
import type { TakenChoice } from "../storyRunner";
import { lenientArray, type RecordFormat } from "./storedRecord";

/**
 * Where each act of a campaign began, so the title's Chapters can start it again. A snapshot keeps
 * the choices that led into the act rather than ink's state: replaying them (seeded, as rewind
 * does) rebuilds the ink state, the stances and the history exactly, in a tenth of the space, and
 * still works when the story has been edited since. Per act: the latest entry, and the entry of the
 * run that reached each ending.
 */
export interface ChapterSnapshot {
  act: number;
  enteredAt: string;
  /** Choices taken before the act's first line. */
  choices: TakenChoice[];
  /** Where everyone stood as the act began, for the chapter list. */
  stances: Record<string, number>;
  scene: string | null;
  /** The run it came from, to file it under that run's ending once the run ends. */
  run: string;
}

export interface CampaignChapters {
  latest: ChapterSnapshot[];
  /** Outcome id -> the snapshots of the run that reached it, one per act. */
  byEnding: Record<string, ChapterSnapshot[]>;
}

export interface ChaptersRecord {
  version: 1;
  campaigns: Record<string, CampaignChapters>;
}

const MAX_CHOICES = 400;
const stance = z.number().check(z.gte(-100), z.lte(100));
const snapshotSchema = z.object({
  act: z.number().check(z.int(), z.gte(1), z.lte(99)),
  enteredAt: z.string().check(z.minLength(1), z.maxLength(40)),
  choices: z
    .array(
      z.object({
        index: z.number().check(z.int(), z.gte(0)),
        text: z.string().check(z.maxLength(2000)),
        // The option's path, which finds it again on an edited story; snapshots before it have none.
        target: z.optional(z.string().check(z.maxLength(300))),
      }),
    )
    .check(z.maxLength(MAX_CHOICES)),
  stances: z.record(z.string().check(z.regex(/^[a-z]+$/)), stance),
  scene: z.nullable(z.string().check(z.maxLength(80))),
  run: z.string().check(z.maxLength(40)),
});
const campaignKey = z.string().check(z.regex(/^[a-z][a-z0-9-]*$/));
const outcomeKey = z.string().check(z.regex(/^[a-z][a-z0-9-]*$/));

export const chaptersFormat: RecordFormat<ChaptersRecord> = {
  what: "The chapters you can replay",
  strict: z.object({
    version: z.literal(1),
    campaigns: z.record(
      campaignKey,
      z.object({ latest: z.array(snapshotSchema), byEnding: z.record(outcomeKey, z.array(snapshotSchema)) }),
    ),
  }),
  lenient: z.object({
    version: z.catch(z.literal(1), 1),
    campaigns: z.catch(
      z.record(
        campaignKey,
        z.object({
          latest: lenientArray(snapshotSchema),
          byEnding: z.catch(z.record(outcomeKey, lenientArray(snapshotSchema)), {}),
        }),
      ),
      {},
    ),
  }),
  empty: () => ({ version: 1, campaigns: {} }),
  maxChars: 600_000,
};

export const CHAPTERS_KEY = "chapters";

function campaignChapters(record: ChaptersRecord, campaign: string): CampaignChapters {
  return record.campaigns[campaign] ?? { latest: [], byEnding: {} };
}

const byAct = (a: ChapterSnapshot, b: ChapterSnapshot) => a.act - b.act;

/** A run entered an act: it becomes that act's latest entry. */
export function recordActEntry(record: ChaptersRecord, campaign: string, snapshot: ChapterSnapshot): ChaptersRecord {
  const chapters = campaignChapters(record, campaign);
  const latest = [...chapters.latest.filter((entry) => entry.act !== snapshot.act), snapshot].sort(byAct);
  return { version: 1, campaigns: { ...record.campaigns, [campaign]: { ...chapters, latest } } };
}

/** A run reached an ending: its act entries (the latest ones it made) are kept under that ending. */
export function recordEndingReached(
  record: ChaptersRecord,
  campaign: string,
  run: string,
  outcome: string,
): ChaptersRecord {
  const chapters = campaignChapters(record, campaign);
  const entries = chapters.latest.filter((entry) => entry.run === run);
  if (entries.length === 0) return record;
  return {
    version: 1,
    campaigns: {
      ...record.campaigns,
      [campaign]: { ...chapters, byEnding: { ...chapters.byEnding, [outcome]: entries } },
    },
  };
}

/** The acts a player can start again, each with its latest entry. */
export function reachableChapters(record: ChaptersRecord, campaign: string): ChapterSnapshot[] {
  const chapters = campaignChapters(record, campaign);
  const acts = new Map<number, ChapterSnapshot>();
  for (const entry of chapters.latest) acts.set(entry.act, entry);
  for (const entries of Object.values(chapters.byEnding)) {
    for (const entry of entries) if (!acts.has(entry.act)) acts.set(entry.act, entry);
  }
  return [...acts.values()].sort(byAct);
}

/** The lines of a beat from the act's first line on: where a chapter replay begins. */
export function fromActStart<Line extends { tags: { act?: number } }>(lines: readonly Line[], act: number): Line[] {
  const start = lines.findIndex((line) => line.tags.act === act);
  return start < 0 ? [...lines] : lines.slice(start);
}
