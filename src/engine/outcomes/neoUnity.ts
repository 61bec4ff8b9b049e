import { meanStance, type OutcomeInput, type OutcomeRule, stanceSpread } from "../outcome";

/**
 * Kaleidoscope Nights (stories/neo-unity). What the festival leaves behind is decided from the four
 * stances and three decisions the story records:
 * - `projection_answer`: what Elara did when Jaxon's split screen took half the sky
 *   ("override", "yield", "weave", or "" before the climax);
 * - `relay_cut`: whether she let the plaza drain the underserved zones' relay on the night;
 * - `coop_charter`: whether she signed Liora's Dream Co-op charter at the forum.
 *
 * The checks run in order of how much of the city each outcome loses, so the harshest cause wins:
 * the zones going dark outweighs any mood on the plaza, and a design that absorbs every dissent
 * outweighs a crowd that scatters. What is left is the seed's ending: the mosaic and the co-ops.
 * The story asks at the dawn of act 3 (what the night looked like) and at the end of act 5 (what
 * the city made of it); the aftermath's choices can still move the answer between the two.
 */

/** Every id this rule returns, in the order it checks them; each is an outcome of campaign.json. */
export const NEO_UNITY_OUTCOMES = ["lights-out", "grand-design", "split-screen", "mosaic-coops"] as const;
export type NeoUnityOutcome = (typeof NEO_UNITY_OUTCOMES)[number];

/** Liora gives up on the shared grid and takes the zones off it at this stance... */
export const LIORA_LEAVES_GRID = 35;
/** ...or sooner, with no charter to hold the zones in (she has nothing left to bring home). */
export const LIORA_LEAVES_GRID_WITHOUT_CHARTER = 20;
/** After the relay was cut on the night, the zones stay dark unless Liora's stance is at most this. */
export const LIORA_FORGIVES_CUT = 10;

/** The cast this far toward the collective lets the grand design absorb every dissent. */
export const GRAND_DESIGN_MEAN = -25;
/** Overriding the projection absorbs dissent sooner: the crowd saw the split erased. */
export const GRAND_DESIGN_MEAN_AFTER_OVERRIDE = 0;
/** A weave by a Talon this devoted to the collective sands every private thread into one picture. */
export const TALON_SANDS_THE_WEAVE = -25;

/** The cast this far toward the individual shatters the celebration into private projections. */
export const SPLIT_SCREEN_MEAN = 8;
/** Yielding the sky shatters it sooner when Jaxon still wants it for himself. */
export const JAXON_KEEPS_THE_SKY = 25;
/** A cast this far apart cannot hold one sky, whatever its average. */
export const SPLIT_SCREEN_SPREAD = 110;

function stanceOf(input: OutcomeInput, character: string): number {
  return input.stances[character] ?? 0;
}

function zonesGoDark(input: OutcomeInput): boolean {
  const liora = stanceOf(input, "liora");
  const charter = input.decisions.coop_charter === true;
  if (liora >= (charter ? LIORA_LEAVES_GRID : LIORA_LEAVES_GRID_WITHOUT_CHARTER)) return true;
  return input.decisions.relay_cut === true && liora > LIORA_FORGIVES_CUT;
}

function designAbsorbsDissent(input: OutcomeInput, mean: number): boolean {
  const answer = input.decisions.projection_answer;
  if (mean <= GRAND_DESIGN_MEAN) return true;
  if (answer === "override" && mean <= GRAND_DESIGN_MEAN_AFTER_OVERRIDE) return true;
  return answer === "weave" && stanceOf(input, "talon") <= TALON_SANDS_THE_WEAVE;
}

function celebrationShatters(input: OutcomeInput, mean: number): boolean {
  if (mean >= SPLIT_SCREEN_MEAN) return true;
  if (stanceSpread(input.stances) >= SPLIT_SCREEN_SPREAD) return true;
  return input.decisions.projection_answer === "yield" && stanceOf(input, "jaxon") >= JAXON_KEEPS_THE_SKY;
}

export const neoUnityOutcome: OutcomeRule = (input): NeoUnityOutcome => {
  const mean = meanStance(input.stances);
  if (zonesGoDark(input)) return "lights-out";
  if (designAbsorbsDissent(input, mean)) return "grand-design";
  if (celebrationShatters(input, mean)) return "split-screen";
  return "mosaic-coops";
};
