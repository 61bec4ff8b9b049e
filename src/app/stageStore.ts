import { createStore } from "zustand/vanilla";
import type { VisualQuality } from "./settings";

/**
 * What the views (Phaser scenes, audio) need to stage the story. The story layer writes it;
 * the views only read and subscribe. Rules (outcomes, stances) are decided by the engine:
 * this store only mirrors their results for staging.
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
  /** Stance per character id, -100 (unity) .. 100 (individuality). */
  stances: Record<string, number>;
  /** Outcome id once the festival is decided (report screen), else null. */
  outcome: string | null;
  /** Increments on every `# sfx:` so repeated sounds retrigger; `sfx` holds the id. */
  sfx: { id: string; serial: number } | null;
  reducedMotion: boolean;
  highContrast: boolean;
  visualQuality: VisualQuality;
}

export const initialStage: StageState = {
  screen: "boot",
  campaign: null,
  scene: null,
  mood: null,
  act: null,
  speaker: null,
  stances: {},
  outcome: null,
  sfx: null,
  reducedMotion: false,
  highContrast: false,
  visualQuality: "auto",
};

export const stageStore = createStore<StageState>(() => ({ ...initialStage }));
