import { subscribeWithSelector } from "zustand/middleware";
import { createStore } from "zustand/vanilla";
import type { CampaignManifest } from "../engine/campaign";
import type { NudgeRecord } from "../engine/stances";
import type { StoryStep } from "../engine/storyRunner";
import type { Staging } from "../engine/tags";
import type { VisualQuality } from "./settings";

/**
 * The stage: what the DOM story layer, the Phaser scenes and the audio show of the game now. One
 * store, its state and its actions from one creator: the actions are its only writers, and every
 * view subscribes with a selector. Rules (outcomes, stances) are decided by the engine; this store
 * holds what the player has been shown of them, line by line.
 */
export type Screen = "boot" | "title" | "story" | "report";

export interface StageState {
  screen: Screen;
  /** Campaign id (a folder of stories/), null on the title screen. */
  campaign: string | null;
  /** Current `# scene:` id, null before the first one. */
  scene: string | null;
  /** Current `# mood:` id. */
  mood: string | null;
  /** Current `# act:` number (1-5). */
  act: number | null;
  /** Character id of the current speaker, or null for narration / an extra. */
  speaker: string | null;
  /** Stance per character id, -100 (unity) .. 100 (individuality), as shown so far. */
  stances: Record<string, number>;
  /** Every stance move shown so far, in order. */
  history: NudgeRecord[];
  /** The moves of the last step played (empty after entering or rewinding): what just moved. */
  moves: NudgeRecord[];
  /** Outcome id once the festival is decided (report screen), else null. */
  outcome: string | null;
  /** Increments on every `# sfx:` so repeated sounds retrigger; `sfx` holds the id. */
  sfx: { id: string; serial: number } | null;
  reducedMotion: boolean;
  highContrast: boolean;
  visualQuality: VisualQuality;
}

/** A moment of a playthrough to show at once: a restore, a rewind, a story update. */
export interface StageMoment {
  staging: Staging;
  stances: Readonly<Record<string, number>>;
  history: readonly NudgeRecord[];
  /** The speaker's character id, or null. */
  speaker: string | null;
}

export interface StageActions {
  /** The player's settings the canvas draws with. */
  applySettings(settings: Pick<StageState, "reducedMotion" | "highContrast" | "visualQuality">): void;
  toTitle(): void;
  /** A campaign's story begins (at its start) or resumes (at a moment). */
  enterStory(campaign: CampaignManifest, moment: StageMoment): void;
  /** A step of the story appears: its staging, its speaker, its sound, its stance moves. */
  playStep(step: StoryStep, campaign: CampaignManifest): void;
  /** The story is shown again at a moment (a rewind, a story update): no moves to call out. */
  rewind(moment: StageMoment): void;
  showReport(outcome: string | null): void;
  /** A reached ending shown again from the gallery: its festival and report, not the story. */
  showEnding(campaign: CampaignManifest, stances: Readonly<Record<string, number>>, outcome: string): void;
}

export type StageStore = StageState & StageActions;

/**
 * No scene, mood or act yet. Written out rather than taken from the tag registry, whose value
 * schemas (zod) must stay out of the title's JavaScript; a new staging tag fails the type here,
 * which is right: the stage has to learn to show it.
 */
export function noStaging(): Staging {
  return { scene: null, mood: null, act: null };
}

/** A stage with no story on it (before boot, and back on the title). */
function noStory() {
  return {
    campaign: null,
    ...noStaging(),
    speaker: null,
    stances: {},
    history: [],
    moves: [],
    outcome: null,
  } satisfies Partial<StageState>;
}

export const initialStage: StageState = {
  screen: "boot",
  ...noStory(),
  sfx: null,
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

function momentState(moment: StageMoment): Partial<StageState> {
  return {
    ...moment.staging,
    stances: { ...moment.stances },
    history: [...moment.history],
    moves: [],
    speaker: moment.speaker,
    outcome: null,
  };
}

export function createStageStore(initial: Partial<StageState> = {}) {
  return createStore<StageStore>()(
    subscribeWithSelector((set) => ({
      ...initialStage,
      ...initial,
      applySettings: ({ reducedMotion, highContrast, visualQuality }) =>
        set({ reducedMotion, highContrast, visualQuality }),
      toTitle: () => set({ screen: "title", ...noStory() }),
      enterStory: (campaign, moment) =>
        set({ screen: "story", campaign: campaign.id, sfx: null, ...momentState(moment) }),
      playStep: (step, campaign) =>
        set((state) => {
          const next: Partial<StageState> = { ...step.staging };
          if (step.line) next.speaker = speakingCharacter(campaign, step.line.speaker);
          if (step.tags.sfx) next.sfx = { id: step.tags.sfx, serial: (state.sfx?.serial ?? 0) + 1 };
          if (step.nudges.length > 0) {
            const stances = { ...state.stances };
            for (const record of step.nudges) stances[record.character] = record.after;
            next.stances = stances;
            next.history = [...state.history, ...step.nudges];
          }
          if (step.nudges.length > 0 || state.moves.length > 0) next.moves = step.nudges;
          return next;
        }),
      rewind: (moment) => set({ screen: "story", ...momentState(moment) }),
      showReport: (outcome) => set({ screen: "report", outcome, speaker: null, moves: [] }),
      showEnding: (campaign, stances, outcome) =>
        set({
          ...momentState({ staging: noStaging(), stances, history: [], speaker: null }),
          screen: "report",
          campaign: campaign.id,
          outcome,
          sfx: null,
        }),
    })),
  );
}

/** A stage store: state, actions, and `subscribe(selector, listener)`. */
export type StageStoreApi = ReturnType<typeof createStageStore>;

/** The game's one stage. */
export const stageStore = createStageStore();
