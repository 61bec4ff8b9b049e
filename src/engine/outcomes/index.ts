import type { OutcomeRule } from "../outcome";
import { neoLumenOutcome } from "./neoLumen";
import { neoUnityOutcome } from "./neoUnity";

/** The festival outcome rule of each campaign, by campaign id. */
export const outcomeRules: Readonly<Record<string, OutcomeRule>> = {
  "neo-lumen": neoLumenOutcome,
  "neo-unity": neoUnityOutcome,
};
