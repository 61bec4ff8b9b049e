import { type CampaignId, isCampaignId, loadCompiledStory, manifestOf } from "../content/campaignCatalog";
import type { ChapterSnapshot } from "../engine/replay/chapterSnapshots";
import type { SaveGame } from "../engine/save";
import { autosaveSlot } from "../engine/saveKeys";
import type { KeyValueStorage, SaveSlots, SlotId, WriteResult } from "../engine/saveSlots";
import type { Beat, GameSession } from "../stage/gameSession";
import { romanNumeral } from "../ui/formatting";
import type { PickedFile } from "../ui/saveFiles";
import { type EngineModule, loadEngine } from "./loadEngine";
import { chapterSlot, isChapterSlot, slotKey } from "./savePeek";
import { readText } from "./storage";

/** A game ready to play: the app shows its beat, reports its first autosave and shows its notice. */
export interface Play {
  kind: "play";
  session: GameSession;
  beat: Beat;
  /** This tab takes the autosave over from any other tab (a new game, Take over). */
  steal: boolean;
  autosave: WriteResult | null;
  notice: string | null;
}

/** Something did not load (the network, a story that throws): the app says so and goes back to the title. */
export interface Failed {
  kind: "failed";
  what: string;
  reason: string;
}

/** A save that cannot be played: the app offers to start its last act again, or a new game. */
export interface Unusable {
  kind: "unusable";
  reason: string;
  rawText: string | null;
  campaign: string | null;
  slot: SlotId | null;
}

/** The player said no to a question on the way (replace a game, a chapter replay). */
export interface Cancelled {
  kind: "cancelled";
}

/** A game that would have been replaced could not be kept first, so nothing was replaced; `reason` says so to the player. */
export interface Stopped {
  kind: "stopped";
  reason: string;
}

/** What opening a game came to. Nothing here shows anything: the app turns each kind into a screen or dialog. */
export type Opened = Play | Failed | Unusable | Cancelled | Stopped;

/**
 * Asked before a game in progress is replaced (by an import, a load): the save it would replace,
 * or null when that one cannot be read. True: replace it (it is kept as the previous game).
 */
export type ReplaceQuestion = (inProgress: SaveGame | null) => Promise<boolean>;

/** What Import found in a file before anything changes. */
export type Imported = { kind: "save"; save: SaveGame; text: string } | { kind: "refused"; reason: string } | Failed;

/** How a save that cannot be played may go on: its campaign, and its last act started again when the log allows. */
export interface Recovery {
  campaign: CampaignId | null;
  /** "Act II", or null when no act can be started again. */
  act: string | null;
  restart: (() => Opened) | null;
  /** Keep the save aside (kept-<campaign>) before a new game takes its place: null when kept, else why not. */
  keep: () => Stopped | null;
}

type Loaded<T> = ({ kind: "loaded" } & T) | Failed;

/**
 * Every way a game is opened: a new game, a slot, a save, a chapter, an import, a damaged save's
 * act again. The engine and stories load lazily; every failure comes back as a tagged result, from
 * the one try/catch in `attempt`.
 */
export class GameLoader {
  private slots: SaveSlots | null = null;

  constructor(private readonly storage: KeyValueStorage | null) {}

  /** The engine and the save slots. */
  game(): Promise<Loaded<{ engine: EngineModule; slots: SaveSlots }>> {
    return attemptAsync("The game", async () => {
      const engine = await loadEngine();
      this.slots ??= new engine.SaveSlots(this.storage);
      return { engine, slots: this.slots };
    });
  }

  /** The engine, the save slots and the campaign's compiled story. */
  private campaign(campaign: CampaignId): Promise<Loaded<{ engine: EngineModule; slots: SaveSlots; story: string }>> {
    return attemptAsync(`The ${manifestOf(campaign).title} story`, async () => {
      const game = await this.game();
      if (game.kind === "failed") throw new Error(game.reason);
      return { engine: game.engine, slots: game.slots, story: await loadCompiledStory(campaign) };
    });
  }

  /**
   * A new game of `campaign`. `decide` is asked first, with the slots, whether a game in progress is
   * replaced, continued or kept.
   */
  async newGame(
    campaign: CampaignId,
    decide: (slots: SaveSlots) => Promise<"start" | "continue" | "cancel">,
  ): Promise<Opened> {
    const loaded = await this.campaign(campaign);
    if (loaded.kind === "failed") return loaded;
    const decision = await decide(loaded.slots);
    if (decision === "continue") return this.resumeSlot(`auto-${campaign}`, campaign);
    if (decision === "cancel") return { kind: "cancelled" };
    const kept = keepInProgress(loaded.slots, campaign, autosaveSlot(campaign));
    if (kept) return kept;
    const manifest = manifestOf(campaign);
    return attempt(`The ${manifest.title} story`, () => {
      const { session, beat, autosave } = loaded.engine.GameSession.newGame(manifest, loaded.story, loaded.slots);
      return play(session, beat, { steal: true, autosave });
    });
  }

  /**
   * Go on from what a slot holds; a chapter replay's slot goes on saving there. `replace` is asked
   * before the game goes over another game in progress (Load of a slot, not Continue).
   */
  async resumeSlot(
    slot: SlotId,
    campaign: string | null,
    steal = false,
    replace: ReplaceQuestion = async () => true,
  ): Promise<Opened> {
    const loaded = await this.game();
    if (loaded.kind === "failed") return loaded;
    const read = loaded.slots.read(slot);
    const rawText = readText(this.storage, slotKey(slot));
    if (read.status === "ok") return this.resume(read.save, rawText, slot, steal, replace);
    const reason = read.status === "empty" ? "the save has gone" : read.reason;
    const hint = /^(auto|previous|kept)-/.test(slot)
      ? slot.replace(/^(auto-chapter|previous-chapter|auto|previous|kept)-/, "")
      : null;
    return { kind: "unusable", reason, rawText, campaign: isCampaignId(campaign) ? campaign : hint, slot };
  }

  /**
   * Go on from a save, at the line it was made on, or at the furthest point the story still
   * reaches. The game autosaves to the campaign's slot (a chapter replay's to its own): when that
   * holds another game in progress, `replace` is asked first and the game there is kept as the
   * previous game. A save that opens only further back is kept aside whole (kept-<campaign>)
   * before its game writes over it. A copy that cannot be written stops it all, with a word.
   */
  async resume(
    save: SaveGame,
    rawText: string | null,
    slot: SlotId | null = null,
    steal = false,
    replace: ReplaceQuestion = async () => true,
  ): Promise<Opened> {
    const unusable = (reason: string): Unusable => ({
      kind: "unusable",
      reason,
      rawText: rawText ?? JSON.stringify(save),
      campaign: save.campaign,
      slot,
    });
    if (!isCampaignId(save.campaign)) {
      return { ...unusable(`it belongs to a campaign this game does not have ("${save.campaign}")`), campaign: null };
    }
    const loaded = await this.campaign(save.campaign);
    if (loaded.kind === "failed") return loaded;
    const { engine, slots, story } = loaded;
    const target = slot && isChapterSlot(slot) ? slot : autosaveSlot(save.campaign);
    if (slot !== target && slots.gameInProgress(save.campaign, target) && !sameGame(slots, target, save)) {
      const inProgress = slots.read(target);
      if (!(await replace(inProgress.status === "ok" ? inProgress.save : null))) return { kind: "cancelled" };
      const kept = keepInProgress(slots, save.campaign, target);
      if (kept) return kept;
    }
    try {
      const { session, beat, whole, note } = engine.GameSession.fromSave(
        save,
        manifestOf(save.campaign),
        story,
        slots,
        target === autosaveSlot(save.campaign) ? undefined : target,
      );
      if (!whole) {
        const kept = slots.keepUnopened(save.campaign, rawText ?? JSON.stringify(save));
        if (!kept.ok) {
          session.dispose();
          return {
            kind: "stopped",
            reason: `This game can now be played only from an earlier point, and the whole save could not be kept aside first (${kept.reason}), so nothing was changed. Export it from Load, or free some space, and try again.`,
          };
        }
      }
      return play(session, beat, { steal, notice: note });
    } catch (error) {
      return unusable(error instanceof engine.SaveError ? error.message : `the story failed (${messageOf(error)})`);
    }
  }

  /**
   * A chapter replay: a normal game in its own autosave slot. `replace` is asked, with what the slot
   * holds, before a chapter replay in progress is replaced.
   */
  async chapter(
    campaign: CampaignId,
    snapshot: ChapterSnapshot,
    replace: (existing: SaveGame) => Promise<boolean>,
  ): Promise<Opened> {
    const loaded = await this.campaign(campaign);
    if (loaded.kind === "failed") return loaded;
    const slot = chapterSlot(campaign);
    const existing = loaded.slots.read(slot);
    if (existing.status === "ok" && !(await replace(existing.save))) return { kind: "cancelled" };
    if (existing.status !== "empty") {
      const kept = keepInProgress(loaded.slots, campaign, slot);
      if (kept) return kept;
    }
    try {
      const { session, beat, note } = loaded.engine.GameSession.chapter(
        manifestOf(campaign),
        loaded.story,
        loaded.slots,
        snapshot,
        slot,
      );
      return play(session, beat, { autosave: session.autosave(), notice: note });
    } catch (error) {
      // A chapter the story no longer has is not a network failure: it gets the unusable-save dialog.
      if (error instanceof loaded.engine.SaveError) {
        return { kind: "unusable", reason: error.message, rawText: null, campaign, slot: null };
      }
      return failed("That chapter", error);
    }
  }

  /** A save file the player picked: read and checked, nothing changed yet. */
  async readImport(file: PickedFile): Promise<Imported> {
    const loaded = await this.game();
    if (loaded.kind === "failed") return loaded;
    const { engine } = loaded;
    if (file.size > engine.MAX_SAVE_BYTES) return { kind: "refused", reason: engine.tooLargeReason(file.size) };
    const text = await file.text();
    try {
      return { kind: "save", save: engine.parseSave(text), text };
    } catch (error) {
      return { kind: "refused", reason: messageOf(error) };
    }
  }

  /**
   * How an unusable save may go on: its campaign (named by the app, or read loosely from the text)
   * and its last act played again from its choice log. A chapter replay's act starts again in its own slot.
   */
  async recovery(unusable: Unusable, campaignIds: readonly CampaignId[]): Promise<Recovery | Failed> {
    const loaded = await this.game();
    if (loaded.kind === "failed") return loaded;
    const { engine, slots } = loaded;
    const named = engine.looseCampaign(unusable.rawText, campaignIds);
    const campaign = isCampaignId(unusable.campaign) ? unusable.campaign : isCampaignId(named) ? named : null;
    const keep = () => (campaign ? this.keepUnusable(slots, unusable, campaign) : null);
    if (!campaign) return { campaign: null, act: null, restart: null, keep };
    const chapter = unusable.slot !== null && isChapterSlot(unusable.slot);
    const plan = await attemptAsync("The story", async () => {
      const story = await loadCompiledStory(campaign);
      const options = engine.GameSession.runnerOptions(manifestOf(campaign));
      return { story, plan: engine.planActRestart(story, options, engine.looseChoiceLog(unusable.rawText) ?? []) };
    });
    if (plan.kind === "failed" || !plan.plan) return { campaign, act: null, restart: null, keep };
    const { story } = plan;
    const { act: actNumber, choices } = plan.plan;
    const act = actNumber === null ? "the act" : `Act ${romanNumeral(actNumber)}`;
    return {
      campaign,
      act,
      keep,
      restart: () => {
        const kept = keep();
        if (kept) return kept;
        return attempt("That act", () => {
          const { session, beat } = engine.GameSession.fromChoices(
            manifestOf(campaign),
            story,
            slots,
            choices,
            chapter ? chapterSlot(campaign) : undefined,
          );
          return play(session, beat, { notice: `Starting ${act} again.` });
        });
      },
    };
  }

  /**
   * Before a way on replaces a save that could not be used (its act again, a new game): keep it as
   * it was, in its campaign's kept slot. Null when kept (or there is nothing to keep), else why not.
   */
  keepUnusable(slots: SaveSlots, unusable: Unusable, campaign: string): Stopped | null {
    if (unusable.rawText === null) return null;
    const kept = slots.keepUnopened(campaign, unusable.rawText);
    if (kept.ok) return null;
    return {
      kind: "stopped",
      reason: `The save that could not be used could not be kept aside first (${kept.reason}), so nothing was replaced. Export it, or free some space, and try again.`,
    };
  }
}

/** Whether a slot holds this very save (the same game at the same generation): going on from it replaces nothing. */
function sameGame(slots: SaveSlots, slot: SlotId, save: SaveGame): boolean {
  const read = slots.read(slot);
  return read.status === "ok" && read.save.playthrough === save.playthrough && read.save.generation === save.generation;
}

/** Keep the game in progress in `slot` as the previous game before it is replaced; a Stopped when it cannot be kept. */
function keepInProgress(slots: SaveSlots, campaign: string, slot: SlotId): Stopped | null {
  if (!slots.gameInProgress(campaign, slot)) return null;
  const kept = slots.keepAsPrevious(campaign, slot);
  if (kept.ok) return null;
  return {
    kind: "stopped",
    reason: `Your game in progress could not be kept as the previous game (${kept.reason}), so it was not replaced. Export it first (Continue it, then Export save in the menu), or free some space, and try again.`,
  };
}

function play(
  session: GameSession,
  beat: Beat,
  extra: { steal?: boolean; autosave?: WriteResult; notice?: string | null } = {},
): Play {
  return {
    kind: "play",
    session,
    beat,
    steal: extra.steal ?? false,
    autosave: extra.autosave ?? null,
    notice: extra.notice ?? null,
  };
}

/** The one place a failure becomes a result: `what` names what did not load, for the dialog. */
function attempt<T extends object>(what: string, task: () => T): T | Failed {
  try {
    return task();
  } catch (error) {
    return failed(what, error);
  }
}

async function attemptAsync<T extends object>(what: string, task: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { kind: "loaded", ...(await task()) };
  } catch (error) {
    return failed(what, error);
  }
}

function failed(what: string, error: unknown): Failed {
  console.error(error);
  return { kind: "failed", what, reason: messageOf(error) };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
