import type { DecisionPoint } from "../storyOutline";

/** The `next` of an option after which the story can end before another decision. */
export const END_OF_STORY = "end";

/**
 * The route map's content, act by act: every decision point of the campaign, each option marked
 * as taken on this run, taken on an earlier run, or never taken (locked, shown without text).
 * Only options the player took carry a label, and only the choice text they saw.
 */
export type RouteState = "current" | "earlier" | "locked";

export interface RouteMapOption {
  id: string;
  state: RouteState;
  /** The choice text, for options taken on this run; null otherwise (never spoil a branch). */
  label: string | null;
  next: string[];
}

export interface RouteMapDecision {
  id: string;
  /** 1-based order within its act, for the list's "Decision 3". */
  number: number;
  state: RouteState;
  options: RouteMapOption[];
}

export interface RouteMapAct {
  act: number | null;
  decisions: RouteMapDecision[];
}

export interface RouteMapModel {
  acts: RouteMapAct[];
  /** Options taken on this run / on any run / in the whole story. */
  counts: { current: number; everTaken: number; options: number };
}

export function routeMapModel(
  decisions: readonly DecisionPoint[],
  currentRoute: readonly { target?: string; text: string }[],
  earlierSteps: ReadonlySet<string>,
): RouteMapModel {
  const currentLabels = new Map<string, string>();
  for (const step of currentRoute) if (step.target) currentLabels.set(step.target, step.text);
  const acts = new Map<number | null, RouteMapDecision[]>();
  let everTaken = 0;
  let options = 0;
  let current = 0;
  for (const decision of decisions) {
    const list = acts.get(decision.act) ?? [];
    acts.set(decision.act, list);
    const mapped = decision.options.map((option): RouteMapOption => {
      const label = currentLabels.get(option.id) ?? null;
      const state: RouteState = label !== null ? "current" : earlierSteps.has(option.id) ? "earlier" : "locked";
      if (state !== "locked") everTaken += 1;
      if (state === "current") current += 1;
      options += 1;
      return { id: option.id, state, label, next: option.next };
    });
    const state: RouteState = mapped.some((option) => option.state === "current")
      ? "current"
      : mapped.some((option) => option.state === "earlier")
        ? "earlier"
        : "locked";
    list.push({ id: decision.id, number: list.length + 1, state, options: mapped });
  }
  const ordered = [...acts.entries()].sort(([a], [b]) => (a ?? 0) - (b ?? 0));
  return {
    acts: ordered.map(([act, list]) => ({ act, decisions: list })),
    counts: { current, everTaken, options },
  };
}

/**
 * The route map's sentence: how much of the campaign's branching the player has taken, counted in
 * the branches the map draws, so the share and the counts beside it are one measure. (Seen lines
 * were the share once, and read 0% beside 66 branches taken when the game was a restored save.)
 * "Over all your playthroughs you have taken 66 of Neo-Lumen's 249 branches (27%); this playthrough took 66."
 */
export function routeSummary(counts: RouteMapModel["counts"], campaignTitle: string): string {
  const { current, everTaken, options } = counts;
  return `Over all your playthroughs you have taken ${everTaken} of ${campaignTitle}'s ${options} branches (${sharePercent(everTaken, options)}); this playthrough took ${current}.`;
}

/** A share in whole percent that never rounds a branch taken down to 0% or one left up to 100%. */
function sharePercent(part: number, whole: number): string {
  if (whole === 0 || part === 0) return "0%";
  if (part >= whole) return "100%";
  return `${Math.min(99, Math.max(1, Math.round((part / whole) * 100)))}%`;
}
