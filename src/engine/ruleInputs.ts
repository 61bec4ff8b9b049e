import type { RuleInput } from "./campaign";
import type { DecisionValue } from "./outcome";

/**
 * What the screen shows of the rule's declared inputs (campaign.json `decisions`): each input whose
 * value differs from the one the story starts with, in its display words. A `meter` input marks its
 * character's stance meter; a `ledger` input is a line of the ledger (stance panel, Festival report).
 */
export interface ShownInput {
  id: string;
  label: string;
  shown: RuleInput["shown"];
  /** The character whose meter carries a `meter` input; null for a ledger line. */
  character: string | null;
  value: DecisionValue;
  /** The value in the campaign's words (`values`), or as it is. */
  text: string;
  /** "Liora's trust in you: 2" */
  line: string;
}

export function shownInputs(
  inputs: readonly RuleInput[],
  values: Readonly<Record<string, DecisionValue>>,
  startValues: Readonly<Record<string, DecisionValue>>,
): ShownInput[] {
  return inputs.flatMap((input) => {
    const value = values[input.id];
    if (value === undefined || value === startValues[input.id]) return [];
    const text = input.values?.[String(value)] ?? String(value);
    return [
      {
        id: input.id,
        label: input.label,
        shown: input.shown,
        character: input.character ?? null,
        value,
        text,
        line: `${input.label}: ${text}`,
      },
    ];
  });
}
