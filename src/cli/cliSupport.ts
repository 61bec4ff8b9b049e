import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type ParseArgsConfig, parseArgs } from "node:util";
import { campaignIds, type LoadedStory, loadStory, readManifest, STORIES_DIR } from "../build/campaigns";
import { formatDiagnostic } from "../build/compileInk";
import { StoryRunner } from "../engine/storyRunner";

/**
 * What a command reads and writes besides its arguments. A terminal gives it the process's
 * streams; a test gives it strings, so the unit suite runs each command in its own process.
 */
export interface CommandIO {
  out(text: string): void;
  err(text: string): void;
  /** Standard input, read by play's interactive mode. */
  input: AsyncIterable<string | Buffer>;
  /** Whether standard input is a terminal a person types at (then play prompts line by line). */
  inputIsTerminal: boolean;
  /** Whether standard error is a terminal (then progress bars redraw in place). */
  errorIsTerminal: boolean;
  /** The terminal's width, for wrapping. */
  columns: number;
}

/** A command: its arguments and streams in, its exit code out. */
export type Command = (argv: string[], io: CommandIO) => Promise<number>;

/** Thrown by `fail`: the command stops with this message on standard error and this exit code. */
export class CommandExit extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

export function fail(message: string, code = 1): never {
  throw new CommandExit(message, code);
}

/**
 * A command that never ends in a stack trace: `fail` becomes its message and exit code, and any
 * other error its message and exit 1 (a tester needs the reason, not our call stack).
 */
export function command(body: Command): Command {
  return async (argv, io) => {
    try {
      return await body(argv, io);
    } catch (error) {
      if (error instanceof CommandExit) {
        if (error.message) io.err(`${error.message.trimEnd()}\n`);
        return error.code;
      }
      io.err(`error: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
  };
}

export function processIO(): CommandIO {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    input: process.stdin,
    inputIsTerminal: Boolean(process.stdin.isTTY),
    errorIsTerminal: Boolean(process.stderr.isTTY),
    columns: process.stdout.columns || 80,
  };
}

/** Run `main` when this module is the one `tsx src/cli/<tool>.ts` started, and exit with its code. */
export function runWhenStarted(moduleUrl: string, main: Command): void {
  const started = process.argv[1];
  if (!started || path.resolve(started) !== fileURLToPath(moduleUrl)) return;
  void main(process.argv.slice(2), processIO()).then((code) => process.exit(code));
}

/** Parse arguments, or fail with the usage and a clear reason (exit 2). */
export function readArguments<T extends ParseArgsConfig["options"]>(argv: string[], usage: string, options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    fail(`${(error as Error).message}\n\n${usage}`, 2);
  }
}

/** `--name` as a whole number at or above `minimum` (and at most `maximum`), or exit 2 saying so. */
export function wholeNumber(
  name: string,
  text: string | undefined,
  minimum: number,
  maximum = Number.MAX_SAFE_INTEGER,
): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < minimum || value > maximum) {
    const range =
      maximum < Number.MAX_SAFE_INTEGER
        ? ` from ${minimum.toLocaleString("en")} to ${maximum.toLocaleString("en")}`
        : minimum > 0
          ? ` above ${minimum - 1}`
          : minimum === 0
            ? " (0 or more)"
            : "";
    fail(`--${name} must be a whole number${range}, not "${text}"`, 2);
  }
  return value;
}

/** The seeds explore and analyze accept: each run's seed is derived from the base seed's 32 bits. */
export const SEED_LIMIT = 2 ** 31 - 1;

/**
 * `--workers`: more threads than cores only adds memory (some 43 MB a thread) and switching, so
 * above the core count it is capped, with a word on standard error.
 */
export function workerCount(text: string | undefined, io: CommandIO): number {
  const cores = Math.max(1, os.availableParallelism());
  if (text === undefined) return cores;
  const asked = wholeNumber("workers", text, 1);
  if (asked <= cores) return asked;
  io.err(`note: --workers ${asked} is more than the ${cores} cores here; using ${cores}\n`);
  return cores;
}

/**
 * Load and compile a story; fail with each compile error's file and line, or with a clear reason
 * when a .json file is not a compiled ink story.
 */
export function loadCompiledStory(input: string | undefined, usage: string): LoadedStory & { json: string } {
  if (!input) fail(usage, 2);
  let loaded: LoadedStory;
  try {
    loaded = loadStory(input);
  } catch (error) {
    fail((error as Error).message);
  }
  const errors = loaded.compile.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
  if (errors.length > 0 || !loaded.compile.json) {
    fail(`${input} does not compile:\n${loaded.compile.diagnostics.map(formatDiagnostic).join("\n")}`);
  }
  if (!loaded.mainFile) {
    // A .json file: inkjs would throw its own trace from deep inside on anything but a compiled story.
    try {
      new StoryRunner(loaded.compile.json, { manifest: loaded.manifest });
    } catch (error) {
      fail(
        `${input} is not a compiled ink story (${(error as Error).message.split("\n")[0]}); give a campaign id, an .ink file, or the .json inklecate or the game's build wrote`,
      );
    }
  }
  return { ...loaded, json: loaded.compile.json };
}

/** A progress bar on standard error: redrawn in place at a terminal, a few lines in a log. */
export function progressBar(label: string, io: CommandIO): (done: number, total: number) => void {
  let lastPercent = -1;
  return (done, total) => {
    const percent = Math.floor((done / Math.max(1, total)) * 100);
    if (percent === lastPercent && done !== total) return;
    lastPercent = percent;
    const width = 30;
    const filled = Math.round((done / Math.max(1, total)) * width);
    const bar = `${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}`;
    if (io.errorIsTerminal) io.err(`\r${bar}${done === total ? "\n" : ""}`);
    else if (done === total || percent % 25 === 0) io.err(`${bar}\n`);
  };
}

export function table(rows: (string | number)[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => String(row[column] ?? "").length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) => String(cell).padEnd(widths[column] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/**
 * The title's button for the first campaign in stories/ (its accessible name starts with the
 * campaign's title): the browser benches play it, whichever campaigns the folder holds.
 */
export function firstCampaignButtonName(): RegExp {
  const first = campaignIds()[0];
  if (!first) throw new Error(`no campaign in ${STORIES_DIR}`);
  const title = readManifest(path.join(STORIES_DIR, first)).title;
  return new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
}
