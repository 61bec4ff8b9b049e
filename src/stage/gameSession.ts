import { AutosaveWriter } from "../engine/autosaveWriter";
import type { CampaignManifest } from "../engine/campaign";
import { startingStances } from "../engine/campaign";
import { findLogged } from "../engine/choiceIdentity";
import type { DecisionValue, OutcomeInput } from "../engine/outcome";
import type { PlaythroughScript } from "../engine/playthrough";
import { fromActStart as actStart } from "../engine/replay/chapterSnapshots";
import { restoreLog, restoreSave } from "../engine/restore";
import type { ShownInput } from "../engine/ruleInputs";
import { createSave, replayChoices, type SaveGame } from "../engine/save";
import { autosaveSlot, type SaveSlots, type SlotId, type WriteResult } from "../engine/saveSlots";
import type { NudgeRecord } from "../engine/stances";
import {
  type RunnerOptions,
  type Staging,
  type StoryChoice,
  StoryRunner,
  type StoryStep,
  type TakenChoice,
} from "../engine/storyRunner";
import { type HistoryEntry, historyEntries } from "./historyEntries";
import { playthroughLog } from "./playthroughLog";

/**
 * The DOM-free controller of one playthrough: it owns the story runner, autosaves after every
 * choice, rewinds, rebuilds the runner when the dev server pushes a new story, and hands the views
 * beats to present. The runner computes a whole beat at once, as steps (a line with its tags, the
 * nudges and sounds it caused), so the views stage each step when its line appears.
 */

/**
 * `play`: new steps to show line by line. `reshow`: the current turn shown again at once (after
 * Continue, a rewind or a story update); its steps carry no nudges, and `log` is the whole story so
 * far as it read.
 */
export interface Beat {
  kind: "play" | "reshow";
  /** The choice the player just made, to stay in the story as their line. */
  chosen: string | null;
  steps: StoryStep[];
  choices: StoryChoice[];
  ended: boolean;
  /** The playthrough before the beat's first step (for a reshow: as it stands), where the stage starts from. */
  before: SessionSnapshot;
  /** reshow: everything said so far, with the choices and chapters between; empty for a play beat. */
  log: HistoryEntry[];
}

/** The stage at a moment with nothing to type (a preview, a test): a beat of these steps from there. */
export function beatFrom(before: SessionSnapshot, steps: StoryStep[] = []): Beat {
  return { kind: "play", chosen: null, steps, choices: [], ended: false, before, log: [] };
}

export interface SessionSnapshot {
  staging: Staging;
  stances: Record<string, number>;
  /** Every stance move so far, in order. */
  history: NudgeRecord[];
  /** Who spoke the last line of this turn (as written), or null. */
  speaker: string | null;
  /** The declared rule inputs as they stand (meter marks, ledger lines). */
  inputs: ShownInput[];
  /** Their values, from which the rule's measures are computed. */
  decisions: Record<string, DecisionValue>;
}

export interface FestivalReportData {
  manifest: CampaignManifest;
  outcome: { id: string; title: string; summary: string } | null;
  startingStances: Record<string, number>;
  finalStances: Record<string, number>;
  history: NudgeRecord[];
  turns: number;
  /** The declared rule inputs as the playthrough left them (absent for an ending replayed from the gallery). */
  inputs?: ShownInput[];
  /** Their values, for the rule's measures and why it named this ending (absent likewise). */
  decisions?: Record<string, DecisionValue>;
  /** What the rule read each time the story asked it, in order: why an outcome it kept was named (absent likewise). */
  asked?: OutcomeInput[];
}

export type StoryUpdateResult = { ok: true; beat: Beat; note: string | null } | { ok: false; reason: string };

export class GameSession {
  private runner: StoryRunner;
  private compiledJson: string;
  private readonly autosaver: AutosaveWriter;
  /** Where autosaves go: the campaign's slot, or a chapter replay's own. */
  readonly autosaveTo: SlotId;

  private constructor(
    readonly manifest: CampaignManifest,
    compiledJson: string,
    runner: StoryRunner,
    private readonly slots: SaveSlots,
    private readonly options: RunnerOptions,
    lineage: { playthrough?: string; generation?: number } = {},
    slot: SlotId = autosaveSlot(manifest.id),
  ) {
    this.compiledJson = compiledJson;
    this.runner = runner;
    this.autosaveTo = slot;
    this.autosaver = new AutosaveWriter(slots, slot, lineage.playthrough, lineage.generation);
  }

  /** The runner plays the campaign with its manifest, whose rule decides the outcome. */
  static runnerOptions(manifest: CampaignManifest): RunnerOptions {
    return { manifest };
  }

  /** A new game: its first beat, and an autosave so Continue exists before the first choice. */
  static newGame(
    manifest: CampaignManifest,
    compiledJson: string,
    slots: SaveSlots,
  ): { session: GameSession; beat: Beat; autosave: WriteResult } {
    const options = GameSession.runnerOptions(manifest);
    const runner = new StoryRunner(compiledJson, options);
    const session = new GameSession(manifest, compiledJson, runner, slots, options);
    const beat = session.playBeat(null, session.snapshot());
    return { session, beat, autosave: session.autosave() };
  }

  /** Resume a save at the line it was made on. Throws SaveError when it cannot. */
  static fromSave(
    save: SaveGame,
    manifest: CampaignManifest,
    compiledJson: string,
    slots: SaveSlots,
    /** The autosave slot it goes on saving to (a chapter replay resumed from its own slot). */
    slot?: SlotId,
  ): { session: GameSession; beat: Beat; replayed: boolean; whole: boolean; note: string | null } {
    const options = GameSession.runnerOptions(manifest);
    const { runner, replayed, status, note } = restoreSave(save, compiledJson, { ...options, campaign: manifest.id });
    const session = new GameSession(manifest, compiledJson, runner, slots, options, save, slot);
    return { session, beat: session.reshowBeat(), replayed, whole: status === "resumed", note };
  }

  /**
   * Play these choices on a fresh runner (starting an act again after a damaged save). It does not
   * autosave: the damaged slot stays as it was until the player's next choice.
   */
  static fromChoices(
    manifest: CampaignManifest,
    compiledJson: string,
    slots: SaveSlots,
    choices: readonly TakenChoice[],
    /** The autosave slot it saves to (a chapter replay's own), the campaign's by default. */
    slot?: SlotId,
  ): { session: GameSession; beat: Beat } {
    const options = GameSession.runnerOptions(manifest);
    const runner = replayChoices(compiledJson, options, choices);
    const session = new GameSession(manifest, compiledJson, runner, slots, options, {}, slot);
    return { session, beat: session.reshowBeat() };
  }

  /**
   * A chapter replay: the story replayed through the choices that led into `act`, shown from the
   * act's first line (the lines before it and their staging are taken in at once). It autosaves
   * only to `slot`, never over the campaign's own autosave. On a story edited since, the choices are
   * found by their identity; where they no longer all fit, the replay starts at the furthest point
   * they reach, and the note says where. Throws SaveError when none fits.
   */
  static chapter(
    manifest: CampaignManifest,
    compiledJson: string,
    slots: SaveSlots,
    chapter: { act: number; choices: readonly TakenChoice[] },
    slot: SlotId,
  ): { session: GameSession; beat: Beat; note: string | null } {
    const options = GameSession.runnerOptions(manifest);
    const before = chapter.choices.slice(0, -1);
    const last = chapter.choices.at(-1);
    const restored = last
      ? restoreLog(before, compiledJson, options, () => null)
      : { runner: new StoryRunner(compiledJson, options), status: "resumed", note: null };
    const session = new GameSession(manifest, compiledJson, restored.runner, slots, options, {}, slot);
    if (restored.status !== "resumed") return { session, beat: session.reshowBeat(), note: restored.note };
    const lastOffered = last ? findLogged(restored.runner.choices, last) : null;
    if (last && !lastOffered) {
      return {
        session,
        beat: session.reshowBeat(),
        note: `The game has been updated since this chapter was reached, and "${last.text}" is no longer offered here: the chapter starts just before it.`,
      };
    }
    const beat = lastOffered ? session.choose(lastOffered.chosen.index) : session.playBeat(null, session.snapshot());
    return { session, beat: { ...fromActStart(beat, chapter.act), chosen: null }, note: null };
  }

  get campaign(): string {
    return this.manifest.id;
  }

  /** The choices taken so far, each with its target: this run's route on the route map. */
  route(): readonly TakenChoice[] {
    return this.runner.choicesTaken;
  }

  choicesTaken(): TakenChoice[] {
    return this.runner.choicesTaken.map((choice) => ({ ...choice }));
  }

  get ended(): boolean {
    return this.runner.ended;
  }

  get choices(): readonly StoryChoice[] {
    return this.runner.choices;
  }

  get canRewind(): boolean {
    return this.runner.choicesTaken.length > 0;
  }

  get turn(): number {
    return this.runner.turn;
  }

  get storyHash(): string {
    return this.runner.storyHash;
  }

  get staging(): Staging {
    return this.runner.staging;
  }

  outcomeId(): string | null {
    return this.runner.outcome();
  }

  /** Take a choice and play on to the next one. The caller autosaves (after the new line is on screen). */
  choose(index: number): Beat {
    const chosen = this.runner.choices[index];
    if (!chosen) throw new Error(`choice ${index} is not offered`);
    const before = this.runner.choicesTaken.slice();
    const moment = this.snapshot();
    try {
      this.runner.choose(index);
      return this.playBeat(chosen.text, moment);
    } catch (error) {
      // A story error mid-choice leaves ink half-way: go back to the turn as it was, then report.
      this.runner = replayChoices(this.compiledJson, this.options, before);
      throw error;
    }
  }

  /** Take back the last choice: replay all the others on a fresh runner. Null when there is none. */
  rewind(): { beat: Beat; autosave: WriteResult } | null {
    if (!this.canRewind) return null;
    const kept = this.runner.choicesTaken.slice(0, -1);
    this.runner = replayChoices(this.compiledJson, this.options, kept);
    return { beat: this.reshowBeat(), autosave: this.autosave() };
  }

  /**
   * A new build of the story (the writer saved): keep the player where they were, or at the
   * furthest point their choices still reach (the note says so).
   */
  replaceStory(compiledJson: string): StoryUpdateResult {
    try {
      const { runner, note } = restoreLog(this.runner.choicesTaken, compiledJson, this.options, () => null);
      this.runner = runner;
      this.compiledJson = compiledJson;
      return { ok: true, beat: this.reshowBeat(), note };
    } catch (error) {
      return { ok: false, reason: (error as Error).message };
    }
  }

  /** Write the autosave, unless this game was disposed or another tab has saved it since. */
  autosave(): WriteResult {
    return this.autosaver.write((lineage) => createSave(this.runner, this.campaign, new Date(), lineage));
  }

  saveToSlot(slot: SlotId): WriteResult {
    return this.slots.write(slot, this.save());
  }

  save(now = new Date()): SaveGame {
    return createSave(this.runner, this.campaign, now, this.autosaver.lineage);
  }

  /** The game is put away (a new game, the title, another save loaded): it never writes again. */
  dispose(): void {
    this.autosaver.stop("this game was closed");
  }

  /** Stop autosaving, for this reason (another tab owns this game's autosave). */
  stopAutosave(reason: string): void {
    this.autosaver.stop(reason);
  }

  /** The current turn, to show again at once (after a story error put the game back). */
  currentBeat(): Beat {
    return this.reshowBeat();
  }

  exportSave(now = new Date()): { fileName: string; text: string } {
    const act = this.runner.staging.act;
    const stamp = now.toISOString().slice(0, 16).replace(/[:T]/g, "-");
    return {
      fileName: `dreamers-of-2145-${this.campaign}${act ? `-act${act}` : ""}-${stamp}.json`,
      text: JSON.stringify(this.save(now), null, 2),
    };
  }

  playthroughLog(now = new Date()): PlaythroughScript {
    return playthroughLog(this.runner, this.manifest, now);
  }

  history(): HistoryEntry[] {
    return historyEntries(this.runner.transcript, this.runner.choicesTaken);
  }

  snapshot(): SessionSnapshot {
    const { stances, history } = this.runner.stanceRecords();
    const turn = this.runner.turn;
    const lastLine = this.runner.transcript.filter((line) => line.turn === turn).at(-1);
    return {
      staging: { ...this.runner.staging },
      stances,
      history,
      speaker: lastLine?.speaker ?? null,
      inputs: this.runner.shownInputs(),
      decisions: this.runner.decisions(),
    };
  }

  report(): FestivalReportData {
    const id = this.runner.outcome();
    const outcome = id === null ? null : (this.manifest.outcomes.find((entry) => entry.id === id) ?? null);
    return {
      manifest: this.manifest,
      outcome: outcome ?? (id === null ? null : { id, title: id, summary: "" }),
      startingStances: startingStances(this.manifest),
      finalStances: { ...this.runner.stances },
      history: [...this.runner.stanceHistory],
      turns: this.runner.turn,
      inputs: this.runner.shownInputs(),
      decisions: this.runner.decisions(),
      asked: [...this.runner.outcomeAsks],
    };
  }

  private playBeat(chosen: string | null, before: SessionSnapshot): Beat {
    const beat = this.runner.continueToChoice();
    return { kind: "play", chosen, steps: beat.steps, choices: beat.choices, ended: beat.ended, before, log: [] };
  }

  /** The lines of the current turn, to show again at once with the choices that follow them. */
  private reshowBeat(): Beat {
    const turn = this.runner.turn;
    const staging = { ...this.runner.staging };
    const decisions = this.runner.decisions();
    const inputs = this.runner.shownInputs(decisions);
    const steps = this.runner.transcript
      .filter((line) => line.turn === turn)
      .map((line): StoryStep => ({ line, tags: line.tags, nudges: [], staging, inputs, decisions }));
    return {
      kind: "reshow",
      chosen: null,
      steps,
      choices: [...this.runner.choices],
      ended: this.runner.ended,
      before: this.snapshot(),
      log: this.history(),
    };
  }
}

/**
 * A beat from the act's first step. The steps before it are not shown but happened: the beat
 * starts where they leave the playthrough, their staging, speaker and stance moves taken forward.
 */
function fromActStart(beat: Beat, act: number): Beat {
  const kept = actStart(beat.steps, act);
  const dropped = beat.steps.slice(0, beat.steps.length - kept.length);
  if (kept.length === 0 || dropped.length === 0) return beat;
  const stances = { ...beat.before.stances };
  const moves = dropped.flatMap((step) => step.nudges);
  for (const record of moves) stances[record.character] = record.after;
  const lastLine = [...dropped].reverse().find((step) => step.line !== null)?.line;
  const before: SessionSnapshot = {
    staging: { ...(dropped.at(-1)?.staging ?? beat.before.staging) },
    stances,
    history: [...beat.before.history, ...moves],
    speaker: lastLine ? lastLine.speaker : beat.before.speaker,
    inputs: [...dropped].reverse().find((step) => step.inputs !== undefined)?.inputs ?? beat.before.inputs,
    decisions: [...dropped].reverse().find((step) => step.decisions !== undefined)?.decisions ?? beat.before.decisions,
  };
  return { ...beat, steps: kept, before };
}
