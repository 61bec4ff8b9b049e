import { createStore, type StoreApi } from "zustand/vanilla";

/** Where a stance moved and why: shown to the player and plotted in the festival report. */
export interface NudgeRecord {
  character: string;
  percent: number;
  before: number;
  after: number;
  /** Knot (and stitch) path where the nudge ran. */
  knot: string;
  /** Text of the choice that led here, or null before the first choice. */
  choice: string | null;
  /** How many choices had been made when it happened: the x axis of the report's chart. */
  turn: number;
}

export interface StanceState {
  stances: Record<string, number>;
  history: NudgeRecord[];
}

export type StanceStore = StoreApi<StanceState>;

export const STANCE_MIN = -100;
export const STANCE_MAX = 100;

/**
 * ChoiceScript's fair math on a -100..100 axis: a nudge of p% moves p% of the distance left to
 * the pole it points at (positive: individuality, negative: unity). Values never leave the range
 * and extremes get harder to reach.
 */
export function fairNudge(value: number, percent: number): number {
  const share = Math.min(Math.abs(percent), 100) / 100;
  const pole = percent >= 0 ? STANCE_MAX : STANCE_MIN;
  const moved = value + (pole - value) * share;
  return Math.round(Math.min(STANCE_MAX, Math.max(STANCE_MIN, moved)) * 100) / 100;
}

export function createStanceStore(starting: Record<string, number>): StanceStore {
  return createStore<StanceState>(() => ({ stances: { ...starting }, history: [] }));
}

export function nudgeStance(
  store: StanceStore,
  character: string,
  percent: number,
  where: { knot: string; choice: string | null; turn: number },
): NudgeRecord {
  const { stances, history } = store.getState();
  const before = stances[character];
  if (before === undefined) {
    throw new Error(`unknown character "${character}" (known: ${Object.keys(stances).join(", ")})`);
  }
  if (!Number.isFinite(percent)) throw new Error(`nudge percent for "${character}" is not a number: ${percent}`);
  const after = fairNudge(before, percent);
  const record: NudgeRecord = { character, percent, before, after, ...where };
  store.setState({ stances: { ...stances, [character]: after }, history: [...history, record] });
  return record;
}
