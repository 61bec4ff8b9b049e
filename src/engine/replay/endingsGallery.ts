import * as z from "zod/mini";
import type { NudgeRecord } from "../stances";
import { lenientArray, parseRecord, type RecordFormat, type RecordRead } from "./storedRecord";

/**
 * The endings a player has reached, per campaign: when, and where everyone stood (enough to draw
 * the festival report's chart again and to replay the ending's staging and report). It travels in
 * exported save files, so an import validates it like the stored copy.
 */
export interface StanceMove {
  character: string;
  before: number;
  after: number;
  turn: number;
}

export interface ReachedEnding {
  campaign: string;
  outcome: string;
  reachedAt: string;
  startingStances: Record<string, number>;
  finalStances: Record<string, number>;
  history: StanceMove[];
  turns: number;
}

export interface EndingsRecord {
  version: 1;
  endings: ReachedEnding[];
}

const MAX_ENDINGS = 64;
const MAX_MOVES = 600;
const idSchema = z.string().check(z.regex(/^[a-z][a-z0-9-]*$/), z.maxLength(60));
const stance = z.number().check(z.gte(-100), z.lte(100));
const stances = z.record(z.string().check(z.regex(/^[a-z]+$/)), stance);
const turn = z.number().check(z.int(), z.gte(0), z.lte(10_000));

const endingSchema = z.object({
  campaign: idSchema,
  outcome: idSchema,
  reachedAt: z.string().check(z.minLength(1), z.maxLength(40)),
  startingStances: stances,
  finalStances: stances,
  history: z
    .array(z.object({ character: z.string().check(z.maxLength(40)), before: stance, after: stance, turn }))
    .check(z.maxLength(MAX_MOVES)),
  turns: turn,
});

export const endingsFormat: RecordFormat<EndingsRecord> = {
  what: "The endings gallery",
  strict: z.object({ version: z.literal(1), endings: z.array(endingSchema).check(z.maxLength(MAX_ENDINGS)) }),
  lenient: z.object({
    version: z.catch(z.literal(1), 1),
    // Over the bound, the newest are kept (endings are added at the end).
    endings: z.pipe(
      lenientArray(endingSchema),
      z.transform((endings) => endings.slice(-MAX_ENDINGS)),
    ),
  }),
  empty: () => ({ version: 1, endings: [] }),
  maxChars: 400_000,
};

export const ENDINGS_KEY = "endings";

/** The ending as the report drew it; a later run to the same ending replaces it (its chart is newer). */
export function recordEnding(record: EndingsRecord, ending: ReachedEnding): EndingsRecord {
  const others = record.endings.filter(
    (entry) => !(entry.campaign === ending.campaign && entry.outcome === ending.outcome),
  );
  return { version: 1, endings: [...others, ending].slice(-MAX_ENDINGS) };
}

export function endingsOf(record: EndingsRecord, campaign: string): ReachedEnding[] {
  return record.endings.filter((entry) => entry.campaign === campaign);
}

/**
 * The gallery a save file carries merged into the one here: for each ending, the newer visit wins.
 * Only endings `known` admits come in, and only while there is room: an ending reached here is
 * never pushed out by an imported one.
 */
export function mergeEndings(
  here: EndingsRecord,
  imported: EndingsRecord,
  known: (ending: ReachedEnding) => boolean = () => true,
): EndingsRecord {
  const endings = [...here.endings];
  for (const ending of imported.endings) {
    if (!known(ending)) continue;
    const existing = endings.findIndex(
      (entry) => entry.campaign === ending.campaign && entry.outcome === ending.outcome,
    );
    if (existing >= 0) {
      if ((endings[existing] as ReachedEnding).reachedAt < ending.reachedAt) endings[existing] = ending;
    } else if (endings.length < MAX_ENDINGS) {
      endings.push(ending);
    }
  }
  return { version: 1, endings };
}

export function movesOf(history: readonly NudgeRecord[]): StanceMove[] {
  return history.map(({ character, before, after, turn }) => ({ character, before, after, turn }));
}

/** Back to the report's records; the where and why are not kept (the gallery shows only the chart). */
export function nudgesOf(moves: readonly StanceMove[]): NudgeRecord[] {
  return moves.map((move) => ({ ...move, percent: 0, knot: "", choice: null }));
}

/** The field an exported save file carries the gallery in (older files have none). */
export const SAVE_FILE_FIELD = "endingsGallery";

export function addEndingsToSaveFile(saveFileText: string, record: EndingsRecord): string {
  const data = JSON.parse(saveFileText) as Record<string, unknown>;
  return JSON.stringify({ ...data, [SAVE_FILE_FIELD]: record }, null, 2);
}

/** The gallery in an imported save file, validated like the stored one; null when the file has none. */
export function endingsFromSaveFile(saveFileText: string): RecordRead<EndingsRecord> | null {
  let field: unknown;
  try {
    field = (JSON.parse(saveFileText) as Record<string, unknown>)?.[SAVE_FILE_FIELD];
  } catch {
    return null;
  }
  if (field === undefined) return null;
  return parseRecord(JSON.stringify(field), endingsFormat);
}
