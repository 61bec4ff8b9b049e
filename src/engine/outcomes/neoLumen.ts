import { meanStance, type OutcomeInput, type OutcomeRule, stanceSpread } from "../outcome";

/**
 * What the Nexus Dreamscape Festival becomes (stories/neo-lumen/campaign.json outcomes).
 *
 * The story asks at the end of act 3, once Eliot stands at the reboot, and writes the answer into
 * `night_outcome`; from then on the rule returns that sealed answer, so the debriefing can still
 * move people without rewriting a night the city has already lived through.
 *
 * Before it is sealed, the night is decided in this order:
 * 1. The reboot: Eliot's hand is on the switch. Seraphina's advice weighs, but he only follows it as
 *    far as he already leans: told to reboot, he does unless grief has turned him to his own truth;
 *    left to choose, he reboots only while the greater good holds him; told to hold, only a man
 *    wholly given to the collective pulls it anyway.
 * 2. A thousand separate nights: the cast (and the way Seraphina guided the dreamers) leans to the
 *    individual, or the four are torn so far apart that nothing holds the dream's centre.
 * 3. A flawless utopia: Maris's question went unheard (she was stopped, or no longer asks it), or
 *    the cast leans so far to the collective that the new dream smooths every raw truth away.
 * 4. Otherwise a living tapestry: the seed's ending, unity that keeps each thread.
 */
export const NEO_LUMEN_OUTCOMES = ["living-tapestry", "flawless-utopia", "thousand-nights", "the-reboot"] as const;
export type NeoLumenOutcome = (typeof NEO_LUMEN_OUTCOMES)[number];

/** Eliot's stance below which he reboots, by what Seraphina told him at the switch. */
export const REBOOT_BELOW: Readonly<Record<string, number>> = {
  reboot: 20,
  "his-call": -40,
  hold: -75,
};
/** Before the climax nobody has advised him yet: he behaves as if left to choose. */
const REBOOT_BELOW_UNADVISED = -40;

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
export const UTOPIA_LEAN = -25;
/** Maris has stopped asking her question once her stance falls this far toward unity. */
export const MARIS_SILENT_BELOW = -30;

function isNeoLumenOutcome(value: unknown): value is NeoLumenOutcome {
  return typeof value === "string" && (NEO_LUMEN_OUTCOMES as readonly string[]).includes(value);
}

function eliotReboots({ stances, decisions }: OutcomeInput): boolean {
  const advice = decisions.seraphina_advice;
  const threshold = typeof advice === "string" ? REBOOT_BELOW[advice] : undefined;
  return (stances.eliot ?? 0) < (threshold ?? REBOOT_BELOW_UNADVISED);
}

/** The cast's mean stance, shifted by how the dreamers were guided through the surge. */
export function festivalLean({ stances, decisions }: OutcomeInput): number {
  const guidance = decisions.dreamers_guided;
  const shift = typeof guidance === "string" ? (GUIDANCE_LEAN[guidance] ?? 0) : 0;
  return meanStance(stances) + shift;
}

export const neoLumenOutcome: OutcomeRule = (input) => {
  const sealed = input.decisions.night_outcome;
  if (isNeoLumenOutcome(sealed)) return sealed;

  if (eliotReboots(input)) return "the-reboot";

  const lean = festivalLean(input);
  const torn = stanceSpread(input.stances) >= TORN_SPREAD && lean >= TORN_LEAN;
  if (lean >= FRACTURE_LEAN || torn) return "thousand-nights";

  const marisHeard = input.decisions.maris_painted === true && (input.stances.maris ?? 0) > MARIS_SILENT_BELOW;
  if (!marisHeard || lean <= UTOPIA_LEAN) return "flawless-utopia";

  return "living-tapestry";
};
