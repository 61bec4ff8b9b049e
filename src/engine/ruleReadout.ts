import type { CampaignManifest } from "./campaign.ts";
import type { DecisionValue, OutcomeInput } from "./outcome.ts";
import { compileRule } from "./outcomeRule.ts";

/**
 * What the screen shows of the rule's own numbers, and which clause decided: a counter the rule
 * reads is one the player can see. The cast's mean, the spread and each measure the rule reads
 * are rows beside the characters' meters (the stance panel, the report's "Where everyone stands"),
 * and the report says, under its summary, which condition named the ending and what it read.
 */
export interface RuleGauge {
  /** `mean`, `spread` or a measure's name. */
  name: string;
  label: string;
  /** Where a row is narrow (a phone's strip): "All four", a measure's label up to its first "(" or ":". */
  short: string;
  /** What it is, for its description: "The mean of the four stances". */
  about: string;
  /** The axis: -100..100 for the mean; 0..200 for the spread; a measure's own reach (clamped to its row). */
  min: number;
  max: number;
}

const COUNTS = ["", "", "Both", "All three", "All four", "All five", "All six", "All seven", "All eight"];
const NUMBERS = ["", "", "two", "three", "four", "five", "six", "seven", "eight"];

/** "All four": the cast, named by how many it is. */
function castShort(castSize: number): string {
  return COUNTS[castSize] || "Everyone";
}

/** "All four together": the cast's mean, named by how many it is the mean of. */
export function castMeanLabel(castSize: number): string {
  return `${castShort(castSize)} together`;
}

const READ = "the ending reads it";

/** The rows the rule reads beside the characters: the mean and spread when read, then each measure it reads. */
export function ruleGauges(manifest: CampaignManifest): RuleGauge[] {
  const rule = compileRule(manifest);
  const gauges: RuleGauge[] = [];
  const size = manifest.characters.length;
  const stances = `the ${NUMBERS[size] || ""} stances`.replace("  ", " ");
  if (rule.reads.has("mean"))
    gauges.push({
      name: "mean",
      label: castMeanLabel(size),
      short: castShort(size),
      about: `The mean of ${stances}: ${READ}`,
      min: -100,
      max: 100,
    });
  if (rule.reads.has("spread"))
    gauges.push({
      name: "spread",
      label: "How far apart they stand",
      short: "Apart",
      about: `The furthest apart of ${stances}, 0 to 200: ${READ}`,
      min: 0,
      max: 200,
    });
  for (const measure of rule.measures) {
    if (!rule.reads.has(measure.name)) continue;
    const short = measure.label.split(/\s*[(:]/)[0]?.trim() || measure.label;
    gauges.push({
      name: measure.name,
      label: measure.label,
      short,
      about: `${measure.label}: ${READ}`,
      min: -100,
      max: 100,
    });
  }
  return gauges;
}

/** A value as a row shows it: numbers rounded as the meters round them. */
export function readingText(value: DecisionValue | undefined): string {
  if (typeof value === "number") return Number.isFinite(value) ? String(Math.round(value)) : "none";
  if (typeof value === "boolean") return value ? "yes" : "no";
  return value ?? "";
}

/**
 * Where a gauge's value sits on the meters' axis, drawn -100..100: a gauge of another reach (the
 * spread, 0..200) is placed along it; a value past its reach stops at the end, a non-number at the start.
 */
export function axisPosition(gauge: RuleGauge, value: DecisionValue | undefined): number {
  const number = typeof value === "number" && Number.isFinite(value) ? value : gauge.min;
  const clamped = Math.min(gauge.max, Math.max(gauge.min, number));
  return ((clamped - gauge.min) / (gauge.max - gauge.min)) * 200 - 100;
}

/** The gauges' values now. */
export function gaugeValues(
  manifest: CampaignManifest,
  input: OutcomeInput,
): { gauge: RuleGauge; value: DecisionValue | undefined }[] {
  const values = compileRule(manifest).explain(input).values;
  return ruleGauges(manifest).map((gauge) => ({ gauge, value: values[gauge.name] }));
}

export interface EndingReason {
  /** The condition's name (or the default's) as a sentence. */
  sentence: string;
  /** What it read, each named and valued as the screen shows it ("Eliot Voss: -45"). */
  read: { label: string; text: string }[];
  /** The two together, one line: the playthrough log's. */
  line: string;
}

/** What a default without a name says. */
export const NO_CONDITION_HELD = "None of the other endings' conditions held.";

/** "the night holds" -> "The night holds." */
export function asSentence(name: string): string {
  const trimmed = name.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/**
 * Why the rule named this ending: the first condition that held, or the default (with its name),
 * and the values it read. A default reads what every condition read: those are why none held.
 * A declared input reads in its display words; one still at an empty start value ('' before the
 * story sets it) is nothing the player saw, and is left out.
 */
export function whyThisEnding(manifest: CampaignManifest, input: OutcomeInput): EndingReason {
  const rule = compileRule(manifest);
  const explanation = rule.explain(input);
  const condition = rule.conditions[explanation.decidedBy];
  const names = condition
    ? condition.reads
    : [...new Set(rule.conditions.flatMap((each) => each.reads))].filter((name) => rule.reads.has(name));
  const name = condition ? condition.name : rule.defaultName;
  const gauges = new Map(ruleGauges(manifest).map((gauge) => [gauge.name, gauge.label]));
  const read = names.flatMap((readName) => {
    const value = explanation.values[readName];
    const character = manifest.characters.find((each) => each.id === readName);
    if (character) return [{ label: character.name, text: readingText(value) }];
    const declared = manifest.decisions.find((each) => each.id === readName);
    if (declared) {
      const words = value === undefined ? undefined : declared.values?.[String(value)];
      if (words === undefined && (value === undefined || value === "")) return [];
      return [{ label: declared.label, text: words ?? readingText(value) }];
    }
    const label = gauges.get(readName) ?? (readName === "mean" ? castMeanLabel(manifest.characters.length) : readName);
    return [{ label, text: readingText(value) }];
  });
  const sentence = name === null ? NO_CONDITION_HELD : asSentence(name);
  const values = read.map((each) => `${each.label}: ${each.text}`).join("; ");
  return { sentence, read, line: values === "" ? sentence : `${sentence} (${values})` };
}

/** One step of the way to the ending: "The night" for an outcome the story stored, "Then" for what came of it. */
export interface EndingStep extends EndingReason {
  /** Null when one step decided alone. */
  lead: "The night" | "Then" | null;
}

/**
 * Why this ending, step by step. The story may ask the rule more than once and keep an answer
 * (Neo-Lumen stores the night's outcome at the surge and asks again at the end): when the clause
 * that decided reads a kept answer, the call that gave it is found among the earlier asks, and its
 * own clause, with the values it read then, comes first. A clause that only passes the kept answer
 * through (`outcomeFrom`) adds nothing the player needs, so the night's clause stands alone; one
 * that turned it is the "Then" after it.
 */
export function whyThisEndingSteps(
  manifest: CampaignManifest,
  final: OutcomeInput,
  asked: readonly OutcomeInput[] = [],
): EndingStep[] {
  const steps = decidingInputs(manifest, final, asked);
  return steps.map(({ input, given }, index) => {
    const reason = whyThisEnding(manifest, input);
    // What the step before decided is said there: its stored value is not read out again.
    const label = manifest.decisions.find((declared) => declared.id === given)?.label;
    const read = reason.read.filter((each) => each.label !== label);
    const values = read.map((each) => `${each.label}: ${each.text}`).join("; ");
    return {
      sentence: reason.sentence,
      read,
      line: values === "" ? reason.sentence : `${reason.sentence} (${values})`,
      lead: steps.length === 1 ? null : index === 0 ? "The night" : "Then",
    };
  });
}

/**
 * The rule's inputs that decided, earliest first: the final one alone, or the kept answer's before
 * it, with the name of the input the step before gave it.
 */
function decidingInputs(
  manifest: CampaignManifest,
  final: OutcomeInput,
  asked: readonly OutcomeInput[],
): { input: OutcomeInput; given?: string }[] {
  const rule = compileRule(manifest);
  const explanation = rule.explain(final);
  const condition = rule.conditions[explanation.decidedBy];
  const reads = condition ? condition.reads : [...rule.reads];
  for (const name of reads) {
    const kept = final.decisions[name];
    if (typeof kept !== "string" || !manifest.outcomes.some((outcome) => outcome.id === kept)) continue;
    // The ask that gave it: the last before this one that named it while the input did not yet hold it.
    let index = asked.length - 1;
    while (index >= 0 && !gave(asked[index], name, kept)) index -= 1;
    const giver = asked[index];
    if (!giver) continue;
    const earlier = decidingInputs(manifest, giver, asked.slice(0, index));
    return condition?.outcomeFrom === name ? earlier : [...earlier, { input: final, given: name }];
  }
  return [{ input: final }];

  function gave(input: OutcomeInput | undefined, name: string, kept: string): boolean {
    return input !== undefined && input.decisions[name] !== kept && rule.decide(input) === kept;
  }
}
