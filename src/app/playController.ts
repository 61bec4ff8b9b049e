import { characterOf, sceneName, speakerName } from "../content/campaignCatalog";
import { movesOf } from "../engine/replay/endingsGallery";
import { routeMapModel } from "../engine/replay/routeMap";
import type { SeenLines } from "../engine/replay/seenLines";
import { completionShare } from "../engine/replay/seenLines";
import type { WriteResult } from "../engine/saveSlots";
import type { StoryOutline } from "../engine/storyOutline";
import type { StoryStep } from "../engine/storyRunner";
import type { Beat, GameSession } from "../stage/gameSession";
import type { SettingsStore } from "../stage/settings";
import { charactersPerSecond, pauseAfterLine } from "../stage/settings";
import { noStaging, type StageMoment, speakingCharacter, stageStore } from "../stage/stageStore";
import { storyErrorDialog } from "../ui/alertDialogs";
import type { ChapterCard } from "../ui/chapterCard";
import { createFestivalReport } from "../ui/festivalReport";
import { chapterTitle } from "../ui/formatting";
import type { GameShell } from "../ui/gameShell";
import { anyModalOpen, openModal } from "../ui/modal";
import type { Notices } from "../ui/notices";
import { createRouteMap } from "../ui/routeMapView";
import { createStancePanel, type StancePanel } from "../ui/stancePanel";
import { createStoryPanel, type StoryPanel } from "../ui/storyPanel";
import type { AudioBridge } from "./audioBridge";
import type { ReplayRecords } from "./replayRecords";
import { closeButton } from "./replayScreens";

/**
 * One playthrough on screen: presents the session's beats in the story panel, plays each step into
 * the stage store (its one writer is the store's actions) as its line appears, and shows the
 * festival report at the end. It decides nothing: the session and the engine do.
 */
export interface PlayServices {
  shell: GameShell;
  notices: Notices;
  chapterCard: ChapterCard;
  audio: AudioBridge;
  settings: SettingsStore;
  /** A failed autosave, reported once for the whole visit. */
  reportAutosave(result: WriteResult): void;
  playAgain(campaign: string): void;
  /** Open the Load dialog (a way on after a story error). */
  load(): void;
  toTitle(): void;
  copyLog(): void;
  replay: ReplayRecords;
  /** The campaign's build-time outline (its written lines and decision points). */
  outline(campaign: string): Promise<StoryOutline>;
}

/** Time to finish reading the last line before the report covers the story. */
const REPORT_DELAY_MS = 1600;

export class PlayController {
  private readonly story: StoryPanel;
  private readonly stances: StancePanel;
  private reportTimer: ReturnType<typeof setTimeout> | null = null;
  private disposed = false;
  private autosavePending = false;
  private readonly seen: SeenLines;
  /** Names this playthrough among the runs the route map draws. */
  private readonly runStartedAt = new Date().toISOString();

  constructor(
    private session: GameSession,
    private readonly services: PlayServices,
  ) {
    const manifest = session.manifest;
    this.seen = services.replay.seenLines(session.campaign);
    const speakerIndex = (speaker: string | null) => {
      const character = characterOf(manifest, speaker);
      return character ? manifest.characters.indexOf(character) : -1;
    };
    this.story = createStoryPanel({
      speakerName: (speaker) => speakerName(manifest, speaker),
      speakerIndex,
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
      isSeen: (id) => this.seen.has(id),
      skipMode: () => services.settings.getState().settings.skipMode,
      takenBefore: () => this.seen.stepsOfOtherRuns(null),
      onStepStart: (step) => this.stepStarts(step),
      onChoicesShown: () => this.choicesShown(),
      onEnded: () => this.ended(),
      onChoose: (index) => this.choose(index),
    });
    this.stances = createStancePanel(manifest, stageStore, () => this.session.shownInputs());
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
    stageStore
      .getState()
      .enterStory(this.session.manifest, beat.kind === "play" ? this.momentBefore(beat) : this.moment());
    this.showStoryScreen();
    this.present(beat);
  }

  /**
   * Where the stage stands before a beat to be played (a new game, a chapter replay): the session
   * has run through the beat already, so its stance moves are taken back; playing the beat's
   * steps makes them again, in time with the text.
   */
  private momentBefore(beat: Beat): StageMoment {
    const { stances, history } = this.session.snapshot();
    const moves = beat.steps.flatMap((step) => step.nudges);
    const before = { ...stances };
    for (const record of [...moves].reverse()) before[record.character] = record.before;
    return {
      staging: noStaging(),
      stances: before,
      history: history.slice(0, history.length - moves.length),
      speaker: null,
    };
  }

  /** The session's moment now, as the stage shows it at once. */
  private moment(): StageMoment {
    const { staging, stances, history, speaker } = this.session.snapshot();
    return { staging, stances, history, speaker: speakingCharacter(this.session.manifest, speaker) };
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

  /** The route map of this campaign: this run's route, earlier runs faintly, the rest locked. */
  async openRouteMap(fallbackFocus: () => HTMLElement | null): Promise<void> {
    const outline = await this.services.outline(this.session.campaign);
    if (this.disposed) return;
    const model = routeMapModel(outline.decisions, this.session.route(), this.seen.stepsOfOtherRuns(this.runStartedAt));
    const modal = openModal({ title: "Route map", className: "route-map-dialog", fallbackFocus });
    modal.body.append(
      createRouteMap({
        model,
        campaignTitle: this.session.manifest.title,
        completion: completionShare(this.seen, outline.lines),
      }),
      closeButton(modal),
    );
    modal.body.tabIndex = -1;
    // Its heading stays in view: focusing must not scroll the dialog down to the body.
    modal.body.focus({ preventScroll: true });
  }

  chooseNumber(position: number): boolean {
    return this.story.chooseNumber(position);
  }

  rewind(): void {
    this.flushAutosave();
    const result = this.session.rewind();
    if (!result) return;
    this.services.reportAutosave(result.autosave);
    this.reshow(result.beat);
    this.services.notices.show("Your last choice was taken back.");
  }

  /** The dev server rebuilt this campaign's story: carry on in it from the same place if it still fits. */
  storyUpdated(compiledJson: string): void {
    this.flushAutosave();
    const result = this.session.replaceStory(compiledJson);
    if (result.ok) {
      this.reshow(result.beat);
      this.services.notices.show("The story was updated; you are where you were.");
    } else {
      this.services.notices.show(
        `The story was updated, but your choices no longer fit it (${result.reason}). You are still in the version you started; begin anew to play the update.`,
        { sticky: true },
      );
    }
  }

  dispose(): void {
    this.flushAutosave();
    this.services.replay.saveSeen(this.session.campaign);
    this.session.dispose();
    this.stances.dispose();
    this.disposed = true;
    if (this.reportTimer) clearTimeout(this.reportTimer);
    this.story.dispose();
    this.services.chapterCard.hide();
    const { shell } = this.services;
    shell.stances.replaceChildren();
    shell.story.hidden = true;
    shell.stances.hidden = true;
    shell.report.hidden = true;
    shell.menuButton.hidden = true;
    shell.report.replaceChildren();
  }

  private present(beat: Beat): void {
    if (beat.kind === "play") {
      this.story.present(beat);
      return;
    }
    // Shown again (Continue, rewind, a story update): the whole log as it read, at once.
    this.story.restore(this.session.history(), beat);
  }

  private reshow(beat: Beat): void {
    if (this.reportTimer) clearTimeout(this.reportTimer);
    stageStore.getState().rewind(this.moment());
    this.showStoryScreen();
    this.present(beat);
  }

  private showStoryScreen(): void {
    const { shell } = this.services;
    shell.report.hidden = true;
    shell.report.replaceChildren();
    shell.story.hidden = false;
    shell.stances.hidden = false;
    shell.menuButton.hidden = false;
  }

  private choose(index: number): void {
    let beat: Beat;
    try {
      beat = this.session.choose(index);
    } catch (error) {
      // A story bug at runtime: the session is back before the choice; show that turn again with
      // live choices, and say what happened with the ways on.
      console.error(error);
      this.reshow(this.session.currentBeat());
      void storyErrorDialog((error as Error).message, this.session.canRewind).then((answer) => {
        if (this.disposed) return;
        if (answer === "rewind") this.rewind();
        else if (answer === "load") this.services.load();
      });
      return;
    }
    this.present(beat);
    this.services.audio.playInterface("ui-choice");
    this.scheduleAutosave();
    this.recordRun(null);
  }

  /**
   * Writing a save (serialising the ink state, a synchronous localStorage write) costs more than
   * showing the next line, so it runs right after that line is painted. Leaving the page flushes
   * a save still waiting.
   */
  private scheduleAutosave(): void {
    if (this.autosavePending) return;
    this.autosavePending = true;
    requestAnimationFrame(() => setTimeout(this.flushAutosave, 0));
    window.addEventListener("pagehide", this.flushAutosave);
  }

  readonly flushAutosave = (): void => {
    window.removeEventListener("pagehide", this.flushAutosave);
    if (!this.autosavePending) return;
    this.autosavePending = false;
    this.services.reportAutosave(this.session.autosave());
  };

  /** A step is about to appear: the stage follows it (a chapter title goes in before its line). */
  private stepStarts(step: StoryStep): void {
    const stage = stageStore.getState();
    const act = step.staging.act;
    const newAct = act !== null && act !== stage.act;
    stage.playStep(step, this.session.manifest);
    if (step.line?.id) this.seen.markSeen([step.line.id]);
    if (newAct) {
      this.actBegins(act, step.staging.scene);
      // The act's first step is on screen: this is where its chapter begins.
      this.services.replay.recordActEntry(this.session.campaign, {
        act,
        enteredAt: new Date().toISOString(),
        choices: this.session.choicesTaken(),
        stances: { ...stageStore.getState().stances },
        scene: step.staging.scene,
        run: this.runStartedAt,
      });
    }
    if (step.nudges.length === 0) return;
    // One sound per step, in the direction most of the cast moved.
    const drift = step.nudges.reduce((sum, record) => sum + (record.after - record.before), 0);
    this.services.audio.playInterface(drift >= 0 ? "ui-nudge-individual" : "ui-nudge-unity");
  }

  /** This run's choice log (and outcome, at the end) joins the runs the route map draws. */
  private recordRun(outcome: string | null): void {
    const steps = this.session.route().flatMap((choice) => (choice.target ? [choice.target] : []));
    this.services.replay.recordRun(this.session.campaign, { startedAt: this.runStartedAt, steps, outcome });
  }

  private actBegins(act: number, scene: string | null): void {
    const title = chapterTitle(act, sceneName(this.session.manifest, scene));
    this.story.addChapter(title);
    this.services.chapterCard.show(title);
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
    stageStore.getState().showReport(this.session.outcomeId());
    this.recordRun(report.outcome?.id ?? null);
    if (report.outcome) {
      this.services.replay.recordEnding(
        {
          campaign: this.session.campaign,
          outcome: report.outcome.id,
          reachedAt: new Date().toISOString(),
          startingStances: report.startingStances,
          finalStances: report.finalStances,
          history: movesOf(report.history),
          turns: report.turns,
        },
        this.runStartedAt,
      );
    }
    const region = createFestivalReport(report, {
      playAgain: () => this.services.playAgain(this.session.campaign),
      copyLog: () => this.services.copyLog(),
      title: () => this.services.toTitle(),
      routeMap: (opener) => void this.openRouteMap(() => opener),
    });
    const { shell } = this.services;
    this.services.chapterCard.hide();
    shell.report.replaceChildren(region);
    shell.story.hidden = true;
    shell.stances.hidden = true;
    shell.report.hidden = false;
    region.focus({ preventScroll: true });
  }
}
