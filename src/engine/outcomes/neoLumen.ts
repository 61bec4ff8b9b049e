import { meanStance, type OutcomeInput, type OutcomeRule, stanceSpread } from "../outcome";

/**
 * What the Nexus Dreamscape Festival becomes (stories/neo-lumen/campaign.json outcomes), written
 * out in TypeScript as a second reading of the `rule` in campaign.json, which is what the game
 * uses; tests/unit/outcome-rule-equivalence.test.ts holds the two to the same answers.
 *
 * The story asks twice. At the end of act 3 (`night_outcome` still empty) it asks what the night
 * was, and writes the answer into `night_outcome`:
 * 1. The reboot. Eliot does what Seraphina advises when he trusts her (ELIOT_TRUSTS trust, built
 *    with him and Mira over three acts); otherwise he does what his own lean says, and reboots
 *    only if he leans to keeping them safe (stance below REBOOT_BELOW).
 * 2. A thousand separate nights: the cast (and the way Seraphina guided the dreamers) leans to the
 *    individual, or the four are torn so far apart that nothing holds the dream's centre.
 * 3. A flawless utopia: Maris was asked to wait; or her painting went up under the shelter
 *    Seraphina pulled over the storm while Maris herself had stopped fighting for it; or the cast
 *    leans so far to the collective that the new dream smooths every raw truth away.
 * 4. Otherwise a living tapestry.
 * At the end of the story (act 5) it asks what the city made of that night: the truths told in
 * public afterwards (`truths_told`) and the stances can still change its meaning.
 */
export const NEO_LUMEN_OUTCOMES = ["living-tapestry", "flawless-utopia", "thousand-nights", "the-reboot"] as const;
export type NeoLumenOutcome = (typeof NEO_LUMEN_OUTCOMES)[number];

/** Trust at or above which Eliot takes Seraphina at her word. */
export const ELIOT_TRUSTS = 3;
/** Eliot's stance below which his own lean is to reboot. */
export const REBOOT_BELOW = -35;

/** How the guidance Seraphina gave the dreamers shifts the cast's lean. */
export const GUIDANCE_LEAN: Readonly<Record<string, number>> = {
  "one-story": -12,
  thread: 0,
  "own-dreams": 12,
};

/** Lean at or above which the collective fractures. */
export const FRACTURE_LEAN = 10;
/** Spread at or above which the four are torn apart, when the lean is at least TORN_LEAN. */
export const TORN_SPREAD = 120;
export const TORN_LEAN = -5;
/** Lean at or below which the new dream smooths everything over. */
export const UTOPIA_LEAN = -20;
/** Under the shelter, Maris's painting is grown over when she is below this stance. */
export const MARIS_YIELDS_BELOW = 30;

/** Truths told after the night at or above which the city retells it (act 4-5). */
export const RETOLD_AT = 4;
/** Truths told at or below which a tapestry is smoothed in the telling (with the cast below 0). */
export const SMOOTHED_AT_MOST = 1;
/** Mean at or above which the tapestry is unpicked afterwards. */
export const UNPICKED_MEAN = 20;
/** Mean below which separate nights come back to the Arc when retold. */
export const RETURN_BELOW_MEAN = 10;

function isNeoLumenOutcome(value: unknown): value is NeoLumenOutcome {
  return typeof value === "string" && (NEO_LUMEN_OUTCOMES as readonly string[]).includes(value);
}

/** The cast's mean stance, shifted by how the dreamers were guided through the surge. */
export function festivalLean({ stances, decisions }: OutcomeInput): number {
  const guidance = decisions.dreamers_guided;
  const shift = typeof guidance === "string" ? (GUIDANCE_LEAN[guidance] ?? 0) : 0;
  return meanStance(stances) + shift;
}

function number(value: unknown): number | null {
  return typeof value === "number" ? value : null;
}

function nightOutcome(input: OutcomeInput): NeoLumenOutcome {
  const { stances, decisions } = input;
  const eliot = stances.eliot ?? 0;
  const trust = number(decisions.eliot_trust);
  const trusted = trust !== null && trust >= ELIOT_TRUSTS;
  const leansSafe = eliot < REBOOT_BELOW;
  const advice = decisions.seraphina_advice;
  if (advice === "reboot" && (trusted || leansSafe)) return "the-reboot";
  if (advice === "hold" && !trusted && leansSafe) return "the-reboot";
  if (advice !== "reboot" && advice !== "hold" && leansSafe) return "the-reboot";

  const lean = festivalLean(input);
  if (lean >= FRACTURE_LEAN) return "thousand-nights";
  if (stanceSpread(stances) >= TORN_SPREAD && lean >= TORN_LEAN) return "thousand-nights";

  if (decisions.maris_painted !== true) return "flawless-utopia";
  if (decisions.dreamers_guided === "one-story" && (stances.maris ?? 0) < MARIS_YIELDS_BELOW) return "flawless-utopia";
  if (lean <= UTOPIA_LEAN) return "flawless-utopia";
  return "living-tapestry";
}

function afterTheNight(night: NeoLumenOutcome, input: OutcomeInput): NeoLumenOutcome {
  const truths = number(input.decisions.truths_told);
  const retold = truths !== null && truths >= RETOLD_AT;
  const mean = meanStance(input.stances);
  if (night === "the-reboot" && retold) return "living-tapestry";
  if (night === "flawless-utopia" && retold && (input.stances.maris ?? 0) > 0) return "living-tapestry";
  if (night === "thousand-nights" && retold && mean < RETURN_BELOW_MEAN) return "living-tapestry";
  if (night === "living-tapestry" && truths !== null && truths <= SMOOTHED_AT_MOST && mean < 0)
    return "flawless-utopia";
  if (night === "living-tapestry" && mean >= UNPICKED_MEAN) return "thousand-nights";
  return night;
}

export const neoLumenOutcome: OutcomeRule = (input) => {
  const night = input.decisions.night_outcome;
  if (night === "") return nightOutcome(input);
  if (isNeoLumenOutcome(night)) return afterTheNight(night, input);
  return "living-tapestry";
};
