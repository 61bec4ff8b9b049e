import { subscribeWithSelector } from "zustand/middleware";
import { createStore } from "zustand/vanilla";
import type { CampaignManifest } from "../engine/campaign";
import type { DecisionValue } from "../engine/outcome";
import type { ShownInput } from "../engine/ruleInputs";
import type { NudgeRecord } from "../engine/stances";
import type { StoryStep } from "../engine/storyRunner";
import { emptyStaging, NO_TAG_STAGE, type Staging, type TagStage, tagStageChanges } from "../engine/tags";
import type { Beat, FestivalReportData, SessionSnapshot } from "./gameSession";
import type { VisualQuality } from "./settings";

/**
 * The stage: what the DOM story layer, the Phaser scenes and the audio show of the game now. One
 * store, its state and its actions from one creator: the actions are its only writers, input calls
 * them, and every view subscribes with a selector. Which screen shows is state here, with one
 * subscriber that shows it (src/ui/gameShell.ts). Rules (outcomes, stances) are decided by the
 * engine; this store holds the beat the player is being shown and how many of its steps are shown,
 * and the stage (staging, speaker, stances) is those shown steps folded in, step by step.
 */
export type Screen = "boot" | "title" | "story" | "report";

/** The festival report on screen: after a playthrough, or a reached ending replayed from the gallery. */
export interface ShownReport {
  data: FestivalReportData;
  /** From the endings gallery: no playthrough behind it (no menu, no log to copy, no route map). */
  replayed: boolean;
}

/**
 * The staging (scene, mood, act: every sticky tag, from the registry) and what line tags set (a
 * sound) are the tags' own: a tag added to src/engine/tags.ts is on the stage without a line here.
 */
export interface StageState extends Staging, TagStage {
  screen: Screen;
  /** Campaign id (a folder of stories/), null on the title screen. */
  campaign: string | null;
  /** Its manifest: who the characters are (a speaker tag names one, or an extra). */
  manifest: CampaignManifest | null;
  /** The beat being shown: its steps, its choices, whether the story ends after it. */
  beat: Beat | null;
  /** How many of the beat's steps are shown; the choices come once all are. */
  shown: number;
  /** Character id of the current speaker, or null for narration / an extra. */
  speaker: string | null;
  /** Stance per character id, -100 (unity) .. 100 (individuality), as shown so far. */
  stances: Record<string, number>;
  /** Every stance move shown so far, in order. */
  history: NudgeRecord[];
  /** The declared rule inputs (meter marks, ledger lines) as the steps shown so far set them. */
  inputs: ShownInput[];
  /** The declared inputs' values as the steps shown so far set them (the rule's measures read them). */
  decisions: Record<string, DecisionValue>;
  /** The moves of the steps shown last (empty after entering or rewinding): what just moved. */
  moves: NudgeRecord[];
  /** Outcome id once the festival is decided (report screen), else null. */
  outcome: string | null;
  report: ShownReport | null;
  reducedMotion: boolean;
  highContrast: boolean;
  visualQuality: VisualQuality;
}

export interface StageActions {
  /** The player's settings the canvas draws with. */
  applySettings(settings: Pick<StageState, "reducedMotion" | "highContrast" | "visualQuality">): void;
  toTitle(): void;
  /**
   * A campaign's story shows a beat from where it begins (`beat.before`): a new game, a restore, a
   * rewind, a story update. A reshow beat is shown whole at once; a play beat step by step.
   */
  enterStory(campaign: CampaignManifest, beat: Beat): void;
  /** The beat a choice led to, to show step by step from the stage as it stands. */
  play(beat: Beat): void;
  /** The next steps appear (one, or a skipped block): their staging, speaker, sound and stance moves. */
  showNext(count?: number): void;
  showReport(report: FestivalReportData): void;
  /** A reached ending shown again from the gallery: its festival and report, not the story. */
  showEnding(report: FestivalReportData): void;
}

export type StageStore = StageState & StageActions;

/** A stage with no story on it (before boot, and back on the title). */
function noStory() {
  return {
    campaign: null,
    manifest: null,
    beat: null,
    shown: 0,
    ...emptyStaging(),
    speaker: null,
    stances: {},
    history: [],
    inputs: [],
    decisions: {},
    moves: [],
    outcome: null,
    report: null,
  } satisfies Partial<StageState>;
}

export const initialStage: StageState = {
  screen: "boot",
  ...noStory(),
  ...NO_TAG_STAGE,
  reducedMotion: false,
  highContrast: false,
  visualQuality: "auto",
};

/** The character a speaker tag names (ids are lower-case; writers may capitalise them), or null. */
export function speakingCharacter(campaign: CampaignManifest, speaker: string | null | undefined): string | null {
  if (!speaker) return null;
  const id = speaker.trim().toLowerCase();
  return campaign.characters.some((character) => character.id === id) ? id : null;
}

/** The act a beat's step begins (its chapter), or null when the step stays in the act before it. */
export function newActAt(beat: Beat, index: number): number | null {
  const act = beat.steps[index]?.staging.act ?? null;
  const before = index === 0 ? beat.before.staging.act : (beat.steps[index - 1]?.staging.act ?? null);
  return act !== null && act !== before ? act : null;
}

/** The stage where a beat begins, as the player is shown it at once: no moves to call out. */
function startOf(campaign: CampaignManifest, before: SessionSnapshot): Partial<StageState> {
  return {
    ...before.staging,
    stances: { ...before.stances },
    history: [...before.history],
    inputs: before.inputs,
    decisions: before.decisions,
    moves: [],
    speaker: speakingCharacter(campaign, before.speaker),
    outcome: null,
    report: null,
  };
}

/** The stage after these steps appear, from the stage before them. */
function withSteps(state: StageState, steps: readonly StoryStep[], campaign: CampaignManifest | null) {
  const next: Partial<StageState> = {};
  const moves = steps.flatMap((step) => step.nudges);
  for (const step of steps) {
    Object.assign(next, step.staging);
    if (step.line && campaign) next.speaker = speakingCharacter(campaign, step.line.speaker);
    Object.assign(next, tagStageChanges({ ...state, ...next }, step.tags));
    if (step.inputs) next.inputs = step.inputs;
    if (step.decisions) next.decisions = step.decisions;
  }
  if (moves.length > 0) {
    const stances = { ...state.stances };
    for (const record of moves) stances[record.character] = record.after;
    next.stances = stances;
    next.history = [...state.history, ...moves];
  }
  if (moves.length > 0 || state.moves.length > 0) next.moves = moves;
  return next;
}

export function createStageStore(initial: Partial<StageState> = {}) {
  return createStore<StageStore>()(
    subscribeWithSelector((set) => ({
      ...initialStage,
      ...initial,
      applySettings: ({ reducedMotion, highContrast, visualQuality }) =>
        set({ reducedMotion, highContrast, visualQuality }),
      toTitle: () => set({ screen: "title", ...noStory() }),
      enterStory: (campaign, beat) =>
        set({
          screen: "story",
          campaign: campaign.id,
          manifest: campaign,
          ...NO_TAG_STAGE,
          ...startOf(campaign, beat.before),
          beat,
          shown: beat.kind === "reshow" ? beat.steps.length : 0,
        }),
      play: (beat) => set({ beat, shown: 0 }),
      showNext: (count = 1) =>
        set((state) => {
          if (!state.beat || state.shown >= state.beat.steps.length) return {};
          const steps = state.beat.steps.slice(state.shown, state.shown + Math.max(1, count));
          return { ...withSteps(state, steps, state.manifest), shown: state.shown + steps.length };
        }),
      showReport: (report) =>
        set({
          screen: "report",
          outcome: report.outcome?.id ?? null,
          report: { data: report, replayed: false },
          speaker: null,
          moves: [],
        }),
      showEnding: (report) =>
        set({
          ...noStory(),
          screen: "report",
          campaign: report.manifest.id,
          manifest: report.manifest,
          stances: { ...report.finalStances },
          outcome: report.outcome?.id ?? null,
          report: { data: report, replayed: true },
          ...NO_TAG_STAGE,
        }),
    })),
  );
}

/** A stage store: state, actions, and `subscribe(selector, listener)`. */
export type StageStoreApi = ReturnType<typeof createStageStore>;

/** The game's one stage. */
export const stageStore = createStageStore();

/**
 * Call `shown(beat, index)` for each step as the stage shows it (one by one, or a skipped block),
 * never for a beat shown whole at once (a restore, a rewind). Returns the unsubscribe.
 */
export function onStepsShown(stage: StageStoreApi, shown: (beat: Beat, index: number) => void): () => void {
  return stage.subscribe(
    (state) => [state.beat, state.shown] as const,
    ([beat, count], [previousBeat, previousCount]) => {
      if (!beat || beat !== previousBeat) return;
      for (let index = previousCount; index < count; index += 1) shown(beat, index);
    },
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
  );
}
