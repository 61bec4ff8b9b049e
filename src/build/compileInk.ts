import fs from "node:fs";
import path from "node:path";
import type { Container } from "inkjs/engine/Container";
import type { InkObject } from "inkjs/engine/Object";
import type { Story } from "inkjs/engine/Story";
import { Compiler, CompilerOptions } from "inkjs/full";
import type { SourceMap } from "../engine/sourceMap";

/** A compiler message with the file and line a writer needs to find it. */
export interface InkDiagnostic {
  severity: "error" | "warning";
  file: string;
  line: number | null;
  message: string;
}

export interface InkCompileResult {
  /** Compiled story JSON, or null when any error stopped the compiler. */
  json: string | null;
  diagnostics: InkDiagnostic[];
  /** Every .ink file the story read (main and INCLUDEs), absolute paths: the dev server watches them. */
  files: string[];
  /** Runtime path to file and line, from the compiler's debug metadata; null when it did not compile. */
  sourceMap: SourceMap | null;
}

export function formatDiagnostic(diagnostic: InkDiagnostic): string {
  const where = diagnostic.line === null ? diagnostic.file : `${diagnostic.file}:${diagnostic.line}`;
  return `${where}: ${diagnostic.severity}: ${diagnostic.message}`;
}

const MESSAGE_PATTERN = /^(?:RUNTIME )?(ERROR|WARNING|TODO): (?:'(.+?)' )?line (\d+): ([\s\S]*)$/;

function toDiagnostic(message: string, mainFile: string, severityHint: "error" | "warning"): InkDiagnostic {
  const match = MESSAGE_PATTERN.exec(message.trim());
  if (!match) return { severity: severityHint, file: displayPath(mainFile), line: null, message: message.trim() };
  const [, kind, file, line, text] = match;
  return {
    severity: kind === "ERROR" ? "error" : "warning",
    file: displayPath(file ? path.resolve(path.dirname(mainFile), file) : mainFile),
    line: Number(line),
    message: (text ?? "").trim(),
  };
}

export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") ? file : relative;
}

/** Find the INCLUDE line that names a missing file, so the error points at the line to fix. */
function findIncludeLine(files: string[], missing: string): { file: string; line: number } | null {
  for (const file of files) {
    const lines = fs.readFileSync(file, "utf8").split("\n");
    const index = lines.findIndex((line) => /^\s*INCLUDE\s/.test(line) && line.includes(path.basename(missing)));
    if (index >= 0) return { file, line: index + 1 };
  }
  return null;
}

/** Read the compiler's debug metadata into a path -> file:line map before it is lost in the JSON. */
export function buildSourceMap(story: Story, root: string): SourceMap {
  const files: string[] = [];
  const fileIndex = new Map<string, number>();
  const lines: SourceMap["lines"] = {};
  const visit = (object: InkObject, previousLine: { value: number }) => {
    const metadata = object.ownDebugMetadata;
    if (metadata?.fileName && metadata.startLineNumber !== previousLine.value) {
      let index = fileIndex.get(metadata.fileName);
      if (index === undefined) {
        index = files.push(displayPath(path.resolve(root, metadata.fileName))) - 1;
        fileIndex.set(metadata.fileName, index);
      }
      lines[object.path.toString()] = [index, metadata.startLineNumber];
      previousLine.value = metadata.startLineNumber;
    }
    const container = object as Container;
    if (container.content === undefined) return;
    const inside = { value: metadata?.startLineNumber ?? previousLine.value };
    for (const child of container.content) visit(child, inside);
    for (const [, named] of container.namedContent) {
      const object = named as unknown as InkObject;
      if (!container.content.includes(object)) visit(object, { value: -1 });
    }
  };
  visit(story.mainContentContainer, { value: -1 });
  return { files, lines };
}

/** What a parsed ink object shows of itself, enough to walk the tree for its labels. */
interface ParsedContent {
  content?: ParsedContent[];
  typeName: string;
  identifier?: { name: string | null } | null;
  containerForCounting: Container | null;
}

/**
 * Every labelled choice and gather, by the dotted path a writer writes from another knot
 * (`knot.label`, `knot.stitch.label`, nested weaves included, as ink itself resolves them) to the
 * runtime path whose visit count ink reads for it.
 */
export function labelPaths(parsedStory: ParsedContent): Record<string, string> {
  const labels: Record<string, string> = {};
  const visit = (object: ParsedContent, flow: string[]) => {
    const name = object.identifier?.name;
    let inner = flow;
    if ((object.typeName === "Knot" || object.typeName === "Stitch") && name) inner = [...flow, name];
    else if ((object.typeName === "Choice" || object.typeName === "Gather") && name) {
      const counted = object.containerForCounting;
      if (counted) labels[[...flow, name].join(".")] = counted.path.toString();
    }
    for (const child of object.content ?? []) visit(child, inner);
  };
  visit(parsedStory, []);
  return labels;
}

/**
 * ink reports a brace left open where it gives up, often many lines later (at the next knot). Name
 * the line where the unclosed brace opened instead, keeping the compiler's words.
 */
function pointAtOpenBrace(diagnostic: InkDiagnostic): InkDiagnostic {
  if (diagnostic.line === null || !/Expected closing brace '\}'/.test(diagnostic.message)) return diagnostic;
  let text: string;
  try {
    text = fs.readFileSync(path.resolve(diagnostic.file), "utf8");
  } catch {
    return diagnostic;
  }
  const open: number[] = [];
  const lines = text.split("\n").slice(0, diagnostic.line);
  lines.forEach((line, index) => {
    const code = line.replace(/\/\/.*$/, "").replace(/\\./g, "");
    for (const char of code) {
      if (char === "{") open.push(index + 1);
      else if (char === "}") open.pop();
    }
  });
  const opened = open.at(-1);
  if (opened === undefined || opened === diagnostic.line) return diagnostic;
  return {
    ...diagnostic,
    line: opened,
    message: `a brace opened on this line is never closed (the compiler noticed at line ${diagnostic.line}: ${diagnostic.message})`,
  };
}

/** Compile an ink story from its main file, following INCLUDEs relative to that file's folder. */
export function compileInkFile(mainFile: string): InkCompileResult {
  const absoluteMain = path.resolve(mainFile);
  const root = path.dirname(absoluteMain);
  const files = [absoluteMain];
  const diagnostics: InkDiagnostic[] = [];
  let source: string;
  try {
    source = fs.readFileSync(absoluteMain, "utf8");
  } catch {
    return {
      json: null,
      diagnostics: [{ severity: "error", file: displayPath(absoluteMain), line: null, message: "file not found" }],
      files,
      sourceMap: null,
    };
  }
  const fileHandler = {
    ResolveInkFilename: (filename: string) => path.resolve(root, filename),
    LoadInkFileContents: (filename: string) => {
      if (!fs.existsSync(filename)) {
        const include = findIncludeLine(files, filename);
        diagnostics.push({
          severity: "error",
          file: displayPath(include?.file ?? absoluteMain),
          line: include?.line ?? null,
          message: `INCLUDE names a file that does not exist: ${displayPath(filename)}`,
        });
        return "";
      }
      files.push(filename);
      return fs.readFileSync(filename, "utf8");
    },
  };
  const reported: string[] = [];
  const options = new CompilerOptions(absoluteMain, [], true, (message: string) => reported.push(message), fileHandler);
  const compiler = new Compiler(source, options);
  let json: string | null = null;
  let sourceMap: SourceMap | null = null;
  try {
    const story = compiler.Compile();
    json = story?.ToJson() ?? null;
    if (story)
      sourceMap = {
        ...buildSourceMap(story, root),
        labels: labelPaths(compiler.parsedStory as unknown as ParsedContent),
      };
  } catch (error) {
    if (reported.length === 0 && diagnostics.length === 0) reported.push(`ERROR: ${(error as Error).message}`);
  }
  for (const message of reported)
    diagnostics.push(
      pointAtOpenBrace(toDiagnostic(message, absoluteMain, message.startsWith("WARNING") ? "warning" : "error")),
    );
  const hasErrors = diagnostics.some((diagnostic) => diagnostic.severity === "error");
  return { json: hasErrors ? null : json, diagnostics, files, sourceMap: hasErrors ? null : sourceMap };
}
