import { type ContractReport, ContractTally, contractLines, mergeContractReports } from "./contracts";
import { CoverageRecorder, type InkCoverage, mergeCoverage } from "./inkCoverage";
import { type InkNode, rootContainer } from "./inkInternals";
import { seededRandom } from "./random";
import {
  addFinalStances,
  emptyStanceTally,
  mergeStanceTallies,
  type StanceReach,
  type StanceTally,
  sortedTally,
  stanceReachOf,
} from "./stanceReach";
import { declaredExternals, type RunnerOptions, StoryRunner } from "./storyRunner";

/**
 * Seeded random playthroughs, as ChoiceScript's randomtest: which knots and choices no run
 * reached, how often each outcome happens, and every runtime error with the seed and exact choice
 * path that reproduce it. Each run's seed comes from the base seed and the run's index, so any
 * slice of the runs (a worker's, a CI shard's) can be played apart and the reports merged into
 * exactly the report of one long run, timing aside.
 */
export interface ExploreOptions {
  /** How many runs in all (the run indices are 0..runs-1). */
  runs: number;
  seed: number;
  /** Play only the run indices from..to-1 (a worker's chunk or a shard); default all. */
  from?: number;
  to?: number;
  /** A run that takes more choices than this is reported as an error (a loop with no way out). */
  maxChoices?: number;
  /** Stop at the first run that fails (story:check needs one error, not 400 runs of an endless loop). */
  stopOnError?: boolean;
  /** Count the ink lines each run executes (explore --lcov and --html); needs the runner's source map. */
  coverage?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface ExploreError {
  message: string;
  /** Choice indices from the start: `play --seed S --choices ...` replays them. */
  path: number[];
  /** The run's seed (ink's RANDOM and the choice stream). */
  seed: number;
  /** The first run (by index) that hit this message. */
  run: number;
  /** How many runs hit the same message. */
  count: number;
}

export interface UnreachedPlace {
  /** `file.ink:line` when the story was compiled here; else the ink path. */
  location: string;
  knot: string;
}

export interface ExploreReport {
  runs: number;
  seed: number;
  /** The compiled story's hash: shards of different builds must not merge. */
  storyHash: string;
  elapsedMs: number;
  errors: ExploreError[];
  outcomes: Record<string, number>;
  knots: { total: number; reached: number; unreached: UnreachedPlace[] };
  choices: { total: number; reached: number; unreached: UnreachedPlace[] };
  /** Choices per finished run; `sum` lets shard reports merge exactly. */
  turns: { min: number; mean: number; max: number; sum: number };
  /** Runs per ink line, when asked for (ExploreOptions.coverage). */
  coverage?: InkCoverage;
  /** Every `# needs:` line checked each time a run showed it; a broken one does not stop the run. */
  contracts: ContractReport;
  /** Each character's final stance over the finished runs. */
  stanceReach: Record<string, StanceReach>;
  /** The counts stanceReach is made from, kept so that shard reports merge exactly. */
  finalStances: StanceTally;
}

/** The seed of run `index` under base seed `seed`: independent of how the runs are split up. */
export function runSeed(seed: number, index: number): number {
  let hash = Math.imul((seed | 0) ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x7feb352d);
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x846ca68b);
  hash ^= hash >>> 16;
  return (hash >>> 0) % 2_147_483_647;
}

export interface StoryMap {
  /** Knots and stitches by path ("knot" or "knot.stitch"); functions are left out. */
  knots: string[];
  /** Source paths of every choice point. */
  choices: string[];
}

/** Walk the compiled story for its knots, stitches and choice points. */
export function mapStory(runner: StoryRunner): StoryMap {
  const knots: string[] = [];
  const choices: string[] = [];
  const walk = (container: InkNode) => {
    for (const item of container.content ?? []) {
      if (item.pathOnChoice !== undefined) choices.push(String(item.path));
      if (item?.content !== undefined) walk(item);
    }
    for (const [, named] of container.namedContent ?? []) walk(named);
  };
  // The ink stand-ins for bound external functions never run by design; they are not story knots.
  const externals = declaredExternals(runner.compiledJson);
  for (const [name, container] of rootContainer(runner.story).namedContent ?? []) {
    if (name === "global decl" || externals.has(name)) continue;
    knots.push(name);
    for (const [stitch] of container.namedContent ?? []) {
      if (!/^(?:[cg]-\d+|s|\$.*)$/.test(stitch)) knots.push(`${name}.${stitch}`);
    }
    walk(container);
  }
  return { knots, choices };
}

/** What a run of the explorer or the analyzer ended in. */
export type RunEnd = { outcome: string; path: number[] } | { error: string; path: number[] };

/**
 * Play one seeded random run on a runner: the choice stream and ink's RANDOM both come from the
 * seed, so `play --seed S --choices ...` repeats it. `prefix` forces the first choices (analyze's
 * swaps); the stream still advances one draw per choice, so the rest of the run is the same
 * random player.
 */
export function playRun(
  runner: StoryRunner,
  seed: number,
  options: { maxChoices?: number; prefix?: readonly number[]; onChoicePoint?: (step: number) => void } = {},
): RunEnd {
  const maxChoices = options.maxChoices ?? 2_000;
  const prefix = options.prefix ?? [];
  runner.reset(seed);
  const choose = seededRandom(seed);
  const path: number[] = [];
  try {
    runner.continueToChoice();
    while (runner.choices.length > 0) {
      if (path.length >= maxChoices) throw new Error(`the run did not end after ${maxChoices} choices`);
      options.onChoicePoint?.(path.length);
      const drawn = Math.floor(choose() * runner.choices.length);
      const index = path.length < prefix.length ? (prefix[path.length] ?? drawn) : drawn;
      path.push(index);
      runner.choose(index);
      runner.continueToChoice();
    }
    return { outcome: endingOf(runner), path };
  } catch (error) {
    return { error: (error as Error).message, path };
  }
}

/** The rule's outcome; for a story without a rule, its last line (the start of it). */
export function endingOf(runner: StoryRunner): string {
  const outcome = runner.outcome();
  if (outcome !== null) return outcome;
  const words = runner.lastLine.split(/\s+/);
  return `(ends: "${words.slice(0, 8).join(" ")}${words.length > 8 ? "..." : ""}")`;
}

export function explore(compiledJson: string, runnerOptions: RunnerOptions, options: ExploreOptions): ExploreReport {
  const from = options.from ?? 0;
  const to = options.to ?? options.runs;
  const contracts = new ContractTally(contractLines(compiledJson));
  let current = { seed: 0, run: 0 };
  const runner = new StoryRunner(compiledJson, {
    ...runnerOptions,
    keepTranscript: false,
    onContract: (check) => contracts.note(check, current.seed, current.run),
  });
  const map = mapStory(runner);
  const recorder = options.coverage && runner.sourceMap ? new CoverageRecorder(runner, runner.sourceMap) : null;
  const finalStances = emptyStanceTally();
  const reachedKnots = new Set<string>();
  const reachedChoices = new Set<string>();
  const errors = new Map<string, ExploreError>();
  const outcomes: Record<string, number> = {};
  const turns: number[] = [];
  const started = performance.now();
  let played = 0;

  for (let run = from; run < to; run++) {
    if (options.stopOnError && errors.size > 0) break;
    played += 1;
    const seed = runSeed(options.seed, run);
    current = { seed, run };
    const end = playRun(runner, seed, {
      maxChoices: options.maxChoices,
      onChoicePoint: () => {
        for (const choice of runner.story.currentChoices) reachedChoices.add(choice.sourcePath);
      },
    });
    recorder?.endRun();
    if ("outcome" in end) {
      outcomes[end.outcome] = (outcomes[end.outcome] ?? 0) + 1;
      turns.push(end.path.length);
      addFinalStances(finalStances, runner.stances);
    } else {
      const known = errors.get(end.error);
      if (known) known.count += 1;
      else errors.set(end.error, { message: end.error, path: end.path, seed, run, count: 1 });
    }
    for (const knot of map.knots) {
      if (!reachedKnots.has(knot) && (runner.story.state.VisitCountAtPathString(knot) ?? 0) > 0) reachedKnots.add(knot);
    }
    options.onProgress?.(run - from + 1, to - from);
  }

  const place = (path: string): UnreachedPlace => ({ location: runner.place(path), knot: path.split(".")[0] ?? "" });
  const unreachedKnots = map.knots.filter((knot) => !reachedKnots.has(knot)).map(place);
  const unreachedChoices = map.choices.filter((choice) => !reachedChoices.has(choice)).map(place);
  const sum = turns.reduce((total, count) => total + count, 0);
  return finishReport({
    runs: played,
    seed: options.seed,
    storyHash: runner.storyHash,
    elapsedMs: Math.round(performance.now() - started),
    errors: [...errors.values()],
    outcomes,
    knots: { total: map.knots.length, reached: 0, unreached: unreachedKnots },
    choices: { total: map.choices.length, reached: 0, unreached: unreachedChoices },
    turns: {
      min: turns.length ? Math.min(...turns) : 0,
      mean: 0,
      max: turns.length ? Math.max(...turns) : 0,
      sum,
    },
    ...(recorder ? { coverage: recorder.coverage() } : {}),
    contracts: contracts.report(),
    stanceReach: {},
    finalStances,
  });
}

/** Derived fields and a fixed order, so equal reports are equal as text too. */
function finishReport(report: ExploreReport): ExploreReport {
  const finished = report.runs - report.errors.reduce((total, error) => total + error.count, 0);
  return {
    ...report,
    errors: [...report.errors].sort((a, b) => a.run - b.run),
    outcomes: Object.fromEntries(Object.entries(report.outcomes).sort(([a], [b]) => a.localeCompare(b))),
    knots: { ...report.knots, reached: report.knots.total - report.knots.unreached.length },
    choices: { ...report.choices, reached: report.choices.total - report.choices.unreached.length },
    turns: { ...report.turns, mean: finished > 0 ? Math.round((report.turns.sum / finished) * 10) / 10 : 0 },
    stanceReach: stanceReachOf(report.finalStances),
    finalStances: sortedTally(report.finalStances),
  };
}

/** Places unreached in every report: a place any slice reached is reached. */
function intersect(lists: UnreachedPlace[][]): UnreachedPlace[] {
  const [first = [], ...rest] = lists;
  const key = (place: UnreachedPlace) => `${place.location}\u0000${place.knot}`;
  const counts = rest.map((list) => {
    const count = new Map<string, number>();
    for (const place of list) count.set(key(place), (count.get(key(place)) ?? 0) + 1);
    return count;
  });
  return first.filter((place) =>
    counts.every((count) => {
      const left = count.get(key(place)) ?? 0;
      if (left === 0) return false;
      count.set(key(place), left - 1);
      return true;
    }),
  );
}

/**
 * Reports of disjoint slices of the same runs (same story, same base seed) as one report: exactly
 * the report one process playing every run gives, timing aside (elapsedMs is the slowest slice).
 */
export function mergeReports(reports: readonly ExploreReport[]): ExploreReport {
  const [first] = reports;
  if (!first) throw new Error("nothing to merge");
  const errors = new Map<string, ExploreError>();
  const outcomes: Record<string, number> = {};
  for (const report of reports) {
    if (report.seed !== first.seed) throw new Error(`cannot merge reports of seeds ${first.seed} and ${report.seed}`);
    if (report.storyHash !== first.storyHash)
      throw new Error(
        `cannot merge reports of two builds of the story (hashes ${first.storyHash} and ${report.storyHash}): run every shard on the same commit`,
      );
    if (report.knots.total !== first.knots.total || report.choices.total !== first.choices.total)
      throw new Error("cannot merge reports of different stories");
    for (const error of report.errors) {
      const known = errors.get(error.message);
      if (!known) errors.set(error.message, { ...error });
      else {
        const earlier = error.run < known.run ? error : known;
        errors.set(error.message, { ...earlier, count: known.count + error.count });
      }
    }
    for (const [outcome, count] of Object.entries(report.outcomes))
      outcomes[outcome] = (outcomes[outcome] ?? 0) + count;
  }
  const finished = (report: ExploreReport) =>
    report.runs - report.errors.reduce((total, error) => total + error.count, 0);
  const finishedTurns = reports.filter((report) => finished(report) > 0);
  const coverages = reports.flatMap((report) => (report.coverage ? [report.coverage] : []));
  return finishReport({
    runs: reports.reduce((total, report) => total + report.runs, 0),
    seed: first.seed,
    storyHash: first.storyHash,
    elapsedMs: Math.max(...reports.map((report) => report.elapsedMs)),
    errors: [...errors.values()],
    outcomes,
    knots: {
      total: first.knots.total,
      reached: 0,
      unreached: intersect(reports.map((report) => report.knots.unreached)),
    },
    choices: {
      total: first.choices.total,
      reached: 0,
      unreached: intersect(reports.map((report) => report.choices.unreached)),
    },
    turns: {
      min: finishedTurns.length ? Math.min(...finishedTurns.map((report) => report.turns.min)) : 0,
      mean: 0,
      max: Math.max(0, ...reports.map((report) => report.turns.max)),
      sum: reports.reduce((total, report) => total + report.turns.sum, 0),
    },
    // Coverage only when every slice counted it: a sum over some slices would under-report.
    ...(coverages.length === reports.length ? { coverage: mergeCoverage(coverages) } : {}),
    contracts: mergeContractReports(reports.map((report) => report.contracts)),
    stanceReach: {},
    finalStances: mergeStanceTallies(reports.map((report) => report.finalStances)),
  });
}
