import type { SaveGame } from "../engine/save";
import type { SaveSlots, WriteResult } from "../engine/saveSlots";
import { confirmDialog, copyTextDialog, messageDialog, recoveryDialog } from "../ui/alertDialogs";
import { applyCampaignStyle } from "../ui/campaignStyle";
import { createChapterCard } from "../ui/chapterCard";
import { applyDocumentSettings } from "../ui/documentSettings";
import { isInteractive } from "../ui/dom";
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
import {
  CAMPAIGN_IDS,
  type CampaignId,
  findManifest,
  isCampaignId,
  loadCompiledStory,
  manifestOf,
  rememberUpdatedStory,
  sceneName,
  speakerName,
} from "./campaignCatalog";
import { chapterTitle, describeSavePlace, romanNumeral } from "./formatting";
import type { Beat, GameSession } from "./gameSession";
import { type EngineModule, loadEngine } from "./loadEngine";
import { PlayController } from "./playController";
import { latestAutosavePeek, slotKey } from "./savePeek";
import { createSettingsStore, type Settings, type SettingsStore } from "./settings";
import { startStage } from "./stageBridge";
import { stageStore } from "./stageStore";
import { browserStorage, readText } from "./storage";

/**
 * The app: boots the overlay, shows the title, starts and resumes playthroughs, and routes the
 * keyboard. Saves and stories load lazily; any failure on the way ends on a screen that says what
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
  private readonly chapterCard = createChapterCard();
  private readonly shell: GameShell;
  private readonly title: TitleScreen;
  private slots: SaveSlots | null = null;
  private play: PlayController | null = null;
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
      },
    );
    this.shell.title.append(this.title.element);

    this.listen();
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
    this.play?.dispose();
    this.play = null;
    this.shell.boot.hidden = true;
    this.shell.title.hidden = false;
    applyCampaignStyle(document.documentElement, null);
    const peek = latestAutosavePeek(this.storage, CAMPAIGN_IDS);
    this.title.setContinue(peek ? this.describePeek(peek) : null);
    stageStore.getState().toTitle();
    if (focus) this.title.focusFirst();
  }

  private describePeek(peek: NonNullable<ReturnType<typeof latestAutosavePeek>>): string {
    const manifest = findManifest(peek.campaign);
    const campaignTitle = manifest?.title ?? peek.campaign;
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
  }

  private beginPlay(session: GameSession, beat: Beat): void {
    this.play?.dispose();
    this.shell.title.hidden = true;
    applyCampaignStyle(document.documentElement, session.manifest);
    this.play = new PlayController(session, {
      shell: this.shell,
      notices: this.notices,
      chapterCard: this.chapterCard,
      audio: this.audio,
      settings: this.settings,
      reportAutosave: (result) => this.reportAutosave(result),
      playAgain: (campaign) => isCampaignId(campaign) && void this.startCampaign(campaign),
      toTitle: () => this.showTitle(),
      copyLog: () => this.copyLog(),
    });
    this.play.begin(beat);
  }

  // ——— starting and resuming ———

  private async engineAndSlots(): Promise<{ engine: EngineModule; slots: SaveSlots }> {
    const engine = await loadEngine();
    this.slots ??= new engine.SaveSlots(this.storage);
    return { engine, slots: this.slots };
  }

  /** Guard against a second click while a story loads. */
  private async busy(task: () => Promise<void>): Promise<void> {
    if (this.starting) return;
    this.starting = true;
    try {
      await task();
    } finally {
      this.starting = false;
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

  private startCampaign(campaign: CampaignId): Promise<void> {
    return this.busy(async () => {
      const manifest = manifestOf(campaign);
      let engine: EngineModule;
      let slots: SaveSlots;
      let story: string;
      try {
        ({ engine, slots } = await this.engineAndSlots());
        story = await loadCompiledStory(campaign);
      } catch (error) {
        return this.loadFailed(`The ${manifest.title} story`, error);
      }
      try {
        this.closeGame();
        const { session, beat, autosave } = engine.GameSession.newGame(manifest, story, slots);
        this.beginPlay(session, beat);
        this.reportAutosave(autosave);
      } catch (error) {
        return this.loadFailed(`The ${manifest.title} story`, error);
      }
    });
  }

  private continueGame(): Promise<void> {
    return this.busy(async () => {
      const peek = latestAutosavePeek(this.storage, CAMPAIGN_IDS);
      if (!peek) return this.showTitle();
      let slots: SaveSlots;
      try {
        ({ slots } = await this.engineAndSlots());
      } catch (error) {
        return this.loadFailed("The game", error);
      }
      const read = slots.read(peek.slot as `auto-${string}`);
      if (read.status === "ok") return this.resume(read.save, readText(this.storage, slotKey(peek.slot)));
      const reason = read.status === "damaged" ? read.reason : "the save has gone";
      return this.recover(reason, readText(this.storage, slotKey(peek.slot)), peek.campaign);
    });
  }

  private async resume(save: SaveGame, rawText: string | null): Promise<void> {
    if (!isCampaignId(save.campaign)) {
      return this.recover(`it belongs to a campaign this game does not have ("${save.campaign}")`, rawText, null);
    }
    let engine: EngineModule;
    let story: string;
    try {
      ({ engine } = await this.engineAndSlots());
      story = await loadCompiledStory(save.campaign);
    } catch (error) {
      return this.loadFailed(`The ${manifestOf(save.campaign).title} story`, error);
    }
    try {
      const slots = this.slots as SaveSlots;
      this.closeGame();
      const { session, beat, note } = engine.GameSession.fromSave(save, manifestOf(save.campaign), story, slots);
      this.beginPlay(session, beat);
      if (note) this.notices.show(note);
    } catch (error) {
      const reason =
        error instanceof engine.SaveError ? error.message : `the story failed (${(error as Error).message})`;
      return this.recover(reason, rawText ?? JSON.stringify(save), save.campaign);
    }
  }

  /** A save that cannot be used: say why, offer to start its last act again or a new game. */
  private async recover(reason: string, rawText: string | null, campaignHint: string | null): Promise<void> {
    let engine: EngineModule;
    try {
      ({ engine } = await this.engineAndSlots());
    } catch (error) {
      return this.loadFailed("The game", error);
    }
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
              engine.GameSession.fromChoices(manifestOf(campaign), story, this.slots as SaveSlots, plan.choices),
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
      await this.startCampaignNow(campaign);
    } else {
      this.title.focusFirst();
    }
  }

  /** startCampaign without the busy guard, for flows already inside it. */
  private async startCampaignNow(campaign: CampaignId): Promise<void> {
    this.starting = false;
    await this.startCampaign(campaign);
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
    const ids: string[] = [...engine.MANUAL_SLOTS];
    if (withAutosaves) ids.push(...CAMPAIGN_IDS.map((id) => `auto-${id}`));
    return ids.map((slot) => {
      const read = slots.read(slot as `auto-${string}`);
      const label = slot.startsWith("auto-")
        ? `Autosave, ${findManifest(slot.slice(5))?.title ?? slot.slice(5)}`
        : `Slot ${slot}`;
      if (read.status === "empty") return { slot, label, status: "empty", description: "" };
      if (read.status === "damaged" || read.status === "unavailable")
        return { slot, label, status: read.status, description: read.reason };
      const save = read.save;
      const manifest = findManifest(save.campaign);
      return {
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
    });
  }

  private async openLoad(): Promise<void> {
    let engine: EngineModule;
    let slots: SaveSlots;
    try {
      ({ engine, slots } = await this.engineAndSlots());
    } catch (error) {
      return this.loadFailed("The game", error);
    }
    openSaveSlots({
      mode: "load",
      slots: this.slotSummaries(engine, slots, true),
      onPick: (summary) =>
        void this.busy(async () => {
          const read = slots.read(summary.slot as `auto-${string}`);
          const raw = readText(this.storage, slotKey(summary.slot));
          if (read.status === "ok") return this.resume(read.save, raw);
          const hint = summary.slot.startsWith("auto-") ? summary.slot.slice(5) : null;
          if (read.status === "damaged") return this.recover(read.reason, raw, hint);
        }),
    });
  }

  private async openSave(session: GameSession): Promise<void> {
    const { engine, slots } = await this.engineAndSlots();
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
        const result = session.saveToSlot(summary.slot as "1");
        this.notices.show(result.ok ? `Saved in ${summary.label}.` : `Could not save: ${result.reason}.`);
      },
    });
  }

  private async importSave(): Promise<void> {
    const file = await pickTextFile();
    if (!file) return;
    let engine: EngineModule;
    try {
      ({ engine } = await this.engineAndSlots());
    } catch (error) {
      return this.loadFailed("The game", error);
    }
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
        save: () => void this.openSave(session),
        load: () => void this.openLoad(),
        exportSave: () => {
          const file = session.exportSave();
          downloadText(file.fileName, file.text);
          this.notices.show(`Exported ${file.fileName}.`);
        },
        importSave: () => void this.importSave(),
        copyLog: () => this.copyLog(),
        settings: () => openSettings(this.settings),
        title: () => this.showTitle(),
      },
    });
  }

  private listen(): void {
    const unlock = () => {
      this.audio.unlock();
      document.removeEventListener("pointerdown", unlock, true);
      document.removeEventListener("keydown", unlock, true);
    };
    document.addEventListener("pointerdown", unlock, true);
    document.addEventListener("keydown", unlock, true);
    document.addEventListener("keydown", (event) => this.keyPressed(event));
    document.addEventListener("click", (event) => {
      if (stageStore.getState().screen !== "story" || anyModalOpen() || isInteractive(event.target)) return;
      this.play?.advance();
    });

    if (import.meta.hot) {
      import.meta.hot.on("ink:update", (update: { campaign: string; story: string }) => {
        if (!isCampaignId(update.campaign)) return;
        rememberUpdatedStory(update.campaign, update.story);
        if (this.play?.campaign === update.campaign) this.play.storyUpdated(update.story);
      });
    }
  }

  private keyPressed(event: KeyboardEvent): void {
    const screen = stageStore.getState().screen;
    if (event.key === "Escape") {
      // An open dialog closes itself (the browser's own Escape); otherwise Escape opens the menu.
      if (anyModalOpen() || (screen !== "story" && screen !== "report")) return;
      event.preventDefault();
      this.toggleMenu();
      return;
    }
    if (screen !== "story" || anyModalOpen() || event.ctrlKey || event.metaKey || event.altKey) return;
    const play = this.play;
    if (!play) return;
    if (/^[1-9]$/.test(event.key)) {
      if (play.chooseNumber(Number(event.key))) event.preventDefault();
      return;
    }
    if (NAVIGATION_KEYS.has(event.key)) return;
    // Enter and Space on a focused button press that button; elsewhere any key moves the story on.
    if (isInteractive(event.target) && (event.key === "Enter" || event.key === " ")) return;
    if (event.key === " ") event.preventDefault();
    play.advance();
  }

  private settingsChanged(settings: Settings): void {
    applyDocumentSettings(settings);
    stageStore.getState().applySettings(settings);
    this.audio.setVolumes(volumesOf(settings));
  }
}

const NAVIGATION_KEYS = new Set([
  "Tab",
  "Shift",
  "Control",
  "Alt",
  "Meta",
  "CapsLock",
  "ArrowUp",
  "ArrowDown",
  "ArrowLeft",
  "ArrowRight",
  "Home",
  "End",
  "PageUp",
  "PageDown",
  "ContextMenu",
]);

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
