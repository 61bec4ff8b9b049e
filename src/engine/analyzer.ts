import { type ContractReport, ContractTally, contractLines, mergeContractReports } from "./contracts";
import { endingOf, playRun, runSeed } from "./explorer";
import { knotOfPath } from "./lineIdentity";
import type { DecisionValue, OutcomeInput } from "./outcome";
import {
  addFinalStances,
  emptyStanceTally,
  mergeStanceTallies,
  pinnedWarnings,
  type StanceReach,
  type StanceTally,
  stanceReachOf,
} from "./stanceReach";
import type { RunnerOptions } from "./storyRunner";
import { StoryRunner } from "./storyRunner";

/**
 * What each choice really does (`npm run analyze`). For each seeded random run, at every choice
 * point it reached, each other option is swapped in and the run finished with the same random
 * stream: how often that changes the outcome is the choice point's impact. Each time the story
 * asks for its outcome, the stances and the rule's conditions are recorded (rule reach). The
 * shortest run to each outcome is kept as a replayable route. Per run, the last choice point whose
 * swap changed the outcome says when the ending was decided (its act), and whether it was still open
 * at the climax the campaign names; the final stances give each character's reach, and every
 * `# needs:` contract line the run shows is checked.
 *
 * A swap replays the choice path up to the point on the reset runner rather than restoring a saved
 * ink state: a state snapshot costs about 2 ms per choice point on Neo-Lumen (ToJson), as much as
 * replaying half a run, and replay needs no care to restore the stance store and the random stream.
 */

export type Verdict = "decorative" | "shaping" | "deciding";
/** Under this share of swaps changing the outcome, a choice point is decorative... */
export const DECORATIVE_BELOW = 0.01;
/** ...over this share, deciding; shaping in between. */
export const DECIDING_ABOVE = 0.5;
/** An option is forced when one outcome takes at least this share of the runs that take it... */
export const FORCED_SHARE = 0.95;
/** ...counting only options taken by at least this many runs (original or swapped in). */
export const FORCED_MIN_RUNS = 10;

export interface AnalyzeOptions {
  runs: number;
  seed: number;
  from?: number;
  to?: number;
  maxChoices?: number;
  onProgress?: (done: number, total: number) => void;
}

interface OptionTally {
  text: string;
  location: string;
  /** Outcome counts of the runs that took this option, original or swapped in. */
  outcomes: Record<string, number>;
  /** Sum of each character's final stance over those runs. */
  stanceSums: Record<string, number>;
  runs: number;
}

interface PointTally {
  knot: string;
  /** Runs that reached the point. */
  reached: number;
  swaps: number;
  changed: number;
  options: Record<string, OptionTally>;
}

interface ComparisonTally {
  condition: number;
  text: string;
  op: string;
  held: number;
  /** Lowest and highest numeric left side seen. */
  min: number | null;
  max: number | null;
  /** Non-numeric left sides seen, as text (decisions). */
  values: string[];
}

interface Route {
  seed: number;
  choices: number[];
  run: number;
}

/** One chunk's tallies: plain data that merges exactly, in any order. */
export interface AnalyzeTally {
  runs: number;
  seed: number;
  errors: number;
  outcomes: Record<string, number>;
  points: Record<string, PointTally>;
  rule: {
    calls: number;
    stances: Record<string, number[]>;
    held: number[];
    comparisons: ComparisonTally[];
  } | null;
  routes: Record<string, Route>;
  /** Per finished run: the act of its last deciding choice point, and whether it was open at the climax. */
  decided: {
    /** Runs by act of the last choice point whose swap changed the outcome ("none": no swap did). */
    byAct: Record<string, number>;
    reachedClimax: number;
    openAtClimax: number;
  };
  finalStances: StanceTally;
  contracts: ContractReport;
}

interface Offered {
  point: string;
  options: { path: string; text: string }[];
  /** The act the story was in (its last `# act:` tag), or null before any. */
  act: number | null;
  climax: boolean;
}

/** Whether a choice point (its weave path) lies inside one of the climax's knots or stitches. */
export function inClimax(point: string, climax: readonly string[]): boolean {
  const place = knotOfPath(point);
  return climax.some((named) => place === named || place.startsWith(`${named}.`));
}

/** "a1_studio.0.g-0.12" -> "a1_studio.0.g-0": the weave that offers the choice. */
function pointOf(sourcePath: string): string {
  return sourcePath.split(".").slice(0, -1).join(".");
}

const addCount = (counts: Record<string, number>, key: string, by = 1) => {
  counts[key] = (counts[key] ?? 0) + by;
};

export function analyzeRuns(compiledJson: string, runnerOptions: RunnerOptions, options: AnalyzeOptions): AnalyzeTally {
  const from = options.from ?? 0;
  const to = options.to ?? options.runs;
  let recording = false;
  const ruleInputs: OutcomeInput[] = [];
  const contracts = new ContractTally(contractLines(compiledJson));
  let current = { seed: 0, run: 0 };
  const runner = new StoryRunner(compiledJson, {
    ...runnerOptions,
    keepTranscript: false,
    onOutcomeAsked: (input) => {
      if (recording) ruleInputs.push(input);
    },
    // Contracts are checked on the runs themselves, not on the swapped-in alternatives.
    onContract: (check) => {
      if (recording) contracts.note(check, current.seed, current.run);
    },
  });
  const climax = runner.manifest?.climax ?? [];
  const rule = runner.rule;
  const tally: AnalyzeTally = {
    runs: to - from,
    seed: options.seed,
    errors: 0,
    outcomes: {},
    points: {},
    rule: rule
      ? {
          calls: 0,
          stances: {},
          held: rule.conditions.map(() => 0),
          comparisons: [],
        }
      : null,
    routes: {},
    decided: { byAct: {}, reachedClimax: 0, openAtClimax: 0 },
    finalStances: emptyStanceTally(),
    contracts: contracts.report(),
  };
  const characters = runner.manifest?.characters.map((character) => character.id) ?? [];

  const optionTally = (point: PointTally, path: string, text: string): OptionTally => {
    let option = point.options[path];
    if (!option) {
      option = { text, location: runner.place(path), outcomes: {}, stanceSums: {}, runs: 0 };
      point.options[path] = option;
    }
    return option;
  };
  const credit = (option: OptionTally, outcome: string, stances: Readonly<Record<string, number>>) => {
    addCount(option.outcomes, outcome);
    option.runs += 1;
    for (const id of characters) addCount(option.stanceSums, id, stances[id] ?? 0);
  };

  for (let run = from; run < to; run++) {
    const seed = runSeed(options.seed, run);
    current = { seed, run };
    const offered: Offered[] = [];
    ruleInputs.length = 0;
    recording = true;
    const base = playRun(runner, seed, {
      maxChoices: options.maxChoices,
      onChoicePoint: () => {
        const choices = runner.story.currentChoices;
        const point = pointOf(choices[0]?.sourcePath ?? "");
        offered.push({
          point,
          options: choices.map((choice) => ({ path: choice.sourcePath, text: choice.text.trim() })),
          act: runner.staging.act,
          climax: inClimax(point, climax),
        });
      },
    });
    recording = false;
    if ("error" in base) {
      tally.errors += 1;
      options.onProgress?.(run - from + 1, to - from);
      continue;
    }
    const baseStances = { ...runner.stances };
    addCount(tally.outcomes, base.outcome);
    const known = tally.routes[base.outcome];
    if (!known || base.path.length < known.choices.length) {
      tally.routes[base.outcome] = { seed, choices: base.path, run };
    }
    if (tally.rule && rule) recordRuleCalls(tally.rule, rule, ruleInputs, characters);
    addFinalStances(tally.finalStances, baseStances);

    let lastDeciding = -1;
    offered.forEach((at, step) => {
      let point = tally.points[at.point];
      if (!point) {
        point = { knot: at.point.split(".")[0] ?? "", reached: 0, swaps: 0, changed: 0, options: {} };
        tally.points[at.point] = point;
      }
      point.reached += 1;
      const taken = base.path[step] ?? 0;
      const takenOption = at.options[taken];
      if (takenOption) credit(optionTally(point, takenOption.path, takenOption.text), base.outcome, baseStances);
      at.options.forEach((option, index) => {
        if (index === taken) return;
        const swapped = playRun(runner, seed, {
          maxChoices: options.maxChoices,
          prefix: [...base.path.slice(0, step), index],
        });
        if ("error" in swapped) return;
        const outcome = endingOf(runner);
        point.swaps += 1;
        if (outcome !== base.outcome) {
          point.changed += 1;
          lastDeciding = step;
        }
        credit(optionTally(point, option.path, option.text), outcome, runner.stances);
      });
    });
    const act = lastDeciding < 0 ? "none" : String(offered[lastDeciding]?.act ?? 0);
    addCount(tally.decided.byAct, act);
    const firstClimax = offered.findIndex((at) => at.climax);
    if (firstClimax >= 0) {
      tally.decided.reachedClimax += 1;
      if (lastDeciding >= firstClimax) tally.decided.openAtClimax += 1;
    }
    options.onProgress?.(run - from + 1, to - from);
  }
  tally.contracts = contracts.report();
  return tally;
}

function recordRuleCalls(
  into: NonNullable<AnalyzeTally["rule"]>,
  rule: NonNullable<StoryRunner["rule"]>,
  inputs: readonly OutcomeInput[],
  characters: readonly string[],
): void {
  for (const input of inputs) {
    into.calls += 1;
    for (const id of characters) {
      const list = into.stances[id] ?? [];
      list.push(input.stances[id] ?? 0);
      into.stances[id] = list;
    }
    const explanation = rule.explain(input);
    explanation.held.forEach((held, index) => {
      if (held) into.held[index] = (into.held[index] ?? 0) + 1;
    });
    explanation.comparisons.forEach((comparison, index) => {
      let tally = into.comparisons[index];
      if (!tally) {
        tally = {
          condition: comparison.condition,
          text: comparison.text,
          op: comparison.op,
          held: 0,
          min: null,
          max: null,
          values: [],
        };
        into.comparisons[index] = tally;
      }
      if (comparison.held) tally.held += 1;
      noteValue(tally, comparison.left);
    });
  }
}

function noteValue(tally: ComparisonTally, value: DecisionValue | undefined): void {
  if (typeof value === "number") {
    tally.min = tally.min === null ? value : Math.min(tally.min, value);
    tally.max = tally.max === null ? value : Math.max(tally.max, value);
  } else {
    const text = value === undefined ? "(unset)" : JSON.stringify(value);
    if (!tally.values.includes(text)) tally.values.push(text);
  }
}

/** Chunks' tallies as one: the same whatever the chunking, since each run's seed is fixed. */
export function mergeTallies(tallies: readonly AnalyzeTally[]): AnalyzeTally {
  const [first] = tallies;
  if (!first) throw new Error("nothing to merge");
  const merged: AnalyzeTally = {
    runs: 0,
    seed: first.seed,
    errors: 0,
    outcomes: {},
    points: {},
    rule: first.rule ? { calls: 0, stances: {}, held: first.rule.held.map(() => 0), comparisons: [] } : null,
    routes: {},
    decided: { byAct: {}, reachedClimax: 0, openAtClimax: 0 },
    finalStances: mergeStanceTallies(tallies.map((tally) => tally.finalStances)),
    contracts: mergeContractReports(tallies.map((tally) => tally.contracts)),
  };
  // Every sum, minimum and maximum here is order-free; lists are sorted when the report is made.
  for (const tally of tallies) {
    merged.runs += tally.runs;
    merged.errors += tally.errors;
    for (const [act, count] of Object.entries(tally.decided.byAct)) addCount(merged.decided.byAct, act, count);
    merged.decided.reachedClimax += tally.decided.reachedClimax;
    merged.decided.openAtClimax += tally.decided.openAtClimax;
    for (const [outcome, count] of Object.entries(tally.outcomes)) addCount(merged.outcomes, outcome, count);
    for (const [id, point] of Object.entries(tally.points)) {
      const into = merged.points[id] ?? { knot: point.knot, reached: 0, swaps: 0, changed: 0, options: {} };
      merged.points[id] = into;
      into.reached += point.reached;
      into.swaps += point.swaps;
      into.changed += point.changed;
      for (const [path, option] of Object.entries(point.options)) {
        const target = into.options[path] ?? { ...option, outcomes: {}, stanceSums: {}, runs: 0 };
        into.options[path] = target;
        target.runs += option.runs;
        for (const [outcome, count] of Object.entries(option.outcomes)) addCount(target.outcomes, outcome, count);
        for (const [character, sum] of Object.entries(option.stanceSums)) addCount(target.stanceSums, character, sum);
      }
    }
    for (const [outcome, route] of Object.entries(tally.routes)) {
      const known = merged.routes[outcome];
      const shorter =
        !known ||
        route.choices.length < known.choices.length ||
        (route.choices.length === known.choices.length && route.run < known.run);
      if (shorter) merged.routes[outcome] = route;
    }
    if (merged.rule && tally.rule) {
      merged.rule.calls += tally.rule.calls;
      for (const [id, values] of Object.entries(tally.rule.stances))
        merged.rule.stances[id] = [...(merged.rule.stances[id] ?? []), ...values];
      tally.rule.held.forEach((count, index) => {
        if (merged.rule) merged.rule.held[index] = (merged.rule.held[index] ?? 0) + count;
      });
      tally.rule.comparisons.forEach((comparison, index) => {
        const into = merged.rule?.comparisons[index];
        if (!into) {
          if (merged.rule) merged.rule.comparisons[index] = { ...comparison, values: [...comparison.values] };
          return;
        }
        into.held += comparison.held;
        if (comparison.min !== null) into.min = into.min === null ? comparison.min : Math.min(into.min, comparison.min);
        if (comparison.max !== null) into.max = into.max === null ? comparison.max : Math.max(into.max, comparison.max);
        for (const value of comparison.values) if (!into.values.includes(value)) into.values.push(value);
      });
    }
  }
  return merged;
}

export interface ChoicePointReport {
  location: string;
  knot: string;
  /** Runs that reached it. */
  runs: number;
  swaps: number;
  impact: number;
  verdict: Verdict;
  options: {
    text: string;
    location: string;
    runs: number;
    outcomes: Record<string, number>;
    /** Each character's mean final stance over the runs that took the option, minus the point's mean. */
    stanceChange: Record<string, number>;
    forced: boolean;
  }[];
}

export interface AnalyzeReport {
  runs: number;
  seed: number;
  errors: number;
  outcomes: Record<string, number>;
  choicePoints: ChoicePointReport[];
  ruleReach: {
    calls: number;
    stances: Record<string, { min: number; median: number; max: number }>;
    conditions: { name: string; outcome: string; held: number }[];
    comparisons: {
      condition: string;
      text: string;
      held: number;
      lowest: number | null;
      highest: number | null;
      values: string[];
    }[];
  } | null;
  routes: Record<string, { seed: number; choices: number[] }>;
  /** The choice points inside the knots and stitches the campaign names as its climax, in story order. */
  climax: ChoicePointReport[];
  decidedAt: {
    /** Share of finished runs by the act of their last choice point whose swap changed the outcome ("none": no swap did). */
    byAct: Record<string, number>;
    /** Share of finished runs that a swap at the climax or later still changed; null when the story names no climax. */
    openAtClimax: number | null;
    /** Share of finished runs that reached a climax choice point; null when the story names no climax. */
    reachedClimax: number | null;
  };
  stanceReach: Record<string, StanceReach>;
  contracts: ContractReport;
  warnings: string[];
}

const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function verdictOf(impact: number): Verdict {
  if (impact < DECORATIVE_BELOW) return "decorative";
  if (impact > DECIDING_ABOVE) return "deciding";
  return "shaping";
}

const lineOf = (location: string) => Number(/:(\d+)$/.exec(location)?.[1] ?? Number.POSITIVE_INFINITY);

/** The report people and `--json` read, from the merged tallies and the story's rule. */
export function finishAnalysis(
  tally: AnalyzeTally,
  rule: StoryRunner["rule"],
  climax: readonly string[] = [],
): AnalyzeReport {
  const warnings: string[] = [];
  /** Climax choice points by their weave path. */
  const climaxPoints = new Map<string, ChoicePointReport>();
  const choicePoints: ChoicePointReport[] = Object.entries(tally.points).map(([id, point]) => {
    const options = Object.values(point.options).sort(
      (a, b) => lineOf(a.location) - lineOf(b.location) || a.location.localeCompare(b.location),
    );
    const characters = Object.keys(options[0]?.stanceSums ?? {});
    const totalRuns = options.reduce((sum, option) => sum + option.runs, 0);
    const pointMean = Object.fromEntries(
      characters.map((id) => [
        id,
        options.reduce((sum, option) => sum + (option.stanceSums[id] ?? 0), 0) / Math.max(1, totalRuns),
      ]),
    );
    const impact = point.swaps > 0 ? point.changed / point.swaps : 0;
    const report: ChoicePointReport = {
      location: options[0]?.location ?? point.knot,
      knot: point.knot,
      runs: point.reached,
      swaps: point.swaps,
      impact: round(impact, 3),
      verdict: verdictOf(impact),
      options: options.map((option) => {
        const top = Math.max(0, ...Object.values(option.outcomes));
        return {
          text: option.text,
          location: option.location,
          runs: option.runs,
          outcomes: Object.fromEntries(Object.entries(option.outcomes).sort(([a], [b]) => a.localeCompare(b))),
          stanceChange: Object.fromEntries(
            characters.map((id) => [
              id,
              round((option.stanceSums[id] ?? 0) / Math.max(1, option.runs) - (pointMean[id] ?? 0)),
            ]),
          ),
          // An option of a decorative point is not forced: the outcome was settled before it.
          forced:
            verdictOf(impact) !== "decorative" && option.runs >= FORCED_MIN_RUNS && top / option.runs >= FORCED_SHARE,
        };
      }),
    };
    if (inClimax(id, climax)) climaxPoints.set(id, report);
    return report;
  });
  choicePoints.sort((a, b) => b.impact - a.impact || a.location.localeCompare(b.location));

  let ruleReach: AnalyzeReport["ruleReach"] = null;
  if (tally.rule && rule) {
    const reach = tally.rule;
    const conditions = rule.conditions.map((condition, index) => ({
      name: condition.name,
      outcome: condition.outcome ?? `(from ${condition.outcomeFrom})`,
      held: reach.held[index] ?? 0,
    }));
    const comparisons = reach.comparisons.map((comparison) => ({
      condition: rule.conditions[comparison.condition]?.name ?? "",
      text: comparison.text,
      held: comparison.held,
      lowest: comparison.min === null ? null : round(comparison.min),
      highest: comparison.max === null ? null : round(comparison.max),
      values: [...comparison.values].sort(),
    }));
    for (const condition of conditions) {
      if (reach.calls > 0 && condition.held === 0)
        warnings.push(`rule condition "${condition.name}": never held in ${reach.calls} rule calls`);
    }
    for (const comparison of comparisons) {
      if (reach.calls === 0 || comparison.held > 0) continue;
      const nearest = comparison.text.includes("<")
        ? `lowest ${comparison.lowest}`
        : comparison.text.includes(">")
          ? `highest ${comparison.highest}`
          : `values seen: ${comparison.values.join(", ") || "none"}`;
      warnings.push(`${comparison.text}: never; ${nearest} (in "${comparison.condition}")`);
    }
    if (reach.calls === 0) warnings.push("the story never asked for its outcome (festival_outcome()) in any run");
    ruleReach = {
      calls: reach.calls,
      stances: Object.fromEntries(
        Object.entries(reach.stances).map(([id, values]) => [
          id,
          { min: round(Math.min(...values)), median: round(median(values)), max: round(Math.max(...values)) },
        ]),
      ),
      conditions,
      comparisons,
    };
  }
  for (const point of choicePoints)
    for (const option of point.options)
      if (option.forced) {
        const [outcome] = Object.entries(option.outcomes).sort((a, b) => b[1] - a[1])[0] ?? [""];
        warnings.push(
          `${option.location}: "${option.text}" is forced: ${outcome} in ${option.outcomes[outcome] ?? 0} of ${option.runs} runs`,
        );
      }

  const finished = tally.runs - tally.errors;
  const share = (count: number) => round(count / Math.max(1, finished), 3);
  const stanceReach = stanceReachOf(tally.finalStances);
  warnings.push(...pinnedWarnings(stanceReach));
  for (const named of climax)
    if (![...climaxPoints.keys()].some((id) => inClimax(id, [named])))
      warnings.push(`the climax "${named}": no run reached a choice point in it`);
  for (const violation of tally.contracts.violations)
    warnings.push(
      `${violation.location}: contract "${violation.condition}" broken ${violation.count} times (replay under contracts)`,
    );

  return {
    runs: tally.runs,
    seed: tally.seed,
    errors: tally.errors,
    outcomes: Object.fromEntries(Object.entries(tally.outcomes).sort(([a], [b]) => a.localeCompare(b))),
    choicePoints,
    ruleReach,
    routes: Object.fromEntries(
      Object.entries(tally.routes)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([outcome, route]) => [outcome, { seed: route.seed, choices: route.choices }]),
    ),
    climax: [...climaxPoints.values()].sort(
      (a, b) => a.location.localeCompare(b.location, undefined, { numeric: true }) || a.knot.localeCompare(b.knot),
    ),
    decidedAt: {
      byAct: Object.fromEntries(
        Object.entries(tally.decided.byAct)
          .sort(([a], [b]) => (a === "none" ? -1 : b === "none" ? 1 : Number(a) - Number(b)))
          .map(([act, count]) => [act, share(count)]),
      ),
      openAtClimax: climax.length > 0 ? share(tally.decided.openAtClimax) : null,
      reachedClimax: climax.length > 0 ? share(tally.decided.reachedClimax) : null,
    },
    stanceReach,
    contracts: tally.contracts,
    warnings,
  };
}
