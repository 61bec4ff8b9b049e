import jsep from "jsep";
import * as z from "zod/mini";
import { type DecisionValue, meanStance, type OutcomeInput, stanceSpread } from "./outcome.ts";

/**
 * The festival outcome rule as data (the `rule` key of stories/<id>/campaign.json): named measures,
 * an ordered list of named conditions, and a default. The first condition whose `when` holds names
 * the outcome. Expressions are parsed by jsep (no eval: the game runs under a strict CSP) and
 * checked against the manifest when it is read, so a misspelt name fails with file and field.
 */
const MEASURE_SHAPE =
  'a measure is { "label": "…", "expression": "…" }: the label is how the stance panel and the report name it';
const measureSchema = z.strictObject(
  { label: z.string().check(z.minLength(1)), expression: z.string().check(z.minLength(1)) },
  // The old form, a bare expression, had no label: say what it should be rather than "expected object".
  { error: (issue) => (typeof issue.input === "string" ? MEASURE_SHAPE : undefined) },
);

/** The outcome when no condition holds: an id, or an id with a name the report gives as the reason. */
const defaultSchema = z.union([
  z.string().check(z.minLength(1)),
  z.strictObject({ outcome: z.string().check(z.minLength(1)), name: z.string().check(z.minLength(1)) }),
]);

export const outcomeRuleSchema = z.object({
  measures: z.optional(z.record(z.string().check(z.regex(/^[a-z_][a-z0-9_]*$/i)), measureSchema)),
  conditions: z.array(
    z
      .object({
        name: z.string().check(z.minLength(1)),
        when: z.string().check(z.minLength(1)),
        outcome: z.optional(z.string()),
        outcomeFrom: z.optional(z.string()),
      })
      .check(
        z.refine(
          (condition) => (condition.outcome === undefined) !== (condition.outcomeFrom === undefined),
          "give exactly one of outcome and outcomeFrom",
        ),
      ),
  ),
  default: defaultSchema,
});

export type OutcomeRuleData = z.infer<typeof outcomeRuleSchema>;

/** What a rule needs to know of its manifest: the names it may use and the outcomes it may name. */
export interface RuleContext {
  rule: OutcomeRuleData;
  characters: readonly { id: string }[];
  /** The declared rule inputs (ink variables) the rule may read. */
  decisions: readonly { id: string }[];
  outcomes: readonly { id: string }[];
}

type Value = DecisionValue | undefined;
type Scope = (name: string) => Value;
type Evaluate = (scope: Scope) => Value;

export interface RuleComparison {
  /** Index of the condition the comparison belongs to. */
  condition: number;
  /** The comparison as written, e.g. `maris <= -30`. */
  text: string;
  left: Value;
  op: string;
  right: Value;
  held: boolean;
}

export interface RuleExplanation {
  outcome: string;
  /** Index of the condition that named the outcome, or -1 for the default. */
  decidedBy: number;
  /** Whether each condition held on its own (whatever came before it). */
  held: boolean[];
  measures: Record<string, Value>;
  /** Every name's value as the rule read it: stances, mean, spread, declared inputs, measures. */
  values: Record<string, Value>;
  comparisons: RuleComparison[];
}

export interface CompiledRule {
  conditions: {
    name: string;
    outcome: string | null;
    outcomeFrom: string | null;
    when: string;
    /** The names its `when` and `outcomeFrom` read, in the order written (a measure by its own name). */
    reads: string[];
  }[];
  default: string;
  /** What the report says when no condition held; null when the default has no name. */
  defaultName: string | null;
  measures: { name: string; label: string; expression: string }[];
  /** Every name the rule reads, through its measures too (a measure and what it reads), in manifest order. */
  reads: ReadonlySet<string>;
  decide(input: OutcomeInput): string;
  explain(input: OutcomeInput): RuleExplanation;
}

jsep.addBinaryOp("and", 2);
jsep.addBinaryOp("or", 1);
jsep.addUnaryOp("not");

const COMPARISONS = new Set(["<", "<=", ">", ">=", "==", "!="]);
const ARITHMETIC = new Set(["+", "-", "*", "/"]);
const LOGIC: Record<string, "and" | "or"> = { and: "and", "&&": "and", or: "or", "||": "or" };
const PRECEDENCE: Record<string, number> = { or: 1, and: 2, "==": 6, "!=": 6, "<": 7, "<=": 7, ">": 7, ">=": 7 };
const BUILT_IN_MEASURES = ["mean", "spread"] as const;

class RuleError extends Error {}

/** Only `true` is true: a missing decision or a number never holds a condition by accident. */
const truthy = (value: Value) => value === true;

function compare(op: string, left: Value, right: Value): boolean {
  if (op === "==") return left === right;
  if (op === "!=") return left !== right;
  if (typeof left !== "number" || typeof right !== "number") return false;
  if (op === "<") return left < right;
  if (op === "<=") return left <= right;
  if (op === ">") return left > right;
  return left >= right;
}

function arithmetic(op: string, left: Value, right: Value): number {
  if (typeof left !== "number" || typeof right !== "number") return Number.NaN;
  if (op === "+") return left + right;
  if (op === "-") return left - right;
  if (op === "*") return left * right;
  return left / right;
}

function parse(source: string): jsep.Expression {
  try {
    return jsep(source);
  } catch (error) {
    throw new RuleError(`cannot read "${source}": ${(error as Error).message}`);
  }
}

/** The expression as a writer would write it, with the word operators. */
export function formatExpression(node: jsep.Expression, parentPrecedence = 0): string {
  switch (node.type) {
    case "Literal": {
      const value = (node as jsep.Literal).value;
      return typeof value === "string" ? `'${value}'` : String(value);
    }
    case "Identifier":
      return (node as jsep.Identifier).name;
    case "UnaryExpression": {
      const unary = node as jsep.UnaryExpression;
      const op = unary.operator === "!" ? "not" : unary.operator;
      return `${op}${op === "not" ? " " : ""}${formatExpression(unary.argument, 10)}`;
    }
    case "BinaryExpression": {
      const binary = node as jsep.BinaryExpression;
      const op = LOGIC[binary.operator] ?? binary.operator;
      const precedence = PRECEDENCE[op] ?? (op === "+" || op === "-" ? 9 : 10);
      const text = `${formatExpression(binary.left, precedence)} ${op} ${formatExpression(binary.right, precedence + 1)}`;
      return precedence < parentPrecedence ? `(${text})` : text;
    }
    case "ConditionalExpression": {
      const conditional = node as jsep.ConditionalExpression;
      const text = `${formatExpression(conditional.test, 1)} ? ${formatExpression(conditional.consequent)} : ${formatExpression(conditional.alternate)}`;
      return parentPrecedence > 0 ? `(${text})` : text;
    }
    default:
      return node.type;
  }
}

interface Compiler {
  known: Set<string>;
  /** The names the expression reads, collected as it compiles. */
  reads?: Set<string>;
  /** Where the comparisons of a condition are collected, if they are being collected. */
  comparisons?: { text: string; op: string; left: Evaluate; right: Evaluate }[];
}

function compileNode(node: jsep.Expression, compiler: Compiler): Evaluate {
  switch (node.type) {
    case "Literal": {
      const value = (node as jsep.Literal).value;
      if (typeof value !== "number" && typeof value !== "string" && typeof value !== "boolean") {
        throw new RuleError(`"${String(value)}" is not a number, a 'string', true or false`);
      }
      return () => value;
    }
    case "Identifier": {
      const name = (node as jsep.Identifier).name;
      if (name === "true" || name === "false") return () => name === "true";
      if (!compiler.known.has(name))
        throw new RuleError(
          `unknown name "${name}" (not a stance, mean or spread, a measure, nor an input declared in decisions)`,
        );
      compiler.reads?.add(name);
      return (scope) => scope(name);
    }
    case "UnaryExpression": {
      const unary = node as jsep.UnaryExpression;
      const argument = compileNode(unary.argument, compiler);
      if (unary.operator === "-") return (scope) => arithmetic("-", 0, argument(scope));
      if (unary.operator === "!" || unary.operator === "not") return (scope) => !truthy(argument(scope));
      throw new RuleError(`unknown operator "${unary.operator}"`);
    }
    case "BinaryExpression": {
      const binary = node as jsep.BinaryExpression;
      const op = LOGIC[binary.operator] ?? binary.operator;
      const left = compileNode(binary.left, compiler);
      const right = compileNode(binary.right, compiler);
      if (op === "and") return (scope) => truthy(left(scope)) && truthy(right(scope));
      if (op === "or") return (scope) => truthy(left(scope)) || truthy(right(scope));
      if (ARITHMETIC.has(op)) return (scope) => arithmetic(op, left(scope), right(scope));
      if (COMPARISONS.has(op)) {
        compiler.comparisons?.push({ text: formatExpression(binary), op, left, right });
        return (scope) => compare(op, left(scope), right(scope));
      }
      throw new RuleError(`unknown operator "${binary.operator}"`);
    }
    case "ConditionalExpression": {
      const conditional = node as jsep.ConditionalExpression;
      const test = compileNode(conditional.test, compiler);
      const consequent = compileNode(conditional.consequent, compiler);
      const alternate = compileNode(conditional.alternate, compiler);
      return (scope) => (truthy(test(scope)) ? consequent(scope) : alternate(scope));
    }
    default:
      throw new RuleError(`"${formatExpression(node)}" is not part of the rule language`);
  }
}

export interface RuleProblem {
  /** Zod-style path inside the manifest, e.g. ["rule", "conditions", 2, "when"]. */
  path: (string | number)[];
  message: string;
}

function build(context: RuleContext, problems: RuleProblem[] | null): CompiledRule {
  const { rule } = context;
  const fail = (path: (string | number)[], message: string) => {
    if (problems) problems.push({ path: ["rule", ...path], message });
    else throw new Error(`rule.${path.join(".")}: ${message}`);
  };
  const outcomeIds = new Set(context.outcomes.map((outcome) => outcome.id));
  const characterIds = context.characters.map((character) => character.id);
  const inputIds = context.decisions.map((input) => input.id);
  const known = new Set<string>([...characterIds, ...inputIds, ...BUILT_IN_MEASURES]);

  const measures: { name: string; label: string; expression: string; evaluate: Evaluate; reads: Set<string> }[] = [];
  for (const [name, { label, expression }] of Object.entries(rule.measures ?? {})) {
    if (known.has(name)) {
      fail(["measures", name], `"${name}" is already a character, a decision or a built-in measure`);
      continue;
    }
    try {
      const reads = new Set<string>();
      measures.push({ name, label, expression, reads, evaluate: compileNode(parse(expression), { known, reads }) });
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      fail(["measures", name, "expression"], error.message);
    }
    // A measure may use the measures before it, never itself or a later one.
    known.add(name);
  }

  const conditions = rule.conditions.map((condition, index) => {
    const comparisons: NonNullable<Compiler["comparisons"]> = [];
    const reads = new Set<string>();
    let when: Evaluate = () => false;
    try {
      when = compileNode(parse(condition.when), { known, comparisons, reads });
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      fail(["conditions", index, "when"], error.message);
    }
    if (condition.outcome !== undefined && !outcomeIds.has(condition.outcome)) {
      fail(["conditions", index, "outcome"], `"${condition.outcome}" is not one of the outcomes`);
    }
    if (condition.outcomeFrom !== undefined && !inputIds.includes(condition.outcomeFrom)) {
      fail(["conditions", index, "outcomeFrom"], `"${condition.outcomeFrom}" is not one of the decisions`);
    }
    if (condition.outcomeFrom !== undefined) reads.add(condition.outcomeFrom);
    return { ...condition, evaluate: when, comparisons, reads };
  });
  const defaultOutcome = typeof rule.default === "string" ? rule.default : rule.default.outcome;
  if (!outcomeIds.has(defaultOutcome)) {
    fail(
      typeof rule.default === "string" ? ["default"] : ["default", "outcome"],
      `"${defaultOutcome}" is not one of the outcomes`,
    );
  }

  // What the rule reads, a measure's ingredients with it: what the screen must show.
  const reads = new Set<string>();
  const read = (name: string) => {
    if (reads.has(name)) return;
    reads.add(name);
    for (const ingredient of measures.find((measure) => measure.name === name)?.reads ?? []) read(ingredient);
  };
  for (const condition of conditions) for (const name of condition.reads) read(name);
  const order = [...BUILT_IN_MEASURES, ...characterIds, ...inputIds, ...measures.map((measure) => measure.name)];
  const readsInOrder = new Set(order.filter((name) => reads.has(name)));

  function scopeOf(input: OutcomeInput): { scope: Scope; values: Record<string, Value> } {
    const values: Record<string, Value> = { mean: meanStance(input.stances), spread: stanceSpread(input.stances) };
    for (const id of characterIds) values[id] = input.stances[id] ?? 0;
    for (const name of inputIds) values[name] = input.decisions[name];
    const scope: Scope = (name) => values[name];
    for (const measure of measures) values[measure.name] = measure.evaluate(scope);
    return { scope, values };
  }

  /** The outcome a condition names when it holds, or null when it does not hold. */
  function outcomeOf(condition: (typeof conditions)[number], scope: Scope): string | null {
    if (!truthy(condition.evaluate(scope))) return null;
    if (condition.outcome !== undefined) return condition.outcome;
    const value = scope(condition.outcomeFrom ?? "");
    return typeof value === "string" && outcomeIds.has(value) ? value : null;
  }

  return {
    conditions: conditions.map((condition) => ({
      name: condition.name,
      when: condition.when,
      outcome: condition.outcome ?? null,
      outcomeFrom: condition.outcomeFrom ?? null,
      reads: [...condition.reads],
    })),
    default: defaultOutcome,
    defaultName: typeof rule.default === "string" ? null : rule.default.name,
    measures: measures.map(({ name, label, expression }) => ({ name, label, expression })),
    reads: readsInOrder,
    decide(input) {
      const { scope } = scopeOf(input);
      for (const condition of conditions) {
        const outcome = outcomeOf(condition, scope);
        if (outcome !== null) return outcome;
      }
      return defaultOutcome;
    },
    explain(input) {
      const { scope, values } = scopeOf(input);
      const named = conditions.map((condition) => outcomeOf(condition, scope));
      const decidedBy = named.findIndex((outcome) => outcome !== null);
      const comparisons: RuleComparison[] = conditions.flatMap((condition, index) =>
        condition.comparisons.map(({ text, op, left, right }) => {
          const leftValue = left(scope);
          const rightValue = right(scope);
          return {
            condition: index,
            text,
            op,
            left: leftValue,
            right: rightValue,
            held: compare(op, leftValue, rightValue),
          };
        }),
      );
      return {
        outcome: named[decidedBy] ?? defaultOutcome,
        decidedBy,
        held: named.map((outcome) => outcome !== null),
        measures: Object.fromEntries(measures.map((measure) => [measure.name, values[measure.name]])),
        values,
        comparisons,
      };
    },
  };
}

/** Every problem with a manifest's rule, as paths into the manifest (for its zod schema). */
export function ruleProblems(context: RuleContext): RuleProblem[] {
  const problems: RuleProblem[] = [];
  build(context, problems);
  return problems;
}

const compiled = new WeakMap<RuleContext, CompiledRule>();

/** The manifest's rule, ready to decide; one compile per manifest object. */
export function compileRule(manifest: RuleContext): CompiledRule {
  let rule = compiled.get(manifest);
  if (!rule) {
    rule = build(manifest, null);
    compiled.set(manifest, rule);
  }
  return rule;
}
