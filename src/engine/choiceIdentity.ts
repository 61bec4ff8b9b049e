import { knotOfPath, type RunnerOptions, type StoryChoice, StoryRunner, type TakenChoice } from "./storyRunner";

/**
 * Replaying a choice log on a story that may have been edited since it was written. Each logged
 * choice carries its index, its words and its ink target path; an edit changes at most some of
 * them, so a logged choice is found among the options offered by, in order:
 * - `same`: the same target and the same words;
 * - `moved`: the same words elsewhere (an option added before it renumbers the paths after it);
 * - `reworded`: the same target with other words (a writer fixed the option's text);
 * - `position`: the same place in the same knot, when neither words nor target still match.
 * Where the story asks a choice the log does not have (a scene added), the first option after which
 * the log goes on is taken for the player; where the log has a choice the story no longer asks, it
 * is passed over when the next one fits. Where nothing fits, the replay stops: what came before
 * still stands, which is the furthest point the log still replays to.
 */
export type Match = "same" | "moved" | "reworded" | "position";

export interface ReplayedStep {
  /** The option taken. */
  chosen: StoryChoice;
  /** How it was found, or `inserted` for a choice the log does not have, taken for the player. */
  how: Match | "inserted";
}

export interface IdentityReplay {
  runner: StoryRunner;
  steps: ReplayedStep[];
  /** Logged choices replayed. */
  kept: number;
  total: number;
  /** Logged choices the story no longer asks, passed over. */
  passedOver: TakenChoice[];
  /** The first logged choice that found no place, or null when the whole log replayed. */
  stoppedAt: { step: number; choice: TakenChoice; why: string } | null;
}

/** Where a logged choice is among the options offered, and how it was recognised; null when it is not. */
export function findLogged(offered: readonly StoryChoice[], logged: TakenChoice): ReplayedStep | null {
  const withText = offered.filter((choice) => choice.text === logged.text);
  const same = withText.find((choice) => logged.target === undefined || choice.target === logged.target);
  if (same) return { chosen: same, how: "same" };
  const [moved, ...others] = withText;
  if (moved && others.length === 0) return { chosen: moved, how: "moved" };
  if (logged.target === undefined) return null;
  const reworded = offered.find((choice) => choice.target === logged.target);
  if (reworded) return { chosen: reworded, how: "reworded" };
  const atIndex = offered[logged.index];
  if (atIndex?.target && knotOfPath(atIndex.target) === knotOfPath(logged.target)) {
    return { chosen: atIndex, how: "position" };
  }
  return null;
}

/** A match by the words: certain enough to pass a choice over or take a new one for the player. */
function firm(step: ReplayedStep | null): boolean {
  return step !== null && (step.how === "same" || step.how === "moved");
}

/** Play indices from the top on a fresh runner; a story error on the way throws. */
function playIndices(compiledJson: string, options: RunnerOptions, indices: readonly number[]): StoryRunner {
  const runner = new StoryRunner(compiledJson, options);
  runner.continueToChoice();
  for (const index of indices) {
    runner.choose(index);
    runner.continueToChoice();
  }
  return runner;
}

export function replayByIdentity(
  compiledJson: string,
  options: RunnerOptions,
  log: readonly TakenChoice[],
): IdentityReplay {
  let runner = new StoryRunner(compiledJson, options);
  const steps: ReplayedStep[] = [];
  const passedOver: TakenChoice[] = [];
  let kept = 0;
  let stoppedAt: IdentityReplay["stoppedAt"] = null;
  const take = (step: ReplayedStep) => {
    runner.choose(step.chosen.index);
    runner.continueToChoice();
    steps.push(step);
  };
  let next = 0;
  try {
    runner.continueToChoice();
    while (next < log.length) {
      const logged = log[next] as TakenChoice;
      const found = findLogged(runner.choices, logged);
      if (found) {
        take(found);
        kept += 1;
        next += 1;
        continue;
      }
      const following = log[next + 1];
      if (following && firm(findLogged(runner.choices, following))) {
        passedOver.push(logged);
        next += 1;
        continue;
      }
      const inserted = newChoiceBefore(compiledJson, options, steps, runner.choices, logged);
      if (inserted) {
        take({ chosen: inserted, how: "inserted" });
        continue;
      }
      stoppedAt = {
        step: next,
        choice: logged,
        why: runner.ended ? "the story now ends before it" : "the story no longer offers it",
      };
      break;
    }
  } catch (error) {
    // The story failed on the way (a runtime error in an edited scene): go back to the last choice that stood.
    const failedAt = log[next];
    runner = playIndices(
      compiledJson,
      options,
      steps.map((step) => step.chosen.index),
    );
    kept = steps.filter((step) => step.how !== "inserted").length;
    stoppedAt = failedAt
      ? { step: kept, choice: failedAt, why: `the story failed there (${(error as Error).message})` }
      : null;
  }
  return { runner, steps, kept, total: log.length, passedOver, stoppedAt };
}

/**
 * A choice the story asks that the log does not have: the first option after which the logged
 * choice is offered (by its words). Each option is tried on a fresh replay, which is cheap beside
 * how rarely a story gains a choice.
 */
function newChoiceBefore(
  compiledJson: string,
  options: RunnerOptions,
  steps: readonly ReplayedStep[],
  offered: readonly StoryChoice[],
  logged: TakenChoice,
): StoryChoice | null {
  const before = steps.map((step) => step.chosen.index);
  const probeOptions = { ...options, keepTranscript: false };
  for (const option of offered) {
    try {
      const probe = playIndices(compiledJson, probeOptions, [...before, option.index]);
      if (firm(findLogged(probe.choices, logged))) return option;
    } catch {
      // this option leads into an error: try the next
    }
  }
  return null;
}
