import jsep from "jsep";

/**
 * Continuity contracts: a line tagged `# needs: <condition>` presumes the condition (an earlier
 * event) whenever it is shown. The condition is ink's own expression syntax over the story's
 * global variables (VAR, CONST, LIST) and the visit counts of its knots, stitches and labelled
 * choices and gathers, each by its full dotted path
 * (`told_mira and not eliot_refused`, `a2_visit_eliot > 0`, `a1_studio.asked`, `trust >= 2`). `story:check` rejects a
 * condition that does not parse or names something the story does not have; `explore` and
 * `analyze` evaluate it each time the line is shown and report every run that shows it without it.
 */

/** The names a contract may use: the story's global variables, its knots and `knot.stitch`es, and its labels. */
export interface StoryNames {
  variables: ReadonlySet<string>;
  knots: ReadonlySet<string>;
  /** Labelled choices and gathers by full path: `knot.label`, `knot.stitch.label`. */
  labels: ReadonlySet<string>;
}

/** A value as ink holds it; a knot's or label's name reads as its visit count. */
export type InkValue = number | string | boolean | null;
/** Reads a name at the moment the line is shown. */
export type ReadName = (name: string) => InkValue;
export type Contract = (read: ReadName) => boolean;

type Evaluate = (read: ReadName) => InkValue;

jsep.addBinaryOp("and", 2);
jsep.addBinaryOp("or", 1);
jsep.addBinaryOp("mod", 10);
jsep.addUnaryOp("not");

class ContractError extends Error {}

/** ink's truth: a non-zero number, a non-empty string, true. */
function truthy(value: InkValue): boolean {
  if (typeof value === "number") return value !== 0;
  if (typeof value === "string") return value !== "";
  return value === true;
}

/** ink compares a boolean with a number as 1 or 0. */
function numeric(value: InkValue): number | null {
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  return null;
}

function equal(left: InkValue, right: InkValue): boolean {
  if (typeof left === "string" || typeof right === "string") return left === right;
  return numeric(left) === numeric(right);
}

/** `knot.stitch` as jsep reads it (a member expression) back to the dotted name ink means. */
function dottedName(node: jsep.Expression): string | null {
  if (node.type === "Identifier") return (node as jsep.Identifier).name;
  if (node.type !== "MemberExpression") return null;
  const member = node as jsep.MemberExpression;
  const object = dottedName(member.object);
  if (member.computed || object === null || member.property.type !== "Identifier") return null;
  return `${object}.${(member.property as jsep.Identifier).name}`;
}

const BINARY: Record<string, (left: InkValue, right: InkValue) => InkValue> = {
  "==": equal,
  "!=": (left, right) => !equal(left, right),
  "<": (left, right) => (numeric(left) ?? Number.NaN) < (numeric(right) ?? Number.NaN),
  "<=": (left, right) => (numeric(left) ?? Number.NaN) <= (numeric(right) ?? Number.NaN),
  ">": (left, right) => (numeric(left) ?? Number.NaN) > (numeric(right) ?? Number.NaN),
  ">=": (left, right) => (numeric(left) ?? Number.NaN) >= (numeric(right) ?? Number.NaN),
  "+": (left, right) =>
    typeof left === "string" || typeof right === "string"
      ? `${left ?? ""}${right ?? ""}`
      : (numeric(left) ?? Number.NaN) + (numeric(right) ?? Number.NaN),
  "-": (left, right) => (numeric(left) ?? Number.NaN) - (numeric(right) ?? Number.NaN),
  "*": (left, right) => (numeric(left) ?? Number.NaN) * (numeric(right) ?? Number.NaN),
  "/": (left, right) => (numeric(left) ?? Number.NaN) / (numeric(right) ?? Number.NaN),
  "%": (left, right) => (numeric(left) ?? Number.NaN) % (numeric(right) ?? Number.NaN),
};
BINARY.mod = BINARY["%"] as (typeof BINARY)[string];

function compileNode(node: jsep.Expression, names: string[]): Evaluate {
  switch (node.type) {
    case "Literal": {
      const value = (node as jsep.Literal).value;
      if (typeof value !== "number" && typeof value !== "string" && typeof value !== "boolean")
        throw new ContractError(`"${String(value)}" is not a number, a "string", true or false`);
      return () => value;
    }
    case "Identifier":
    case "MemberExpression": {
      const name = dottedName(node);
      if (name === null) throw new ContractError("only names, knot.stitch paths and values can be read");
      if (name === "true" || name === "false") return () => name === "true";
      names.push(name);
      return (read) => read(name);
    }
    case "UnaryExpression": {
      const unary = node as jsep.UnaryExpression;
      const argument = compileNode(unary.argument, names);
      if (unary.operator === "-") return (read) => -(numeric(argument(read)) ?? Number.NaN);
      if (unary.operator === "!" || unary.operator === "not") return (read) => !truthy(argument(read));
      throw new ContractError(`unknown operator "${unary.operator}"`);
    }
    case "BinaryExpression": {
      const binary = node as jsep.BinaryExpression;
      const left = compileNode(binary.left, names);
      const right = compileNode(binary.right, names);
      if (binary.operator === "and" || binary.operator === "&&")
        return (read) => truthy(left(read)) && truthy(right(read));
      if (binary.operator === "or" || binary.operator === "||")
        return (read) => truthy(left(read)) || truthy(right(read));
      const operation = BINARY[binary.operator];
      if (!operation) throw new ContractError(`unknown operator "${binary.operator}"`);
      return (read) => operation(left(read), right(read));
    }
    default:
      throw new ContractError(`${node.type} is not part of a contract (names, values, and, or, not, comparisons)`);
  }
}

/** The condition compiled, with the names it reads; throws a message a writer can act on. */
export function readContract(condition: string): { contract: Contract; names: string[] } {
  let expression: jsep.Expression;
  try {
    expression = jsep(condition);
  } catch (error) {
    throw new ContractError(`cannot read "${condition}": ${(error as Error).message}`);
  }
  const names: string[] = [];
  const evaluate = compileNode(expression, names);
  return { contract: (read) => truthy(evaluate(read)), names: [...new Set(names)] };
}

/** What story:check says about a contract, or null when it parses and names only what the story has. */
export function lintContract(condition: string, story: StoryNames): string | null {
  let names: string[];
  try {
    names = readContract(condition).names;
  } catch (error) {
    if (error instanceof ContractError) return `contract "${condition}": ${error.message}`;
    throw error;
  }
  const unknown = names.filter(
    (name) => !story.variables.has(name) && !story.knots.has(name) && !story.labels.has(name),
  );
  if (unknown.length === 0) return null;
  // A writer used to ink's short form inside a knot (`asked`) is told the full path it needs here.
  const lastPart = (name: string) => name.slice(name.lastIndexOf(".") + 1);
  const fullPaths = unknown.flatMap((name) =>
    [...story.labels].filter((label) => label !== name && lastPart(label) === lastPart(name)),
  );
  const hint = fullPaths.length > 0 ? ` (a label is written with its full path: ${fullPaths.join(", ")})` : "";
  return `contract "${condition}" names ${unknown.map((name) => `"${name}"`).join(", ")}, not a global variable, knot, knot.stitch or label of the story${hint}`;
}

const compiled = new Map<string, Contract>();

/** A contract ready to check, one compile per condition text. */
export function contractOf(condition: string): Contract {
  let contract = compiled.get(condition);
  if (!contract) {
    contract = readContract(condition).contract;
    compiled.set(condition, contract);
  }
  return contract;
}

/** One contract line shown without its condition: the first run (by index) that did, and how often any did. */
export interface ContractViolation {
  /** `file.ink:line` of the tag (the ink path for a story loaded from .json). */
  location: string;
  condition: string;
  /** The run's seed and the choices made before the line: `play --seed S --choices ...` shows it. */
  seed: number;
  choices: number[];
  run: number;
  /** Times a run showed the line without its condition. */
  count: number;
}

export interface ContractReport {
  /** Contract tags in the compiled story. */
  lines: number;
  /** Times a contract line was shown and its condition checked. */
  checked: number;
  violations: ContractViolation[];
}

/** How many `# needs:` tags the compiled story holds (written tags; a tag built by inline logic is not counted). */
export function contractLines(compiledJson: string): number {
  return [...compiledJson.matchAll(/"#","\^\s*needs\s*:|\{"#":"\s*needs\s*:/g)].length;
}

const violationKey = (violation: ContractViolation) => `${violation.location}\u0000${violation.condition}`;

/** Collects the checks of one slice of runs. */
export class ContractTally {
  private checked = 0;
  private readonly violations = new Map<string, ContractViolation>();

  constructor(private readonly lines: number) {}

  note(
    check: { condition: string; location: string; held: boolean; choices: () => number[] },
    seed: number,
    run: number,
  ) {
    this.checked += 1;
    if (check.held) return;
    const found: ContractViolation = {
      location: check.location,
      condition: check.condition,
      seed,
      choices: [],
      run,
      count: 1,
    };
    const known = this.violations.get(violationKey(found));
    if (known) known.count += 1;
    else this.violations.set(violationKey(found), { ...found, choices: check.choices() });
  }

  report(): ContractReport {
    return finishContracts({ lines: this.lines, checked: this.checked, violations: [...this.violations.values()] });
  }
}

/** A fixed order: by the run that first broke it, then by place. */
function finishContracts(report: ContractReport): ContractReport {
  return {
    ...report,
    violations: [...report.violations].sort(
      (a, b) => a.run - b.run || a.location.localeCompare(b.location) || a.condition.localeCompare(b.condition),
    ),
  };
}

/** Reports of disjoint slices of the same runs as one: the earliest run of each violation, counts summed. */
export function mergeContractReports(reports: readonly ContractReport[]): ContractReport {
  const violations = new Map<string, ContractViolation>();
  for (const report of reports)
    for (const violation of report.violations) {
      const known = violations.get(violationKey(violation));
      if (!known) violations.set(violationKey(violation), { ...violation });
      else {
        const earlier = violation.run < known.run ? violation : known;
        violations.set(violationKey(violation), { ...earlier, count: known.count + violation.count });
      }
    }
  return finishContracts({
    lines: reports[0]?.lines ?? 0,
    checked: reports.reduce((sum, report) => sum + report.checked, 0),
    violations: [...violations.values()],
  });
}
