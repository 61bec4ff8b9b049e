import { movesOf } from "../engine/replay/endingsGallery";
import type { SeenLines } from "../engine/replay/seenLines";
import type { StoryStep } from "../engine/storyRunner";
import type { FestivalReportData, GameSession } from "../stage/gameSession";
import { newActAt, onStepsShown, type StageStoreApi } from "../stage/stageStore";
import type { ReplayRecords } from "./replayRecords";

/**
 * What one playthrough leaves in the replay records, taken from the stage as it shows the story:
 * each line shown is read, each act entered is a chapter to replay, each choice and the ending
 * join the runs the route map draws and the endings gallery.
 */
export class ReplayRecorder {
  readonly seen: SeenLines;
  /** Names this playthrough among the runs the route map draws. */
  readonly runStartedAt = new Date().toISOString();
  private readonly unsubscribe: (() => void)[];

  constructor(
    private readonly replay: ReplayRecords,
    private readonly session: GameSession,
    private readonly stage: StageStoreApi,
  ) {
    this.seen = replay.seenLines(session.campaign);
    this.unsubscribe = [
      onStepsShown(stage, (beat, index) => this.stepShown(beat.steps[index], newActAt(beat, index))),
      stage.subscribe(
        (state) => state.beat,
        (beat) => {
          if (beat?.kind === "play" && beat.chosen !== null) this.recordRun(null);
        },
      ),
    ];
  }

  /** The festival is decided: the run ends with its outcome, and a reached ending joins the gallery. */
  ended(report: FestivalReportData): void {
    this.recordRun(report.outcome?.id ?? null);
    if (!report.outcome) return;
    this.replay.recordEnding(
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

  dispose(): void {
    for (const stop of this.unsubscribe) stop();
    this.replay.saveSeen(this.session.campaign);
  }

  private stepShown(step: StoryStep | undefined, act: number | null): void {
    if (!step) return;
    if (step.line?.id) this.seen.markSeen([step.line.id]);
    if (act === null) return;
    // The act's first step is on screen: this is where its chapter begins.
    this.replay.recordActEntry(this.session.campaign, {
      act,
      enteredAt: new Date().toISOString(),
      choices: this.session.choicesTaken(),
      stances: { ...this.stage.getState().stances },
      scene: step.staging.scene,
      run: this.runStartedAt,
    });
  }

  /** This run's choice log (and outcome, at the end) joins the runs the route map draws. */
  private recordRun(outcome: string | null): void {
    const steps = this.session.route().flatMap((choice) => (choice.target ? [choice.target] : []));
    this.replay.recordRun(this.session.campaign, { startedAt: this.runStartedAt, steps, outcome });
  }
}
