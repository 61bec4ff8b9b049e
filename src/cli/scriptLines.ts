/**
 * Where things sit in a playthrough script's JSON text, so a failure can name the line to open:
 * the start of the n-th element of the top-level "steps" array, or of a top-level key. JSON.parse
 * keeps no positions, and a script is small, so one pass over the text does.
 */
export interface ScriptLines {
  /** 1-based line of step `index` (0-based), or of "steps" when there is no such step. */
  step(index: number): number;
  /** 1-based line of a top-level key, or 1. */
  key(name: string): number;
}

export function scriptLines(text: string): ScriptLines {
  const keys = new Map<string, number>();
  const steps: number[] = [];
  let line = 1;
  let depth = 0;
  let inSteps = false;
  let expectValue = false;
  let lastString = "";
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (character === "\n") line += 1;
    else if (character === '"') {
      let end = index + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      lastString = text.slice(index + 1, end);
      if (inSteps && depth === 2 && expectValue) steps.push(line);
      expectValue = false;
      index = end;
    } else if (character === ":") {
      if (depth === 1) {
        keys.set(lastString, line);
        inSteps = lastString === "steps";
      }
      expectValue = true;
    } else if (character === "{" || character === "[") {
      if (inSteps && depth === 2 && expectValue) steps.push(line);
      depth += 1;
      expectValue = depth === 2 && inSteps && character === "[";
    } else if (character === "}" || character === "]") {
      depth -= 1;
      if (depth === 1) inSteps = false;
    } else if (character === ",") {
      expectValue = inSteps && depth === 2;
    } else if (inSteps && depth === 2 && expectValue && /[-\dtfn]/.test(character ?? "")) {
      steps.push(line);
      expectValue = false;
    }
  }
  return {
    step: (stepIndex) => steps[stepIndex] ?? keys.get("steps") ?? 1,
    key: (name) => keys.get(name) ?? 1,
  };
}
