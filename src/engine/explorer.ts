import type { Container } from "inkjs/engine/Container";
import { declaredExternals, type RunnerOptions, StoryRunner } from "./storyRunner";

/**
 * Seeded random playthroughs, as ChoiceScript's randomtest: which knots and choices no run
 * reached, how often each outcome happens, and every runtime error with the exact choice path
 * that reproduces it. The same seed gives the same report.
 */
export interface ExploreOptions {
  runs: number;
  seed: number;
  /** A run that takes more choices than this is reported as an error (a loop with no way out). */
  maxChoices?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface ExploreError {
  message: string;
  /** Choice indices from the start: `play --choices` replays them. */
  path: number[];
  /** How many runs hit the same message. */
  count: number;
}

export interface ExploreReport {
  runs: number;
  seed: number;
  elapsedMs: number;
  errors: ExploreError[];
  outcomes: Record<string, number>;
  knots: { total: number; reached: number; unreached: string[] };
  choices: { total: number; reached: number; unreached: string[] };
  turns: { min: number; mean: number; max: number };
}

/** mulberry32: a small seeded PRNG, so runs repeat exactly from their seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface StoryMap {
  /** Knots and stitches by path ("knot" or "knot.stitch"); functions are left out. */
  knots: string[];
  /** Source paths of every choice point. */
  choices: string[];
}

/** Walk the compiled story for its knots, stitches and choice points. */
export function mapStory(runner: StoryRunner): StoryMap {
  const knots: string[] = [];
  const choices: string[] = [];
  const walk = (container: Container) => {
    for (const item of container.content) {
      if ((item as { pathOnChoice?: unknown }).pathOnChoice !== undefined)
        choices.push(String((item as Container).path));
      if (item && (item as Container).content !== undefined) walk(item as Container);
    }
    for (const [, named] of container.namedContent) walk(named as Container);
  };
  // The ink stand-ins for bound external functions never run by design; they are not story knots.
  const externals = declaredExternals(runner.compiledJson);
  for (const [name, knot] of runner.story.mainContentContainer.namedContent) {
    const container = knot as Container;
    if (name === "global decl" || externals.has(name)) continue;
    knots.push(name);
    for (const [stitch] of container.namedContent) {
      if (!/^(?:[cg]-\d+|s|\$.*)$/.test(stitch)) knots.push(`${name}.${stitch}`);
    }
    walk(container);
  }
  return { knots, choices };
}

export function explore(compiledJson: string, runnerOptions: RunnerOptions, options: ExploreOptions): ExploreReport {
  const maxChoices = options.maxChoices ?? 2_000;
  const random = seededRandom(options.seed);
  const runner = new StoryRunner(compiledJson, { ...runnerOptions, keepTranscript: false });
  const map = mapStory(runner);
  const reachedKnots = new Set<string>();
  const reachedChoices = new Set<string>();
  const errors = new Map<string, ExploreError>();
  const outcomes: Record<string, number> = {};
  const turns: number[] = [];
  const started = performance.now();

  for (let run = 0; run < options.runs; run++) {
    const runSeed = Math.floor(random() * 2 ** 31);
    runner.reset(runSeed % 100_000);
    const choose = seededRandom(runSeed);
    const path: number[] = [];
    try {
      runner.continueToChoice();
      while (runner.choices.length > 0) {
        if (path.length >= maxChoices) throw new Error(`the run did not end after ${maxChoices} choices`);
        for (const choice of runner.story.currentChoices) reachedChoices.add(choice.sourcePath);
        const index = Math.floor(choose() * runner.choices.length);
        path.push(index);
        runner.choose(index);
        runner.continueToChoice();
      }
      const outcome = runner.outcome() ?? "(ended)";
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      turns.push(path.length);
    } catch (error) {
      const message = (error as Error).message;
      const known = errors.get(message);
      if (known) known.count += 1;
      else errors.set(message, { message, path, count: 1 });
    }
    for (const knot of map.knots) {
      if (!reachedKnots.has(knot) && (runner.story.state.VisitCountAtPathString(knot) ?? 0) > 0) reachedKnots.add(knot);
    }
    options.onProgress?.(run + 1, options.runs);
  }

  const elapsedMs = Math.round(performance.now() - started);
  const unreachedChoices = map.choices.filter((choice) => !reachedChoices.has(choice));
  return {
    runs: options.runs,
    seed: options.seed,
    elapsedMs,
    errors: [...errors.values()],
    outcomes,
    knots: {
      total: map.knots.length,
      reached: map.knots.length - map.knots.filter((knot) => !reachedKnots.has(knot)).length,
      unreached: map.knots.filter((knot) => !reachedKnots.has(knot)),
    },
    choices: {
      total: map.choices.length,
      reached: map.choices.length - unreachedChoices.length,
      unreached: unreachedChoices,
    },
    turns: {
      min: turns.length ? Math.min(...turns) : 0,
      mean: turns.length ? Math.round((turns.reduce((a, b) => a + b, 0) / turns.length) * 10) / 10 : 0,
      max: turns.length ? Math.max(...turns) : 0,
    },
  };
}
