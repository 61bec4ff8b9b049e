import type { CampaignManifest } from "../engine/campaign";
import {
  CHAPTERS_KEY,
  type ChapterSnapshot,
  type ChaptersRecord,
  chaptersFormat,
  reachableChapters,
  recordActEntry,
  recordEndingReached,
} from "../engine/replay/chapterSnapshots";
import {
  addEndingsToSaveFile,
  ENDINGS_KEY,
  type EndingsRecord,
  endingsFormat,
  endingsFromSaveFile,
  endingsOf,
  mergeEndings,
  type ReachedEnding,
  recordEnding,
} from "../engine/replay/endingsGallery";
import { mergeSeen, type RunLog, SeenLines, seenFormat, seenKey } from "../engine/replay/seenLines";
import { readRecord, writeRecord } from "../engine/replay/storedRecord";
import type { KeyValueStorage } from "../engine/saveSlots";

/**
 * The replay records of this browser (lines read, endings reached, chapters) behind one door:
 * read lazily, each once, with any damage reported as a notice; written after the moments that
 * change them. A failed write is reported once and play goes on.
 */
export class ReplayRecords {
  private readonly seen = new Map<string, SeenLines>();
  private endingsRecord: EndingsRecord | null = null;
  private chaptersRecord: ChaptersRecord | null = null;

  constructor(
    private readonly storage: KeyValueStorage | null,
    private readonly notify: (key: string, message: string) => void,
  ) {}

  /** Read the shared records afresh next time (the title, after another tab may have played). */
  forget(): void {
    this.endingsRecord = null;
    this.chaptersRecord = null;
  }

  seenLines(campaign: string): SeenLines {
    let seen = this.seen.get(campaign);
    if (!seen) {
      const read = readRecord(this.storage, seenKey(campaign), seenFormat);
      if (read.notice) this.notify(`seen-${campaign}`, read.notice);
      seen = new SeenLines(read.value);
      this.seen.set(campaign, seen);
    }
    return seen;
  }

  /** Write this tab's record of lines read, merged into what another tab of the campaign may have written since. */
  saveSeen(campaign: string): void {
    const seen = this.seen.get(campaign);
    if (!seen) return;
    const stored = readRecord(this.storage, seenKey(campaign), seenFormat).value;
    this.written(writeRecord(this.storage, seenKey(campaign), mergeSeen(stored, seen.toRecord())));
  }

  recordRun(campaign: string, run: RunLog): void {
    this.seenLines(campaign).recordRun(run);
    this.saveSeen(campaign);
  }

  endings(): EndingsRecord {
    if (!this.endingsRecord) {
      const read = readRecord(this.storage, ENDINGS_KEY, endingsFormat);
      if (read.notice) this.notify("endings", read.notice);
      this.endingsRecord = read.value;
    }
    return this.endingsRecord;
  }

  endingsOf(campaign: string): ReachedEnding[] {
    return endingsOf(this.endings(), campaign);
  }

  /**
   * The records are shared by every tab (each perhaps on another campaign): a change is made to the
   * record as stored now, not to this tab's copy of it, so no tab's ending or chapter is lost to
   * another tab's write.
   */
  recordEnding(ending: ReachedEnding, run: string): void {
    this.endingsRecord = null;
    this.endingsRecord = recordEnding(this.endings(), ending);
    this.written(writeRecord(this.storage, ENDINGS_KEY, this.endingsRecord));
    this.chaptersRecord = null;
    this.chaptersRecord = recordEndingReached(this.chapters(), ending.campaign, run, ending.outcome);
    this.written(writeRecord(this.storage, CHAPTERS_KEY, this.chaptersRecord));
  }

  /** An exported save file carries the gallery. */
  exportFile(saveFileText: string): string {
    return addEndingsToSaveFile(saveFileText, this.endings());
  }

  /**
   * Merge the gallery an imported file carries: only endings of these campaigns, and never at the
   * cost of one reached here. A damaged one is reported and its sound part kept.
   */
  importFile(saveFileText: string, campaigns: readonly CampaignManifest[]): void {
    const read = endingsFromSaveFile(saveFileText);
    if (!read) return;
    if (read.notice)
      this.notify("endings-import", read.notice.replace("The endings gallery", "The imported file's endings gallery"));
    const known = (ending: ReachedEnding) =>
      campaigns.some(
        (manifest) =>
          manifest.id === ending.campaign && manifest.outcomes.some((outcome) => outcome.id === ending.outcome),
      );
    this.endingsRecord = null;
    this.endingsRecord = mergeEndings(this.endings(), read.value, known);
    this.written(writeRecord(this.storage, ENDINGS_KEY, this.endingsRecord));
  }

  chapters(): ChaptersRecord {
    if (!this.chaptersRecord) {
      const read = readRecord(this.storage, CHAPTERS_KEY, chaptersFormat);
      if (read.notice) this.notify("chapters", read.notice);
      this.chaptersRecord = read.value;
    }
    return this.chaptersRecord;
  }

  chaptersOf(campaign: string): ChapterSnapshot[] {
    return reachableChapters(this.chapters(), campaign);
  }

  recordActEntry(campaign: string, snapshot: ChapterSnapshot): void {
    this.chaptersRecord = null;
    this.chaptersRecord = recordActEntry(this.chapters(), campaign, snapshot);
    this.written(writeRecord(this.storage, CHAPTERS_KEY, this.chaptersRecord));
  }

  private written(result: { ok: true } | { ok: false; reason: string }): void {
    if (!result.ok) {
      this.notify(
        "replay-write",
        `What you have read and the endings you found cannot be kept in this browser (${result.reason}). Play goes on.`,
      );
    }
  }
}
