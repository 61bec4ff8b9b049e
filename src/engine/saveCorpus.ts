import type { CampaignManifest } from "./campaign";
import { CHAPTERS_KEY, chaptersFormat, reachableChapters } from "./replay/chapterSnapshots";
import { parseRecord, REPLAY_KEY_PREFIX } from "./replay/storedRecord";
import { restoreLog, restoreSave } from "./restore";
import { parseSave, SaveError } from "./save";
import { SAVE_KEY_PREFIX } from "./saveKeys";
import type { TakenChoice } from "./storyRunner";

/**
 * What becomes of players' saves on an edited story: each save (a browser's stored slots, an
 * exported file) and each chapter a player can replay is restored on the story as it is now, and
 * reported as resumed, resumed further back (where), or lost. `story:check --saves` runs it on a
 * writer's folder; the save corpus test on tests/fixtures/saves.
 */
export interface StoryBuild {
  json: string;
  manifest: CampaignManifest | null;
}

export interface SaveVerdict {
  /** "localStorage.json: save/auto-neo-lumen", "exported-save.json", "localStorage.json: chapter Act II". */
  source: string;
  campaign: string | null;
  status: "resumed" | "further back" | "lost";
  kept: number;
  total: number;
  /** What the player is told, or why the save is lost. */
  note: string | null;
}

/** One thing of a folder to restore: a save's text, or a chapter's choice log. */
type Entry =
  | { kind: "save"; source: string; text: string }
  | { kind: "chapter"; source: string; campaign: string; choices: TakenChoice[] };

/**
 * The saves and chapters in one file of the folder: a save or exported save file (it has a
 * `format`), or a dump of a browser's storage (keys under "dreamers-of-2145/"). Other keys of a dump
 * (settings, seen lines, endings) do not depend on the story and are not restored here.
 */
export function entriesOfFile(name: string, text: string): Entry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [{ kind: "save", source: name, text }];
  }
  if (typeof data !== "object" || data === null || "format" in data) return [{ kind: "save", source: name, text }];
  const entries: Entry[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== "string") continue;
    if (key.startsWith(SAVE_KEY_PREFIX)) {
      entries.push({ kind: "save", source: `${name}: save/${key.slice(SAVE_KEY_PREFIX.length)}`, text: value });
    } else if (key === REPLAY_KEY_PREFIX + CHAPTERS_KEY) {
      const record = parseRecord(value, chaptersFormat).value;
      for (const campaign of Object.keys(record.campaigns)) {
        for (const chapter of reachableChapters(record, campaign)) {
          entries.push({
            kind: "chapter",
            source: `${name}: ${campaign} chapter, Act ${chapter.act}`,
            campaign,
            choices: chapter.choices,
          });
        }
      }
    }
  }
  return entries;
}

export function checkEntry(entry: Entry, storyOf: (campaign: string) => StoryBuild | null): SaveVerdict {
  const lost = (campaign: string | null, total: number, reason: string): SaveVerdict => ({
    source: entry.source,
    campaign,
    status: "lost",
    kept: 0,
    total,
    note: reason,
  });
  if (entry.kind === "chapter") {
    const story = storyOf(entry.campaign);
    if (!story) return lost(entry.campaign, entry.choices.length, `there is no campaign "${entry.campaign}"`);
    return verdict(entry.source, entry.campaign, entry.choices.length, () =>
      restoreLog(entry.choices, story.json, { manifest: story.manifest }, () => null),
    );
  }
  let save: ReturnType<typeof parseSave>;
  try {
    save = parseSave(entry.text);
  } catch (error) {
    return lost(null, 0, (error as Error).message);
  }
  const story = storyOf(save.campaign);
  if (!story) return lost(save.campaign, save.choicesTaken.length, `there is no campaign "${save.campaign}"`);
  return verdict(entry.source, save.campaign, save.choicesTaken.length, () =>
    restoreSave(save, story.json, { manifest: story.manifest, campaign: save.campaign }),
  );
}

function verdict(
  source: string,
  campaign: string,
  total: number,
  restore: () => ReturnType<typeof restoreLog>,
): SaveVerdict {
  try {
    const restored = restore();
    return { source, campaign, status: restored.status, kept: restored.kept, total, note: restored.note };
  } catch (error) {
    if (!(error instanceof SaveError)) throw error;
    return { source, campaign, status: "lost", kept: 0, total, note: error.message };
  }
}

/** "resumed (40 of 40 choices)", "resumed further back (37 of 40 choices): …", "lost: …". */
export function describeVerdict(verdict: SaveVerdict): string {
  const counted = `${verdict.kept} of ${verdict.total} choice${verdict.total === 1 ? "" : "s"}`;
  if (verdict.status === "lost") return `${verdict.source}: lost (${verdict.note})`;
  const status = verdict.status === "resumed" ? "resumed" : "resumed further back";
  return `${verdict.source}: ${status}, ${counted} kept${verdict.note ? `. The player reads: ${verdict.note}` : ""}`;
}
