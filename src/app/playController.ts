import { characterOf, sceneName, speakerName } from "../content/campaignCatalog";
import { routeMapModel } from "../engine/replay/routeMap";
import { completionShare } from "../engine/replay/seenLines";
import type { WriteResult } from "../engine/saveSlots";
import type { StoryOutline } from "../engine/storyOutline";
import type { StoryStep } from "../engine/storyRunner";
import { advance } from "../stage/advance";
import type { Beat, GameSession } from "../stage/gameSession";
import type { SettingsStore } from "../stage/settings";
import { charactersPerSecond, pauseAfterLine } from "../stage/settings";
import { newActAt, onStepsShown, stageStore } from "../stage/stageStore";
import { storyErrorDialog } from "../ui/alertDialogs";
import type { ChapterCard } from "../ui/chapterCard";
import { chapterTitle } from "../ui/formatting";
import type { GameShell } from "../ui/gameShell";
import { anyModalOpen, openModal } from "../ui/modal";
import type { Notices } from "../ui/notices";
import { createRouteMap } from "../ui/routeMapView";
import { createStancePanel, type StancePanel } from "../ui/stancePanel";
import { createStoryPanel, type StoryPanel } from "../ui/storyPanel";
import type { AudioBridge } from "./audioBridge";
import { AutosaveScheduler } from "./autosaveScheduler";
import { ReplayRecorder } from "./replayRecorder";
import type { ReplayRecords } from "./replayRecords";
import { closeButton } from "./replayScreens";

/**
 * One playthrough on screen: the wiring between its session, the stage store and the views. Input
 * (a choice, a key, Skip) calls the store's actions through `advance` and the story panel; the
 * panels, the chapter card, the replay recorder and the autosave scheduler follow the store. It
 * decides nothing: the session and the engine do.
 */
export interface PlayServices {
  shell: GameShell;
  notices: Notices;
  chapterCard: ChapterCard;
  audio: AudioBridge;
  settings: SettingsStore;
  /** A failed autosave, reported once for the whole visit. */
  reportAutosave(result: WriteResult): void;
  /** Open the Load dialog (a way on after a story error). */
  load(): void;
  replay: ReplayRecords;
  /** The campaign's build-time outline (its written lines and decision points). */
  outline(): Promise<StoryOutline>;
}

/** Time to finish reading the last line before the report covers the story. */
const REPORT_DELAY_MS = 1600;

export class PlayController {
  private readonly story: StoryPanel;
  private readonly stances: StancePanel;
  private readonly recorder: ReplayRecorder;
  private readonly autosaves: AutosaveScheduler;
  private readonly stopFollowing: () => void;
  private reportTimer: ReturnType<typeof setTimeout> | null = null;
  private disposed = false;

  constructor(
    private readonly session: GameSession,
    private readonly services: PlayServices,
  ) {
    const manifest = session.manifest;
    this.recorder = new ReplayRecorder(services.replay, session, stageStore);
    this.autosaves = new AutosaveScheduler(() => services.reportAutosave(session.autosave()), stageStore);
    this.story = createStoryPanel(stageStore, {
      speakerName: (speaker) => speakerName(manifest, speaker),
      speakerIndex: (speaker) => {
        const character = characterOf(manifest, speaker);
        return character ? manifest.characters.indexOf(character) : -1;
      },
      chapterTitle: (act, scene) => chapterTitle(act, sceneName(manifest, scene)),
      timing: () => {
        const { textSpeed, reducedMotion, autoAdvance } = services.settings.getState().settings;
        const speed = reducedMotion ? "instant" : textSpeed;
        return {
          charactersPerSecond: charactersPerSecond(speed),
          pauseAfter: (length) => pauseAfterLine(speed, length),
          autoAdvance,
        };
      },
      isSeen: (id) => this.recorder.seen.has(id),
      skipMode: () => services.settings.getState().settings.skipMode,
      takenBefore: () => this.recorder.seen.stepsOfOtherRuns(null),
      onChoicesShown: () => this.choicesShown(),
      onEnded: () => this.ended(),
      onChoose: (index) => this.choose(index),
    });
    this.stances = createStancePanel(manifest, stageStore, () => this.session.shownInputs());
    this.stopFollowing = onStepsShown(stageStore, (beat, index) => this.stepShown(beat.steps[index], index, beat));
    services.shell.story.replaceChildren(this.story.element);
    services.shell.stances.replaceChildren(this.stances.element);
  }

  get campaign(): string {
    return this.session.campaign;
  }

  get currentSession(): GameSession {
    return this.session;
  }

  /** Begin on screen with the session's first beat (a new game) or its current turn (a restore). */
  begin(beat: Beat): void {
    stageStore.getState().enterStory(this.session.manifest, beat);
  }

  advance(): void {
    this.story.advance();
  }

  /** Skip read lines up to the first unread one or the choices (never taking one). */
  skip(): void {
    this.story.skip();
  }

  /** Ctrl held: skip read lines as they come, until it is let go. */
  holdSkip(held: boolean): void {
    this.story.holdSkip(held);
  }

  chooseNumber(position: number): boolean {
    return this.story.chooseNumber(position);
  }

  /** The route map of this campaign: this run's route, earlier runs faintly, the rest locked. */
  async openRouteMap(fallbackFocus: () => HTMLElement | null): Promise<void> {
    const outline = await this.services.outline();
    if (this.disposed) return;
    const { seen, runStartedAt } = this.recorder;
    const model = routeMapModel(outline.decisions, this.session.route(), seen.stepsOfOtherRuns(runStartedAt));
    const modal = openModal({ title: "Route map", className: "route-map-dialog", fallbackFocus });
    modal.body.append(
      createRouteMap({
        model,
        campaignTitle: this.session.manifest.title,
        completion: completionShare(seen, outline.lines),
      }),
      closeButton(modal),
    );
    modal.body.tabIndex = -1;
    // Its heading stays in view: focusing must not scroll the dialog down to the body.
    modal.body.focus({ preventScroll: true });
  }

  rewind(): void {
    this.autosaves.flush();
    const result = this.session.rewind();
    if (!result) return;
    this.services.reportAutosave(result.autosave);
    this.reshow(result.beat);
    this.services.notices.show("Your last choice was taken back.");
  }

  /** The dev server rebuilt this campaign's story: carry on in it from the same place if it still fits. */
  storyUpdated(compiledJson: string): void {
    this.autosaves.flush();
    const result = this.session.replaceStory(compiledJson);
    if (result.ok) {
      this.reshow(result.beat);
      this.services.notices.show(result.note ?? "The story was updated; you are where you were.");
    } else {
      this.services.notices.show(
        `The story was updated, but your choices no longer fit it (${result.reason}). You are still in the version you started; begin anew to play the update.`,
        { sticky: true },
      );
    }
  }

  dispose(): void {
    this.autosaves.dispose();
    this.recorder.dispose();
    this.session.dispose();
    this.stopFollowing();
    this.stances.dispose();
    this.disposed = true;
    if (this.reportTimer) clearTimeout(this.reportTimer);
    this.story.dispose();
    this.services.chapterCard.hide();
    this.services.shell.stances.replaceChildren();
  }

  private reshow(beat: Beat): void {
    if (this.reportTimer) clearTimeout(this.reportTimer);
    stageStore.getState().enterStory(this.session.manifest, beat);
  }

  private choose(index: number): void {
    try {
      advance(this.session, stageStore, index);
    } catch (error) {
      // A story bug at runtime: the turn is back on screen with live choices; say what happened
      // with the ways on.
      console.error(error);
      void storyErrorDialog((error as Error).message, this.session.canRewind).then((answer) => {
        if (this.disposed) return;
        if (answer === "rewind") this.rewind();
        else if (answer === "load") this.services.load();
      });
      return;
    }
    this.services.audio.playInterface("ui-choice");
  }

  /** A step is on screen: a new act's chapter card, and one sound per step that moved the cast. */
  private stepShown(step: StoryStep | undefined, index: number, beat: Beat): void {
    if (!step) return;
    const act = newActAt(beat, index);
    if (act !== null)
      this.services.chapterCard.show(chapterTitle(act, sceneName(this.session.manifest, step.staging.scene)));
    if (step.nudges.length === 0) return;
    // In the direction most of the cast moved.
    const drift = step.nudges.reduce((sum, record) => sum + (record.after - record.before), 0);
    this.services.audio.playInterface(drift >= 0 ? "ui-nudge-individual" : "ui-nudge-unity");
  }

  private choicesShown(): void {
    // Keyboard players land on the choices (the group: a Space meant for the text takes no option),
    // unless they are busy elsewhere (menu, a meter).
    const active = document.activeElement;
    const idle =
      !active ||
      active === document.body ||
      !active.isConnected ||
      active.closest("[hidden]") !== null ||
      this.services.shell.story.contains(active);
    // After the frame that shows the choices: focusing forces a layout, which must not delay that frame.
    if (idle) requestAnimationFrame(() => setTimeout(() => !anyModalOpen() && this.story.focusChoices(), 0));
  }

  private ended(): void {
    const { reducedMotion, textSpeed } = this.services.settings.getState().settings;
    const delay = reducedMotion || textSpeed === "instant" ? 0 : REPORT_DELAY_MS;
    this.reportTimer = setTimeout(() => this.showReport(), delay);
  }

  private showReport(): void {
    if (this.disposed) return;
    const report = this.session.report();
    this.recorder.ended(report);
    stageStore.getState().showReport(report);
  }
}
