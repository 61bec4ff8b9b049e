import * as z from "zod/mini";
import { findLogged } from "../engine/choiceIdentity";
import { type RunnerOptions, StoryRunner, type TakenChoice } from "../engine/storyRunner";

/**
 * A way on from a save that cannot be restored: start the last act it reached again. The save's
 * choice log is read loosely (the rest of the save may be what is damaged) and replayed on the
 * current story one choice at a time, noting where each act began; the replay stops where the
 * log stops fitting, so even a save from an older story restarts at the last act that still fits.
 */
export interface ActRestart {
  /** The choices that lead to the start of that act. */
  choices: TakenChoice[];
  act: number | null;
}

/** What a damaged save may still tell, field by field: a field that is damaged too reads as absent. */
const looseSaveSchema = z.object({
  campaign: z.catch(z.optional(z.string()), undefined),
  choicesTaken: z.catch(z.optional(z.array(z.unknown())), undefined),
});
const loggedChoiceSchema = z.object({
  index: z.int().check(z.gte(0)),
  text: z.string(),
  target: z.optional(z.string()),
});

function looseSave(text: string | null): z.infer<typeof looseSaveSchema> | null {
  if (text === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const read = looseSaveSchema.safeParse(data);
  return read.success ? read.data : null;
}

/** The choice log of a save, as far as it can be read (up to its first damaged entry); null when none can. */
export function looseChoiceLog(text: string | null): TakenChoice[] | null {
  const log = looseSave(text)?.choicesTaken;
  if (!log) return null;
  const choices: TakenChoice[] = [];
  for (const entry of log) {
    const choice = loggedChoiceSchema.safeParse(entry);
    if (!choice.success) break;
    const { index, text: words, target } = choice.data;
    choices.push(target === undefined ? { index, text: words } : { index, text: words, target });
  }
  return choices;
}

/** The campaign a damaged save names, if it names one we know. */
export function looseCampaign(text: string | null, known: readonly string[]): string | null {
  const campaign = looseSave(text)?.campaign;
  return campaign !== undefined && known.includes(campaign) ? campaign : null;
}

/** Null when the log reaches no act after the first (starting again is then a new game). */
export function planActRestart(
  compiledJson: string,
  options: RunnerOptions,
  choices: readonly TakenChoice[],
): ActRestart | null {
  let boundary = 0;
  let boundaryAct: number | null = null;
  try {
    const runner = new StoryRunner(compiledJson, { ...options, keepTranscript: false });
    runner.continueToChoice();
    let act = runner.staging.act;
    for (const [step, taken] of choices.entries()) {
      const offered = findLogged(runner.choices, taken);
      if (!offered) break;
      runner.choose(offered.chosen.index);
      runner.continueToChoice();
      if (runner.staging.act !== act) {
        act = runner.staging.act;
        boundary = step + 1;
        boundaryAct = act;
      }
    }
  } catch {
    // A story that fails partway still leaves the last act boundary found before the failure.
  }
  if (boundary === 0) return null;
  return { choices: choices.slice(0, boundary), act: boundaryAct };
}
