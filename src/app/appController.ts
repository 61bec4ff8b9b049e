import {
  CAMPAIGN_IDS,
  type CampaignId,
  findManifest,
  isCampaignId,
  loadOutline,
  manifestOf,
  rememberUpdatedStory,
  sceneName,
} from "../content/campaignCatalog";
import type { CampaignManifest } from "../engine/campaign";
import type { ChapterSnapshot } from "../engine/replay/chapterSnapshots";
import type { ReachedEnding } from "../engine/replay/endingsGallery";
import type { SaveGame } from "../engine/save";
import type { SlotId, WriteResult } from "../engine/saveSlots";
import type { StoryOutline } from "../engine/storyOutline";
import type { Beat, GameSession } from "../stage/gameSession";
import { createSettingsStore, type Settings, type SettingsStore } from "../stage/settings";
import { stageStore } from "../stage/stageStore";
import { confirmDialog, messageDialog, recoveryDialog } from "../ui/alertDialogs";
import { applyCampaignStyle } from "../ui/campaignStyle";
import { createChapterCard } from "../ui/chapterCard";
import { applyDocumentSettings } from "../ui/documentSettings";
import { chapterTitle, describeSavePlace } from "../ui/formatting";
import { createGameShell, type GameShell, showScreens } from "../ui/gameShell";
import { anyModalOpen } from "../ui/modal";
import { createNotices, type Notices } from "../ui/notices";
import { downloadText, pickTextFile } from "../ui/saveFiles";
import { openSettings } from "../ui/settingsPanel";
import { createTitleScreen, type TitleScreen } from "../ui/titleScreen";
import { type AudioBridge, createAudioBridge } from "./audioBridge";
import { guardAutosave } from "./autosaveGuard";
import { type Failed, GameLoader, type Opened, type Unusable } from "./gameLoader";
import { copyLog, openGameMenu } from "./gameMenu";
import { routeInput } from "./inputRouting";
import { loadEngine } from "./loadEngine";
import { confirmNewGame } from "./newGameGuard";
import { PlayController } from "./playController";
import { ReplayRecords } from "./replayRecords";
import { openChapters, openEndings, replayedEndingReport } from "./replayScreens";
import { presentReports } from "./reportPresenter";
import { isChapterSlot, latestAutosavePeek } from "./savePeek";
import { openLoad, openSave } from "./saveScreens";
import { startStage } from "./stageBridge";
import { browserStorage } from "./storage";
import type { TabOwnership } from "./tabOwnership";
import { describePeek, presentTitle } from "./titlePresenter";

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
  private readonly loader = new GameLoader(this.storage);
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
    // The shell shows the stage's screen first, so the report is on screen when it takes the focus.
    showScreens(this.shell, stageStore);
    presentReports(stageStore, this.shell, this.chapterCard, {
      playAgain: (campaign) => isCampaignId(campaign) && void this.startCampaign(campaign),
      title: () => this.showTitle(),
      copyLog: () => this.play && copyLog(this.play.currentSession, this.notices),
      routeMap: (opener) => void this.play?.openRouteMap(() => opener),
    });
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
    presentTitle(stageStore, this.title, { storage: this.storage, replay: this.replay });

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
    applyCampaignStyle(document.documentElement, null);
    // Records re-read from storage: another tab may have reached an ending since.
    this.replay.forget();
    stageStore.getState().toTitle();
    if (focus) this.title.focusFirst();
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

  /** `steal`: this tab takes the campaign's autosave from any other tab (a new game, Take over). */
  private beginPlay(session: GameSession, beat: Beat, steal = false): void {
    this.closeGame();
    applyCampaignStyle(document.documentElement, session.manifest);
    const campaign = session.campaign;
    this.play = new PlayController(session, {
      shell: this.shell,
      notices: this.notices,
      chapterCard: this.chapterCard,
      audio: this.audio,
      settings: this.settings,
      reportAutosave: (result) => this.reportAutosave(result),
      load: () => void this.openLoad(),
      replay: this.replay,
      outline: () =>
        isCampaignId(campaign) ? loadOutline(campaign) : Promise.reject(new Error(`no campaign "${campaign}"`)),
    });
    this.play.begin(beat);
    const slot = session.autosaveTo;
    this.ownership = guardAutosave(session, this.notices, {
      steal,
      takeOver: () => void this.takeOver(slot, session.campaign),
    });
  }

  // ——— starting and resuming ———

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

  /** Turn what the loader came to into the screen it needs: the game, a dialog, or the title. */
  private async open(opened: Opened | Promise<Opened>): Promise<void> {
    const result = await opened;
    switch (result.kind) {
      case "play":
        this.beginPlay(result.session, result.beat, result.steal);
        if (result.autosave) this.reportAutosave(result.autosave);
        if (result.notice) this.notices.show(result.notice);
        return;
      case "failed":
        return this.loadFailed(result);
      case "unusable":
        return this.recover(result);
      case "cancelled":
        return this.title.focusFirst();
      case "stopped":
        this.showTitle(false);
        return messageDialog("Nothing was replaced", result.reason);
    }
  }

  /** Before a loaded or imported game replaces the game in progress: the player says yes, and it is kept. */
  private confirmReplace(inProgress: SaveGame | null): Promise<boolean> {
    const manifest = inProgress ? findManifest(inProgress.campaign) : null;
    const place = inProgress
      ? describeSavePlace({
          campaignTitle: manifest?.title ?? inProgress.campaign,
          act: inProgress.staging.act,
          sceneName: manifest ? sceneName(manifest, inProgress.staging.scene) : null,
          savedAt: inProgress.savedAt,
        })
      : "a game this version cannot read";
    return confirmDialog({
      title: "Replace your game in progress?",
      message: `You have a game in progress: ${place}. Going on from this save replaces it; it stays in Load as the previous game.`,
      confirm: "Replace it",
      replaces: true,
    });
  }

  private loadFailed({ what, reason }: Failed): Promise<void> {
    this.showTitle(false);
    // Only a part of the game that did not arrive is a matter of connection (or of a newer version
    // put up since this page loaded); anything else is a fault in the game, and saying otherwise misleads.
    const notArrived = /fetch|dynamically imported module|network|load failed|importing a module/i.test(reason);
    const hint = notArrived
      ? "Check your connection, or reload the page (a newer version of the game may have been put up), and try again."
      : "Your saves are untouched. Reload the page and try again.";
    return messageDialog("The story could not be loaded", `${what} could not be loaded (${reason}). ${hint}`);
  }

  private startCampaign(campaign: CampaignId, options = { ask: true }): Promise<void> {
    return this.busy(() => this.startCampaignNow(campaign, options));
  }

  /**
   * startCampaign without the busy guard, for flows already inside it (a new game in place of a save
   * that cannot be used: no question, but the old game is kept, `ask: false`).
   */
  private startCampaignNow(campaign: CampaignId, options: { ask: boolean }): Promise<void> {
    const manifest = manifestOf(campaign);
    const describe = () => {
      const found = latestAutosavePeek(this.storage, [campaign]);
      return found ? describePeek(found) : manifest.title;
    };
    return this.open(
      this.loader.newGame(campaign, (slots) => {
        // The ended game (Play again) writes its last autosave before the question looks at it.
        this.closeGame();
        return confirmNewGame(slots, campaign, manifest.title, describe, options);
      }),
    );
  }

  /** The most recent game, a chapter replay included (which goes on saving to its own slot). */
  private continueGame(): Promise<void> {
    return this.busy(async () => {
      const peek = latestAutosavePeek(this.storage, CAMPAIGN_IDS, { chapters: true });
      if (!peek) return this.showTitle();
      return this.open(this.loader.resumeSlot(peek.slot, peek.campaign));
    });
  }

  /** Take an autosave over from another tab: go on here from its latest save. */
  private takeOver(slot: SlotId, campaign: string): Promise<void> {
    return this.busy(() => this.open(this.loader.resumeSlot(slot, campaign, true)));
  }

  /**
   * A save that cannot be used: say why, offer to start its last act again or a new game. A chapter
   * replay's act starts again in its own slot, and a new game in its place asks before it replaces
   * the campaign's game in progress.
   */
  private async recover(unusable: Unusable): Promise<void> {
    const recovery = await this.loader.recovery(unusable, CAMPAIGN_IDS);
    if ("kind" in recovery) return this.loadFailed(recovery);
    const { campaign, act, restart, keep } = recovery;
    this.showTitle(false);
    const answer = await recoveryDialog({
      reason: unusable.reason,
      restartAct: act,
      campaignTitle: campaign ? manifestOf(campaign).title : null,
      canExport: unusable.rawText !== null,
      fallbackFocus: () => this.shell.title.querySelector("button"),
    });
    if (answer === "export" && unusable.rawText !== null) {
      downloadText(`dreamers-of-2145-${campaign ?? "save"}-unopened.json`, unusable.rawText);
      return this.title.focusFirst();
    }
    if (answer === "restart-act" && restart) return this.open(restart());
    if (answer === "new-game" && campaign) {
      const stopped = keep();
      if (stopped) return this.open(stopped);
      const chapter = unusable.slot !== null && isChapterSlot(unusable.slot);
      return this.startCampaignNow(campaign, { ask: chapter });
    }
    this.title.focusFirst();
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
    this.closeGame();
    applyCampaignStyle(document.documentElement, manifest);
    stageStore.getState().showEnding(replayedEndingReport(ending, manifest));
  }

  /** A chapter replay: a normal game in its own autosave slot, which it replaces only when the player agrees. */
  private startChapter(campaign: string, snapshot: ChapterSnapshot): Promise<void> {
    if (!isCampaignId(campaign)) return Promise.resolve();
    const manifest = manifestOf(campaign);
    const replace = (existing: SaveGame) =>
      confirmDialog({
        title: "Replace your chapter replay?",
        message: `A chapter replay of ${manifest.title} is in progress (${describeSavePlace({
          campaignTitle: manifest.title,
          act: existing.staging.act,
          sceneName: sceneName(manifest, existing.staging.scene),
          savedAt: existing.savedAt,
        })}). Starting this chapter replaces it. Your main game is not touched.`,
        confirm: "Replace",
      });
    return this.busy(() => this.open(this.loader.chapter(campaign, snapshot, replace)));
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

  /** The save-slot screens, once the engine has loaded (or its failure is on screen). */
  private async withSlots(show: (context: Parameters<typeof openLoad>[0]) => void): Promise<void> {
    const loaded = await this.loader.game();
    if (loaded.kind === "failed") return this.loadFailed(loaded);
    show({ storage: this.storage, slots: loaded.slots, manualSlots: loaded.engine.MANUAL_SLOTS });
  }

  private openLoad(): Promise<void> {
    return this.withSlots((context) =>
      openLoad(
        context,
        (slot) =>
          void this.busy(() =>
            this.open(this.loader.resumeSlot(slot, null, false, (inProgress) => this.confirmReplace(inProgress))),
          ),
      ),
    );
  }

  private async importSave(): Promise<void> {
    const file = await pickTextFile();
    if (!file) return;
    const imported = await this.loader.readImport(file);
    if (imported.kind === "failed") return this.loadFailed(imported);
    if (imported.kind === "refused") {
      return messageDialog(
        "This file cannot be imported",
        `“${file.name}” cannot be used: ${imported.reason}. Nothing was changed.`,
      );
    }
    await this.busy(async () => {
      const opened = await this.loader.resume(imported.save, imported.text, null, false, (inProgress) =>
        this.confirmReplace(inProgress),
      );
      // The file's endings join the gallery only once the player has taken it in.
      if (opened.kind === "play") this.replay.importFile(imported.text, CAMPAIGN_IDS.map(manifestOf));
      return this.open(opened);
    });
  }

  // ——— menu ———

  private toggleMenu(): void {
    const play = this.play;
    if (!play || anyModalOpen()) return;
    this.audio.playInterface("ui-menu");
    openGameMenu(
      play,
      { menuButton: this.shell.menuButton, notices: this.notices, replay: this.replay },
      {
        save: (session) => void this.withSlots((context) => openSave(context, session, this.notices)),
        load: () => void this.openLoad(),
        importSave: () => void this.importSave(),
        settings: () => openSettings(this.settings),
        title: () => this.showTitle(),
      },
    );
  }

  /** Story updates from the dev server's ink watcher: the open game carries on in the new story. */
  private followStoryUpdates(): void {
    if (!import.meta.hot) return;
    import.meta.hot.on("ink:update", (update: { campaign: string; story: string; outline?: StoryOutline }) => {
      // A clean save: the error the dev server showed over the page is fixed (vitePluginInk.ts).
      for (const overlay of document.querySelectorAll("vite-error-overlay")) overlay.remove();
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
