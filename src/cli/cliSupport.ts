import path from "node:path";
import { type ParseArgsConfig, parseArgs } from "node:util";
import { campaignIds, type LoadedStory, loadStory, readManifest, STORIES_DIR } from "../build/campaigns";
import { formatDiagnostic } from "../build/compileInk";

/** Parse arguments, or print the usage and a clear reason and exit 2. */
export function readArguments<T extends ParseArgsConfig["options"]>(usage: string, options: T) {
  try {
    return parseArgs({ options, allowPositionals: true, strict: true });
  } catch (error) {
    fail(`${(error as Error).message}\n\n${usage}`, 2);
  }
}

export function fail(message: string, code = 1): never {
  process.stderr.write(`${message.trimEnd()}\n`);
  process.exit(code);
}

/** Load and compile a story; on compile errors print each with file and line and exit 1. */
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
  return { ...loaded, json: loaded.compile.json };
}

/** A progress bar on stderr (only when stderr is a terminal, so logs stay clean). */
export function progressBar(label: string): (done: number, total: number) => void {
  const interactive = process.stderr.isTTY;
  let lastPercent = -1;
  return (done, total) => {
    const percent = Math.floor((done / total) * 100);
    if (percent === lastPercent && done !== total) return;
    lastPercent = percent;
    const width = 30;
    const filled = Math.round((done / total) * width);
    const bar = `${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}`;
    if (interactive) process.stderr.write(`\r${bar}${done === total ? "\n" : ""}`);
    else if (done === total || percent % 25 === 0) process.stderr.write(`${bar}\n`);
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
  if (!first) fail(`no campaign in ${STORIES_DIR}`);
  const title = readManifest(path.join(STORIES_DIR, first)).title;
  return new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
}
