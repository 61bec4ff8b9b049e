import { type LintFinding, type SourceFile, stripComments } from "./storyLint";

/**
 * Story-state lint: what a story remembers and whether it ever looks again. Works on the ink
 * source (so every finding has a file and a line) and only on code: `~` lines, `{...}` logic,
 * choice conditions, VAR and CONST values, `- condition:` branches. Words of the story's text are
 * never taken for names.
 *
 * - a VAR or temp that is set but never read: a choice that leaves no trace;
 * - a VAR that is read but never set after its declaration: a constant in disguise, or a missing set;
 * - a LIST item that nothing tests;
 * - two options in one choice set with the same text.
 */

interface Declaration {
  name: string;
  file: string;
  line: number;
  /** The knot a temp belongs to; null for a VAR. */
  scope: string | null;
  sets: number;
  reads: number;
}

const KEYWORDS = new Set([
  "true",
  "false",
  "not",
  "and",
  "or",
  "mod",
  "has",
  "hasnt",
  "temp",
  "return",
  "ref",
  "else",
  "function",
  "VAR",
  "CONST",
  "LIST",
]);

function stripStrings(code: string): string {
  return code.replace(/"(?:[^"\\]|\\.)*"/g, '""');
}

function identifiers(code: string): string[] {
  return [...stripStrings(code).matchAll(/(?<![\w.])[A-Za-z_]\w*(?![\w(])/g)]
    .map((match) => match[0])
    .filter((name) => !KEYWORDS.has(name));
}

/**
 * The code regions of a line of ink outside `~` logic: the conditions and expressions inside its
 * braces (not the text of `{a|b}` sequences or of a condition's branches).
 */
function codeInBraces(line: string): string[] {
  const codes: string[] = [];
  let depth = 0;
  let start = -1;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (char === "\\") {
      index++;
      continue;
    }
    if (char === "{") {
      if (depth === 0) start = index + 1;
      depth++;
    } else if (char === "}" && depth > 0) {
      depth--;
      if (depth === 0) codes.push(line.slice(start, index));
    }
  }
  if (depth > 0 && start >= 0) codes.push(line.slice(start)); // a block opened here: `{ x > 1:`
  return codes.map((inner) => {
    const colon = topLevelIndex(inner, ":");
    if (colon >= 0) return inner.slice(0, colon);
    return topLevelIndex(inner, "|") >= 0 ? "" : inner;
  });
}

function topLevelIndex(text: string, wanted: string): number {
  let depth = 0;
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '"') quoted = !quoted;
    if (quoted) continue;
    if (char === "{" || char === "(") depth++;
    else if (char === "}" || char === ")") depth--;
    else if (char === wanted && depth === 0) return index;
  }
  return -1;
}

/** The text a player sees for a choice line, lower-cased, for comparing options. */
function optionText(choice: string): { text: string; condition: string } {
  let rest = choice.replace(/^\s*[*+\s]+/, "").replace(/^\(\w+\)\s*/, "");
  let condition = "";
  for (;;) {
    const match = /^\{([^{}]*)\}\s*/.exec(rest);
    if (!match) break;
    condition += `{${match[1]}}`;
    rest = rest.slice(match[0].length);
  }
  const text = rest
    .replace(/(?<!\\)#.*$/, "")
    .replace(/->.*$/, "")
    .replace(/\[([^\]]*)\].*$/, "$1");
  return { text: text.replace(/\s+/g, " ").trim().toLowerCase(), condition: condition.replace(/\s+/g, "") };
}

export function lintStoryState(files: SourceFile[], readElsewhere: ReadonlySet<string> = new Set()): LintFinding[] {
  const warnings: LintFinding[] = [];
  const globals = new Map<string, Declaration>();
  const temps = new Map<string, Declaration>();
  const listItems = new Map<string, { list: string; file: string; line: number; tested: boolean }>();
  const listNames = new Set<string>();
  const uses: { scope: string | null; name: string; kind: "set" | "read" }[] = [];
  const optionSets = new Map<string, { text: string; condition: string; file: string; line: number }[]>();

  for (const file of files) {
    let knot: string | null = null;
    let choiceSection = 0;
    let braceDepth = 0;
    stripComments(file.text).forEach((code, index) => {
      const line = index + 1;
      const trimmed = code.trim();
      const knotHeader = /^={2,}\s*(?:function\s+)?(\w+)/.exec(trimmed);
      if (knotHeader?.[1]) {
        knot = knotHeader[1];
        choiceSection += 1;
        return;
      }
      if (/^=\s*\w+/.test(trimmed)) {
        choiceSection += 1;
        return;
      }
      const declaration = /^(VAR|CONST)\s+(\w+)\s*=\s*(.*)$/.exec(trimmed);
      if (declaration?.[1] && declaration[2]) {
        if (declaration[1] === "VAR")
          globals.set(declaration[2], { name: declaration[2], file: file.path, line, scope: null, sets: 0, reads: 0 });
        for (const name of identifiers(declaration[3] ?? "")) uses.push({ scope: knot, name, kind: "read" });
        return;
      }
      const list = /^LIST\s+(\w+)\s*=\s*(.*)$/.exec(trimmed);
      if (list?.[1]) {
        listNames.add(list[1]);
        for (const item of (list[2] ?? "").split(",")) {
          const name = /(\w+)/.exec(item.replace(/[()]/g, " "))?.[1];
          if (name) listItems.set(name, { list: list[1], file: file.path, line, tested: false });
        }
        return;
      }
      if (/^(INCLUDE|EXTERNAL)\b/.test(trimmed)) return;

      if (trimmed.startsWith("~")) {
        const logic = trimmed.slice(1).trim();
        const assignment = /^(temp\s+)?(\w+)\s*(=|\+=|-=|\+\+|--)(?!=)\s*(.*)$/.exec(logic);
        if (assignment?.[2]) {
          const name = assignment[2];
          if (assignment[1]) {
            const key = `${knot ?? ""}.${name}`;
            if (!temps.has(key)) temps.set(key, { name, file: file.path, line, scope: knot, sets: 0, reads: 0 });
          }
          uses.push({ scope: knot, name, kind: "set" });
          const value = assignment[4] ?? "";
          // Assigning list items to a list variable sets it; it does not test them.
          for (const read of identifiers(value))
            if (!(listItems.has(read) && listNames.has(name))) uses.push({ scope: knot, name: read, kind: "read" });
        } else {
          for (const name of identifiers(logic)) uses.push({ scope: knot, name, kind: "read" });
        }
        return;
      }

      // Choice sets: options at one depth until a gather at that depth or shallower.
      const choice = /^([*+](?:\s*[*+])*)/.exec(trimmed);
      const gather = choice ? null : /^(-(?:\s*-)*)(?!>)/.exec(trimmed);
      const depthOf = (marks: string) => marks.replace(/\s/g, "").length;
      if (choice?.[1]) {
        const depth = depthOf(choice[1]);
        for (const key of optionSets.keys()) {
          const [section, keyDepth] = key.split("/").map(Number);
          if (section === choiceSection && (keyDepth ?? 0) > depth) optionSets.delete(key);
        }
        const key = `${choiceSection}/${depth}`;
        const options = optionSets.get(key) ?? [];
        const option = { ...optionText(trimmed), file: file.path, line };
        const twin = options.find(
          (other) =>
            other.text === option.text &&
            option.text !== "" &&
            (other.condition === option.condition || !other.condition || !option.condition),
        );
        if (twin)
          warnings.push({
            file: file.path,
            line,
            message: `two options in one choice set read "${option.text}" (the other is at ${twin.file}:${twin.line})`,
          });
        options.push(option);
        optionSets.set(key, options);
      } else if (gather?.[1] && braceDepth === 0) {
        const depth = depthOf(gather[1]);
        for (const key of [...optionSets.keys()]) {
          const [section, keyDepth] = key.split("/").map(Number);
          if (section === choiceSection && (keyDepth ?? 0) >= depth) optionSets.delete(key);
        }
      }

      // Code inside braces, and `- condition:` branches of a multi-line conditional.
      const codes = codeInBraces(code);
      if (braceDepth > 0) {
        const branch = /^-\s*(.+?):/.exec(trimmed);
        if (branch?.[1] && branch[1].trim() !== "else") codes.push(branch[1]);
      }
      for (const divertCall of code.matchAll(/->\s*[\w.]+\(([^)]*)\)/g)) codes.push(divertCall[1] ?? "");
      for (const region of codes)
        for (const name of identifiers(region)) uses.push({ scope: knot, name, kind: "read" });
      for (const char of code.replace(/\\./g, "")) {
        if (char === "{") braceDepth++;
        else if (char === "}") braceDepth = Math.max(0, braceDepth - 1);
      }
    });
  }

  for (const use of uses) {
    const temp = temps.get(`${use.scope ?? ""}.${use.name}`);
    const target = temp ?? globals.get(use.name);
    if (target) {
      if (use.kind === "set") target.sets += 1;
      else target.reads += 1;
    }
    const item = listItems.get(use.name);
    if (item && use.kind === "read") item.tested = true;
  }

  for (const declaration of globals.values()) {
    if (readElsewhere.has(declaration.name)) continue;
    if (declaration.reads === 0 && declaration.sets > 0)
      warnings.push({
        file: declaration.file,
        line: declaration.line,
        message: `VAR ${declaration.name} is set ${declaration.sets} times but never read: the choices that set it leave no trace`,
      });
    else if (declaration.reads > 0 && declaration.sets === 0)
      warnings.push({
        file: declaration.file,
        line: declaration.line,
        message: `VAR ${declaration.name} is read but never set after its declaration (a CONST, or a missing ~ ${declaration.name} = ...)`,
      });
    else if (declaration.reads === 0)
      warnings.push({
        file: declaration.file,
        line: declaration.line,
        message: `VAR ${declaration.name} is never used`,
      });
  }
  for (const temp of temps.values()) {
    if (temp.reads === 0)
      warnings.push({
        file: temp.file,
        line: temp.line,
        message: `temp ${temp.name} is set but never read in ${temp.scope ?? "the top"}`,
      });
  }
  for (const [name, item] of listItems) {
    if (!item.tested)
      warnings.push({ file: item.file, line: item.line, message: `LIST ${item.list} item ${name} is never tested` });
  }
  return warnings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
