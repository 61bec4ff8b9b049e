import * as z from "zod/mini";
import "./schemaMessages.ts";
import type { StoryChoice, StoryRunner } from "./storyRunner";

/**
 * Playthrough scripts (tests/playthroughs/*.json): choices named by text, regex or index, and
 * expectations about text, stances and outcome. Documented in tests/playthroughs/README.md.
 */
const rangeSchema = z.strictObject({ min: z.optional(z.number()), max: z.optional(z.number()) }).check(
  z.refine((range) => range.min !== undefined || range.max !== undefined, "a range needs min or max"),
  z.refine((range) => range.min === undefined || range.max === undefined || range.min <= range.max, {
    error: (issue) => {
      const range = issue.input as { min: number; max: number };
      return `no stance can be in this range: min ${range.min} is above max ${range.max}`;
    },
  }),
);
const stanceRangesSchema = z.record(z.string(), rangeSchema);

const STEP_SHAPES = '{"choose": text, /regex/ or index}, {"see": text} or {"stances": {id: {min, max}}}';
const stepSchema = z.union(
  [
    z.strictObject({ choose: z.union([z.string().check(z.minLength(1)), z.int().check(z.gte(0))]) }),
    z.strictObject({ see: z.string().check(z.minLength(1)) }),
    z.strictObject({ stances: stanceRangesSchema }),
  ],
  { error: (issue) => `a step is ${STEP_SHAPES}, not ${JSON.stringify(issue.input)}` },
);

export const playthroughScriptSchema = z.strictObject({
  story: z.string().check(z.minLength(1)),
  title: z.optional(z.string()),
  /** The compiled story the script was recorded on (the game's playthrough log sets it). */
  storyHash: z.optional(z.string()),
  steps: z.array(stepSchema),
  /** After the steps, "first" keeps taking the first choice to the end ("then" would make scripts thenable). */
  finish: z.optional(z.enum(["first", "stop"])),
  expect: z.optional(
    z.strictObject({
      ended: z.optional(z.boolean()),
      outcome: z.optional(z.string()),
      stances: z.optional(stanceRangesSchema),
      see: z.optional(z.array(z.string())),
    }),
  ),
});

export type PlaythroughScript = z.infer<typeof playthroughScriptSchema>;
export type PlaythroughStep = PlaythroughScript["steps"][number];
type StanceRanges = z.infer<typeof stanceRangesSchema>;

/** ["steps", 2, "choose"] -> "steps[2].choose" */
function fieldPath(path: readonly PropertyKey[]): string {
  const text = path.map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`)).join("");
  return text.replace(/^\./, "") || "(root)";
}

export function parsePlaythroughScript(data: unknown, source = "playthrough script"): PlaythroughScript {
  const result = playthroughScriptSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${fieldPath(issue.path)}: ${issue.message}`);
    throw new Error(`${source} is not a valid playthrough script:\n  ${problems.join("\n  ")}`);
  }
  return result.data;
}

export interface PlaythroughFailure {
  /** 1-based step number, or "expect" for the final expectations. */
  step: number | "expect";
  message: string;
  /** The last lines of the transcript before the failure. */
  context: string[];
}

export interface PlaythroughResult {
  failures: PlaythroughFailure[];
  /** Choice indices taken, in order: `play --choices` replays them. */
  path: number[];
  outcome: string | null;
  ended: boolean;
}

/** Most choices `finish: "first"` may take, so a looping story fails instead of hanging. */
const FIRST_CHOICE_LIMIT = 5_000;

/**
 * The choices a step names: an index, /regex/flags, or a case-insensitive substring. A text that is
 * exactly one choice's whole text names that choice even when it is part of another.
 */
export function matchingChoices(choices: readonly StoryChoice[], wanted: string | number): StoryChoice[] {
  if (typeof wanted === "number") return choices[wanted] ? [choices[wanted]] : [];
  const regex = /^\/(.+)\/([a-z]*)$/.exec(wanted);
  if (regex?.[1]) {
    const pattern = new RegExp(regex[1], regex[2]);
    return choices.filter((choice) => pattern.test(choice.text));
  }
  const needle = wanted.toLowerCase();
  const exact = choices.filter((choice) => choice.text.toLowerCase() === needle);
  return exact.length === 1 ? exact : choices.filter((choice) => choice.text.toLowerCase().includes(needle));
}

/** The one choice a step names, or undefined when it names none or several. */
export function matchChoice(choices: readonly StoryChoice[], wanted: string | number): StoryChoice | undefined {
  const found = matchingChoices(choices, wanted);
  return found.length === 1 ? found[0] : undefined;
}

function checkRanges(stances: Readonly<Record<string, number>>, ranges: StanceRanges): string[] {
  const problems: string[] = [];
  for (const [character, range] of Object.entries(ranges)) {
    const value = stances[character];
    if (value === undefined) problems.push(`no character "${character}"`);
    else if (range.min !== undefined && value < range.min)
      problems.push(`${character} is ${value}, below ${range.min}`);
    else if (range.max !== undefined && value > range.max)
      problems.push(`${character} is ${value}, above ${range.max}`);
  }
  return problems;
}

/** Run a script on a fresh runner (already created, not yet continued). */
export function runPlaythrough(runner: StoryRunner, script: PlaythroughScript): PlaythroughResult {
  const failures: PlaythroughFailure[] = [];
  const path: number[] = [];
  let seenFrom = 0;
  const context = () =>
    runner.transcript.slice(-6).map((line) => (line.speaker ? `${line.speaker}: ${line.text}` : line.text));
  const fail = (step: number | "expect", message: string) => failures.push({ step, message, context: context() });
  const take = (index: number) => {
    seenFrom = runner.transcript.length;
    path.push(index);
    runner.choose(index);
    runner.continueToChoice();
  };

  const outcomes = runner.manifest?.outcomes.map((outcome) => outcome.id) ?? null;
  if (script.expect?.outcome !== undefined && outcomes && !outcomes.includes(script.expect.outcome)) {
    fail("expect", `"${script.expect.outcome}" is not an outcome of this story (outcomes: ${outcomes.join(", ")})`);
    return { failures, path, outcome: null, ended: false };
  }
  try {
    runner.continueToChoice();
    for (const [position, step] of script.steps.entries()) {
      const number = position + 1;
      if ("choose" in step) {
        const found = matchingChoices(runner.choices, step.choose);
        const choice = found[0];
        if (found.length > 1) {
          fail(
            number,
            `${JSON.stringify(step.choose)} matches ${found.length} choices: ${found.map((c) => `"${c.text}"`).join(", ")}; name one more exactly`,
          );
          break;
        }
        if (!choice) {
          const offered = runner.choices.map((c) => `"${c.text}"`).join(", ") || "none (the story has ended)";
          fail(number, `no choice matches ${JSON.stringify(step.choose)}; offered: ${offered}`);
          break;
        }
        take(choice.index);
      } else if ("see" in step) {
        const needle = step.see.toLowerCase();
        const seen = runner.transcript.slice(seenFrom).some((line) => line.text.toLowerCase().includes(needle));
        if (!seen) fail(number, `expected to see "${step.see}" since the last choice`);
      } else {
        for (const problem of checkRanges(runner.stances, step.stances)) fail(number, problem);
      }
    }
    if (failures.length === 0 && script.finish === "first") {
      for (let taken = 0; runner.choices.length > 0; taken++) {
        if (taken >= FIRST_CHOICE_LIMIT) {
          fail("expect", `still not ended after ${FIRST_CHOICE_LIMIT} first choices`);
          break;
        }
        take(0);
      }
    }
  } catch (error) {
    fail(path.length + 1, `the story failed: ${(error as Error).message}`);
  }

  const outcome = runner.ended ? runner.outcome() : null;
  const expect = script.expect;
  if (expect && failures.length === 0) {
    if (expect.ended !== undefined && expect.ended !== runner.ended) {
      fail("expect", expect.ended ? "expected the story to have ended" : "expected the story to still be going");
    }
    if (expect.outcome !== undefined) {
      const now = outcome ?? runner.outcome();
      if (now !== expect.outcome) fail("expect", `expected outcome "${expect.outcome}", got "${now}"`);
    }
    if (expect.stances) for (const problem of checkRanges(runner.stances, expect.stances)) fail("expect", problem);
    for (const needle of expect.see ?? []) {
      if (!runner.transcript.some((line) => line.text.toLowerCase().includes(needle.toLowerCase()))) {
        fail("expect", `expected to see "${needle}" somewhere in the playthrough`);
      }
    }
  }
  return { failures, path, outcome, ended: runner.ended };
}
