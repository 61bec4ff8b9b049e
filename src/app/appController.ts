import type { CampaignManifest } from "../engine/campaign";
import type { ChapterSnapshot } from "../engine/replay/chapterSnapshots";
import type { ReachedEnding } from "../engine/replay/endingsGallery";
import type { SaveGame } from "../engine/save";
import type { SaveSlots, SlotId, WriteResult } from "../engine/saveSlots";
import type { StoryOutline } from "../engine/storyOutline";
import { confirmDialog, copyTextDialog, messageDialog, recoveryDialog } from "../ui/alertDialogs";
import { applyCampaignStyle } from "../ui/campaignStyle";
import { createChapterCard } from "../ui/chapterCard";
import { applyDocumentSettings } from "../ui/documentSettings";
import { endingsCount } from "../ui/endingsGalleryView";
import { createGameShell, type GameShell } from "../ui/gameShell";
import { openHistory } from "../ui/historyView";
import { openMenu } from "../ui/menuDialog";
import { anyModalOpen } from "../ui/modal";
import { createNotices, type Notices } from "../ui/notices";
import { downloadText, pickTextFile } from "../ui/saveFiles";
import { openSaveSlots, type SlotSummary } from "../ui/saveSlotsView";
import { openSettings } from "../ui/settingsPanel";
import { createTitleScreen, type TitleScreen } from "../ui/titleScreen";
import { type AudioBridge, createAudioBridge } from "./audioBridge";
import { guardAutosave } from "./autosaveGuard";
import {
  CAMPAIGN_IDS,
  type CampaignId,
  findManifest,
  isCampaignId,
  loadCompiledStory,
  loadOutline,
  manifestOf,
  rememberUpdatedStory,
  sceneName,
  speakerName,
} from "./campaignCatalog";
import { chapterTitle, describeSavePlace, romanNumeral } from "./formatting";
import type { Beat, GameSession } from "./gameSession";
import { routeInput } from "./inputRouting";
import { type EngineModule, loadEngine } from "./loadEngine";
import { confirmNewGame } from "./newGameGuard";
import { PlayController } from "./playController";
import { ReplayRecords } from "./replayRecords";
import { openChapters, openEndings, showReplayedEnding } from "./replayScreens";
import { chapterSlot, isChapterSlot, latestAutosavePeek, slotKey } from "./savePeek";
import { createSettingsStore, type Settings, type SettingsStore } from "./settings";
import { startStage } from "./stageBridge";
import { stageStore } from "./stageStore";
import { browserStorage, readText } from "./storage";
import type { TabOwnership } from "./tabOwnership";

/**
 * The app: boots the overlay, shows the title, starts and resumes playthroughs (input routing is
 * inputRouting.ts). Saves and stories load lazily; any failure on the way ends on a screen that says what
 * happened and offers a way on, never a blank page.
 */
export function startApp(root: HTMLElement): void {
  new App(root);
}

class App {
  private readonly storage = browserStorage();
  private readonly settings: SettingsStore;
  private readonly audio: AudioBridge;
  private readonly notices: Notices = createNotices();
  private readonly replay = new ReplayRecords(this.storage, (key, message) => this.notices.showOnce(key, message));
  private readonly chapterCard = createChapterCard();
  private readonly shell: GameShell;
  private readonly title: TitleScreen;
  private slots: SaveSlots | null = null;
  private play: PlayController | null = null;
  private ownership: TabOwnership | null = null;
  private starting = false;

  constructor(root: HTMLElement) {
    const system = {
      reducedMotion: matches("(prefers-reduced-motion: reduce)"),
      highContrast: matches("(prefers-contrast: more)"),
    };
    this.settings = createSettingsStore(this.storage, system);
    const settings = this.settings.getState().settings;
    applyDocumentSettings(settings);
    stageStore.getState().applySettings(settings);
    this.audio = createAudioBridge(volumesOf(settings));
    this.settings.subscribe((state, previous) => {
      if (state.settings !== previous.settings) this.settingsChanged(state.settings);
      if (state.writeProblem) this.notices.showOnce("settings-write", state.writeProblem);
    });

    this.shell = createGameShell(root, this.notices, this.chapterCard.element, () => this.toggleMenu());
    this.title = createTitleScreen(
      CAMPAIGN_IDS.map((id) => ({ id, manifest: manifestOf(id) })),
      {
        onCampaign: (id) => void this.startCampaign(id),
        onContinue: () => void this.continueGame(),
        onLoad: () => void this.openLoad(),
        onImport: () => void this.importSave(),
        onSettings: () => openSettings(this.settings),
        onEndings: (opener) =>
          openEndings(this.replayContext(), opener, (ending, manifest) => this.showEnding(ending, manifest)),
        onChapters: (opener) =>
          openChapters(
            this.replayContext(),
            opener,
            (manifest, snapshot) => void this.startChapter(manifest.id, snapshot),
          ),
      },
    );
    this.shell.title.append(this.title.element);

    routeInput({
      play: () => this.play,
      toggleMenu: () => this.toggleMenu(),
      unlockAudio: () => this.audio.unlock(),
    });
    this.followStoryUpdates();
    startStage(document.getElementById("game"));
    this.showTitle(false);
    // Fetch the engine while the player reads the title (once the page is idle, so it does not
    // compete with the first frame), and the first click on a campaign is instant.
    const preload = () => loadEngine().catch(() => undefined);
    if ("requestIdleCallback" in window) requestIdleCallback(preload, { timeout: 1500 });
    else setTimeout(preload, 500);
  }

  // ——— screens ———

  private showTitle(focus = true): void {
    this.closeGame();
    this.shell.boot.hidden = true;
    this.shell.title.hidden = false;
    applyCampaignStyle(document.documentElement, null);
    this.shell.report.hidden = true;
    this.shell.report.replaceChildren();
    this.title.setEndingsCounts(
      Object.fromEntries(CAMPAIGN_IDS.map((id) => [id, endingsCount(manifestOf(id), this.replay.endingsOf(id))])),
    );
    const peek = latestAutosavePeek(this.storage, CAMPAIGN_IDS, { chapters: true });
    this.title.setContinue(peek ? this.describePeek(peek) : null);
    stageStore.getState().toTitle();
    if (focus) this.title.focusFirst();
  }

  private describePeek(peek: NonNullable<ReturnType<typeof latestAutosavePeek>>): string {
    const manifest = findManifest(peek.campaign);
    const campaignTitle = `${peek.chapter ? "Chapter replay, " : ""}${manifest?.title ?? peek.campaign}`;
    if (!peek.savedAt) return `${campaignTitle} (the save may be damaged)`;
    return describeSavePlace({
      campaignTitle,
      act: peek.act,
      sceneName: manifest ? sceneName(manifest, peek.scene) : null,
      savedAt: peek.savedAt,
    });
  }

  /**
   * Put the current game away (its last autosave written, then never again) before the next one
   * is made: the next game's autosave writer starts from what the slot holds after that.
   */
  private closeGame(): void {
    this.play?.dispose();
    this.play = null;
    this.ownership?.release();
    this.ownership = null;
  }

  /**
   * Hide the title, and let go of a focus left on one of its buttons (the one that opened Chapters
   * or Endings gets it back when that dialog closes): a hidden button keeps a Space or Enter meant
   * for the story, and pressed it, reopening the dialog over the game.
   */
  private leaveTitle(): void {
    this.shell.title.hidden = true;
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && this.shell.title.contains(focused)) focused.blur();
  }

  /** `steal`: this tab takes the campaign's autosave from any other tab (a new game, Take over). */
  private beginPlay(session: GameSession, beat: Beat, steal = false): void {
    this.closeGame();
    this.leaveTitle();
    applyCampaignStyle(document.documentElement, session.manifest);
    this.play = new PlayController(session, {
      shell: this.shell,
      notices: this.notices,
      chapterCard: this.chapterCard,
      audio: this.audio,
      settings: this.settings,
      reportAutosave: (result) => this.reportAutosave(result),
      playAgain: (campaign) => isCampaignId(campaign) && void this.startCampaign(campaign),
      load: () => void this.openLoad(),
      toTitle: () => this.showTitle(),
      copyLog: () => this.copyLog(),
      replay: this.replay,
      outline: (campaign) => loadOutline(campaign as CampaignId),
    });
    this.play.begin(beat);
    const slot = session.autosaveTo;
    this.ownership = guardAutosave(session, this.notices, {
      steal,
      takeOver: () => void this.takeOver(slot, session.campaign),
    });
  }

  // ——— starting and resuming ———

  private async engineAndSlots(): Promise<{ engine: EngineModule; slots: SaveSlots }> {
    const engine = await loadEngine();
    this.slots ??= new engine.SaveSlots(this.storage);
    return { engine, slots: this.slots };
  }

  /**
   * Guard against a second click while a story loads. The title is inert meanwhile: a key pressed
   * while the game is on its way (Space, to hurry it) must not press the button the last dialog gave
   * the focus back to, and open that dialog again over the game.
   */
  private async busy(task: () => Promise<void>): Promise<void> {
    if (this.starting) return;
    this.starting = true;
    this.shell.title.inert = true;
    // Inert does not take the focus away: a button holding it would still get the key's click.
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && this.shell.title.contains(focused)) focused.blur();
    try {
      await task();
    } finally {
      this.starting = false;
      this.shell.title.inert = false;
      // Back on the title (a question cancelled, a load failed): the keyboard lands on it again.
      if (!this.shell.title.hidden && !this.shell.title.contains(document.activeElement) && !anyModalOpen())
        this.title.focusFirst();
    }
  }

  private loadFailed(what: string, error: unknown): Promise<void> {
    console.error(error);
    const reason = (error as Error)?.message ?? String(error);
    this.showTitle(false);
    return messageDialog(
      "The story could not be loaded",
      `${what} could not be loaded (${reason}). Check your connection and try again.`,
    );
  }

  /**
   * What a step needs loaded, or null once its failure is on screen: every load in the app goes
   * through here, so each failure gets the same dialog and way back to the title.
   */
  private async loading<T>(what: string, load: () => Promise<T>): Promise<T | null> {
    try {
      return await load();
    } catch (error) {
      await this.loadFailed(what, error);
      return null;
    }
  }

  /** The engine and the save slots. */
  private loadGame(): Promise<{ engine: EngineModule; slots: SaveSlots } | null> {
    return this.loading("The game", () => this.engineAndSlots());
  }

  /** The engine, the save slots and the campaign's compiled story. */
  private loadCampaign(
    campaign: CampaignId,
    title: string,
  ): Promise<{ engine: EngineModule; slots: SaveSlots; story: string } | null> {
    return this.loading(`The ${title} story`, async () => ({
      ...(await this.engineAndSlots()),
      story: await loadCompiledStory(campaign),
    }));
  }

  private startCampaign(campaign: CampaignId, options = { ask: true }): Promise<void> {
    return this.busy(async () => {
      const manifest = manifestOf(campaign);
      const loaded = await this.loadCampaign(campaign, manifest.title);
      if (!loaded) return;
      const { engine, slots, story } = loaded;
      // The ended game (Play again) writes its last autosave before the question looks at it.
      this.closeGame();
      const peek = () => latestAutosavePeek(this.storage, [campaign]);
      const describe = () => {
        const found = peek();
        return found ? this.describePeek(found) : manifest.title;
      };
      const decision = await confirmNewGame(slots, campaign, manifest.title, describe, options);
      if (decision === "continue") return this.resumeSlot(`auto-${campaign}`, campaign);
      if (decision === "cancel") return this.title.focusFirst();
      try {
        const { session, beat, autosave } = engine.GameSession.newGame(manifest, story, slots);
        this.beginPlay(session, beat, true);
        this.reportAutosave(autosave);
      } catch (error) {
        return this.loadFailed(`The ${manifest.title} story`, error);
      }
    });
  }

  /** The most recent game, a chapter replay included (which goes on saving to its own slot). */
  private continueGame(): Promise<void> {
    return this.busy(async () => {
      const peek = latestAutosavePeek(this.storage, CAMPAIGN_IDS, { chapters: true });
      if (!peek) return this.showTitle();
      return this.resumeSlot(peek.slot, peek.campaign);
    });
  }

  /** Take an autosave over from another tab: go on here from its latest save. */
  private takeOver(slot: SlotId, campaign: string): Promise<void> {
    return this.busy(() => this.resumeSlot(slot, campaign, true));
  }

  private async resumeSlot(slot: SlotId, campaign: string, steal = false): Promise<void> {
    const loaded = await this.loadGame();
    if (!loaded) return;
    const read = loaded.slots.read(slot);
    if (read.status === "ok") return this.resume(read.save, readText(this.storage, slotKey(slot)), slot, steal);
    const reason = read.status === "empty" ? "the save has gone" : read.reason;
    return this.recover(reason, readText(this.storage, slotKey(slot)), campaign, slot);
  }

  private async resume(
    save: SaveGame,
    rawText: string | null,
    slot: SlotId | null = null,
    steal = false,
  ): Promise<void> {
    if (!isCampaignId(save.campaign)) {
      return this.recover(`it belongs to a campaign this game does not have ("${save.campaign}")`, rawText, null);
    }
    const loaded = await this.loadCampaign(save.campaign, manifestOf(save.campaign).title);
    if (!loaded) return;
    const { engine, slots, story } = loaded;
    try {
      this.closeGame();
      // A chapter replay resumed from its own slot goes on saving there.
      const { session, beat, note } = engine.GameSession.fromSave(
        save,
        manifestOf(save.campaign),
        story,
        slots,
        slot && isChapterSlot(slot) ? slot : undefined,
      );
      this.beginPlay(session, beat, steal);
      if (note) this.notices.show(note);
    } catch (error) {
      const reason =
        error instanceof engine.SaveError ? error.message : `the story failed (${(error as Error).message})`;
      return this.recover(reason, rawText ?? JSON.stringify(save), save.campaign, slot);
    }
  }

  /**
   * A save that cannot be used: say why, offer to start its last act again or a new game. A chapter
   * replay's act starts again in its own slot, and a new game in its place asks before it replaces
   * the campaign's game in progress.
   */
  private async recover(
    reason: string,
    rawText: string | null,
    campaignHint: string | null,
    slot: SlotId | null = null,
  ): Promise<void> {
    const chapter = slot !== null && isChapterSlot(slot);
    const loaded = await this.loadGame();
    if (!loaded) return;
    const { engine, slots } = loaded;
    const named = engine.looseCampaign(rawText, CAMPAIGN_IDS);
    const campaign = isCampaignId(campaignHint) ? campaignHint : isCampaignId(named) ? named : null;
    let restart: { session: () => ReturnType<typeof engine.GameSession.fromChoices>; act: string } | null = null;
    if (campaign) {
      try {
        const story = await loadCompiledStory(campaign);
        const options = engine.GameSession.runnerOptions(manifestOf(campaign));
        const plan = engine.planActRestart(story, options, engine.looseChoiceLog(rawText) ?? []);
        if (plan) {
          restart = {
            act: plan.act === null ? "the act" : `Act ${romanNumeral(plan.act)}`,
            session: () =>
              engine.GameSession.fromChoices(
                manifestOf(campaign),
                story,
                slots,
                plan.choices,
                chapter ? chapterSlot(campaign) : undefined,
              ),
          };
        }
      } catch {
        restart = null;
      }
    }
    this.showTitle(false);
    const answer = await recoveryDialog({
      reason,
      restartAct: restart?.act ?? null,
      campaignTitle: campaign ? manifestOf(campaign).title : null,
      fallbackFocus: () => this.shell.title.querySelector("button"),
    });
    if (answer === "restart-act" && restart) {
      try {
        this.closeGame();
        const { session, beat } = restart.session();
        this.beginPlay(session, beat);
        this.notices.show(`Starting ${restart.act} again.`);
      } catch (error) {
        await this.loadFailed("That act", error);
      }
    } else if (answer === "new-game" && campaign) {
      await this.startCampaignNow(campaign, { ask: chapter });
    } else {
      this.title.focusFirst();
    }
  }

  /**
   * startCampaign without the busy guard, for flows already inside it. The player chose a new game
   * over the campaign's save that cannot be used: no question, but it is kept (`ask: false`).
   */
  private async startCampaignNow(campaign: CampaignId, options = { ask: false }): Promise<void> {
    this.starting = false;
    await this.startCampaign(campaign, options);
  }

  // ——— replay: endings and chapters ———

  private replayContext() {
    return {
      campaigns: CAMPAIGN_IDS.map((id) => manifestOf(id)),
      replay: this.replay,
      chapterTitle: (manifest: CampaignManifest, act: number, scene: string | null) =>
        chapterTitle(act, sceneName(manifest, scene)),
    };
  }

  /** A reached ending from the gallery: its staging and report, not the whole story. */
  private showEnding(ending: ReachedEnding, manifest: CampaignManifest): void {
    this.play?.dispose();
    this.play = null;
    this.leaveTitle();
    applyCampaignStyle(document.documentElement, manifest);
    showReplayedEnding(this.shell, ending, manifest, {
      playAgain: () => isCampaignId(manifest.id) && void this.startCampaign(manifest.id),
      title: () => this.showTitle(),
    });
  }

  /** A chapter replay: a normal game in its own autosave slot, which it replaces only when the player agrees. */
  private startChapter(campaign: string, snapshot: ChapterSnapshot): Promise<void> {
    return this.busy(async () => {
      if (!isCampaignId(campaign)) return;
      const manifest = manifestOf(campaign);
      const loaded = await this.loadCampaign(campaign, manifest.title);
      if (!loaded) return;
      const { engine, slots, story } = loaded;
      const slot = chapterSlot(campaign);
      const existing = slots.read(slot);
      if (existing.status === "ok") {
        const replace = await confirmDialog({
          title: "Replace your chapter replay?",
          message: `A chapter replay of ${manifest.title} is in progress (${describeSavePlace({
            campaignTitle: manifest.title,
            act: existing.save.staging.act,
            sceneName: sceneName(manifest, existing.save.staging.scene),
            savedAt: existing.save.savedAt,
          })}). Starting this chapter replaces it. Your main game is not touched.`,
          confirm: "Replace",
        });
        if (!replace) return;
      }
      try {
        this.closeGame();
        const { session, beat } = engine.GameSession.chapter(manifest, story, slots, snapshot, slot);
        this.beginPlay(session, beat);
        this.reportAutosave(session.autosave());
      } catch (error) {
        return this.loadFailed("That chapter", error);
      }
    });
  }

  // ——— saves ———

  private reportAutosave(result: WriteResult): void {
    if (!result.ok) {
      this.notices.showOnce(
        "autosave",
        `Autosave failed: ${result.reason}. Play goes on; use Export save to keep your progress.`,
      );
    }
  }

  private slotSummaries(engine: EngineModule, slots: SaveSlots, withAutosaves: boolean): SlotSummary[] {
    const ids: SlotId[] = [...engine.MANUAL_SLOTS];
    if (withAutosaves) ids.push(...CAMPAIGN_IDS.flatMap((id): SlotId[] => [`auto-${id}`, chapterSlot(id)]));
    // A game replaced by a new one, while it is kept.
    if (withAutosaves)
      ids.push(
        ...CAMPAIGN_IDS.map((id): SlotId => `previous-${id}`).filter(
          (slot) => readText(this.storage, slotKey(slot)) !== null,
        ),
      );
    return ids.flatMap((slot) => {
      const read = slots.read(slot);
      const chapter = isChapterSlot(slot);
      // A chapter replay's slot is listed only while it holds something.
      if (chapter && read.status === "empty") return [];
      const campaignOf = (prefix: string) =>
        findManifest(slot.slice(prefix.length))?.title ?? slot.slice(prefix.length);
      const label = chapter
        ? `Chapter replay, ${campaignOf(chapterSlot(""))}`
        : slot.startsWith("auto-")
          ? `Autosave, ${campaignOf("auto-")}`
          : slot.startsWith("previous-")
            ? `Previous game, ${campaignOf("previous-")}`
            : `Slot ${slot}`;
      if (read.status === "empty") return [{ slot, label, status: "empty", description: "" }];
      if (read.status === "damaged" || read.status === "unavailable")
        return [{ slot, label, status: read.status, description: read.reason }];
      const save = read.save;
      const manifest = findManifest(save.campaign);
      const summary: SlotSummary = {
        slot,
        label,
        status: "ok",
        description: describeSavePlace({
          campaignTitle: manifest?.title ?? save.campaign,
          act: save.staging.act,
          sceneName: manifest ? sceneName(manifest, save.staging.scene) : null,
          savedAt: save.savedAt,
        }),
      };
      return [summary];
    });
  }

  private async openLoad(): Promise<void> {
    const loaded = await this.loadGame();
    if (!loaded) return;
    const { engine, slots } = loaded;
    openSaveSlots({
      mode: "load",
      slots: this.slotSummaries(engine, slots, true),
      onPick: (summary) =>
        void this.busy(async () => {
          const read = slots.read(summary.slot);
          const raw = readText(this.storage, slotKey(summary.slot));
          if (read.status === "ok") return this.resume(read.save, raw, summary.slot);
          const hint = /^(auto|previous)-/.test(summary.slot) ? summary.slot.replace(/^(auto|previous)-/, "") : null;
          if (read.status === "damaged") return this.recover(read.reason, raw, hint, summary.slot);
        }),
    });
  }

  private async openSave(session: GameSession): Promise<void> {
    const loaded = await this.loadGame();
    if (!loaded) return;
    const { engine, slots } = loaded;
    openSaveSlots({
      mode: "save",
      slots: this.slotSummaries(engine, slots, false),
      onPick: async (summary) => {
        if (summary.status === "ok" || summary.status === "damaged") {
          const overwrite = await confirmDialog({
            title: `Overwrite ${summary.label}?`,
            message:
              summary.status === "damaged"
                ? `${summary.label} holds a save that cannot be read. Saving here replaces it.`
                : `${summary.label} holds ${summary.description}. Saving here replaces it.`,
            confirm: "Overwrite",
          });
          if (!overwrite) return;
        }
        const result = session.saveToSlot(summary.slot);
        this.notices.show(result.ok ? `Saved in ${summary.label}.` : `Could not save: ${result.reason}.`);
      },
    });
  }

  private async importSave(): Promise<void> {
    const file = await pickTextFile();
    if (!file) return;
    const loaded = await this.loadGame();
    if (!loaded) return;
    const { engine } = loaded;
    const refuse = (reason: string) =>
      messageDialog("This file cannot be imported", `“${file.name}” cannot be used: ${reason}. Nothing was changed.`);
    if (file.size > engine.MAX_SAVE_BYTES) return refuse(engine.tooLargeReason(file.size));
    const text = await file.text();
    let save: SaveGame;
    try {
      save = engine.parseSave(text);
    } catch (error) {
      return refuse(error instanceof engine.SaveError ? error.message : (error as Error).message);
    }
    this.replay.importFile(text);
    await this.busy(() => this.resume(save, text));
  }

  private copyLog(): void {
    const session = this.play?.currentSession;
    if (!session) return;
    const text = `${JSON.stringify(session.playthroughLog(), null, 2)}\n`;
    const byHand = () =>
      copyTextDialog(
        "Playthrough log",
        "The browser did not allow copying. Select the text below and copy it; save it as a .json file and replay it with npm run play -- --script file.json.",
        text,
      );
    if (!navigator.clipboard?.writeText) return byHand();
    navigator.clipboard
      .writeText(text)
      .then(
        () => this.notices.show("Playthrough log copied. Replay it with npm run play -- --script file.json."),
        byHand,
      );
  }

  // ——— menu and input ———

  private toggleMenu(): void {
    const play = this.play;
    if (!play || anyModalOpen()) return;
    const session = play.currentSession;
    this.audio.playInterface("ui-menu");
    openMenu({
      canRewind: session.canRewind,
      fallbackFocus: () => this.shell.menuButton,
      actions: {
        history: () =>
          openHistory({
            entries: session.history(),
            speakerName: (speaker) => speakerName(session.manifest, speaker),
            speakerIndex: (speaker) =>
              session.manifest.characters.findIndex((character) => character.id === speaker?.trim().toLowerCase()),
            chapterTitle: (act, scene) => chapterTitle(act, sceneName(session.manifest, scene)),
          }),
        rewind: () => play.rewind(),
        routeMap: () => void play.openRouteMap(() => this.shell.menuButton),
        save: () => void this.openSave(session),
        load: () => void this.openLoad(),
        exportSave: () => {
          const file = session.exportSave();
          downloadText(file.fileName, this.replay.exportFile(file.text));
          this.notices.show(`Exported ${file.fileName}.`);
        },
        importSave: () => void this.importSave(),
        copyLog: () => this.copyLog(),
        settings: () => openSettings(this.settings),
        title: () => this.showTitle(),
      },
    });
  }

  /** Story updates from the dev server's ink watcher: the open game carries on in the new story. */
  private followStoryUpdates(): void {
    if (!import.meta.hot) return;
    import.meta.hot.on("ink:update", (update: { campaign: string; story: string; outline?: StoryOutline }) => {
      if (!isCampaignId(update.campaign)) return;
      rememberUpdatedStory(update.campaign, update.story, update.outline);
      if (this.play?.campaign === update.campaign) this.play.storyUpdated(update.story);
    });
  }

  private settingsChanged(settings: Settings): void {
    applyDocumentSettings(settings);
    stageStore.getState().applySettings(settings);
    this.audio.setVolumes(volumesOf(settings));
  }
}

function matches(query: string): boolean {
  try {
    return window.matchMedia?.(query).matches ?? false;
  } catch {
    return false;
  }
}

function volumesOf(settings: Settings) {
  return { music: settings.musicVolume, effects: settings.effectsVolume, muted: settings.muted };
}
