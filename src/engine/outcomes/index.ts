import type { OutcomeRule } from "../outcome";
import { neoLumenOutcome } from "./neoLumen";

/** The festival outcome rule of each campaign, by campaign id. */
export const outcomeRules: Readonly<Record<string, OutcomeRule>> = {
  "neo-lumen": neoLumenOutcome,
};
