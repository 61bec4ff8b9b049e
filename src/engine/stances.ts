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

/**
 * A nudge of `percent` on a character's stance, by fair math: the record of the move (before,
 * after, where). Throws for a character the stances do not have or a percent that is not a number.
 */
export function applyNudge(
  stances: Readonly<Record<string, number>>,
  character: string,
  percent: number,
  where: { knot: string; choice: string | null; turn: number },
): NudgeRecord {
  const before = stances[character];
  if (before === undefined) {
    throw new Error(`unknown character "${character}" (known: ${Object.keys(stances).join(", ")})`);
  }
  if (!Number.isFinite(percent)) throw new Error(`nudge percent for "${character}" is not a number: ${percent}`);
  return { character, percent, before, after: fairNudge(before, percent), ...where };
}
