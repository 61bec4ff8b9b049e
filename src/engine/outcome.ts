/**
 * The festival outcome rule: one pure function per campaign, from the four stances and the
 * decisive choices the story recorded (ink global variables named in the manifest's `decisions`)
 * to an outcome id from the manifest. The story asks it through `festival_outcome()`, the festival
 * scene and report through the runner, so text and picture always agree.
 */
export type DecisionValue = string | number | boolean;

export interface OutcomeInput {
  /** Stance per character id, -100 (unity) .. 100 (individuality). */
  stances: Readonly<Record<string, number>>;
  /** Current value of each ink variable listed in the manifest's `decisions`. */
  decisions: Readonly<Record<string, DecisionValue>>;
}

export type OutcomeRule = (input: OutcomeInput) => string;

/** Stance helpers the rules share: mean and spread of the cast. */
export function meanStance(stances: Readonly<Record<string, number>>): number {
  const values = Object.values(stances);
  return values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;
}

export function stanceSpread(stances: Readonly<Record<string, number>>): number {
  const values = Object.values(stances);
  return values.length === 0 ? 0 : Math.max(...values) - Math.min(...values);
}
