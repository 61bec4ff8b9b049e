import fs from "node:fs";
import path from "node:path";
import { lintCampaign } from "../engine/storyLint.ts";
import { readIncludeTree, readManifest } from "./campaigns.ts";
import { compileInkFile, displayPath, type InkCompileResult } from "./compileInk.ts";

/** One thing a writer must know about a campaign, where to find it (the line when there is one). */
export interface Finding {
  file: string;
  line: number | null;
  message: string;
}

export interface CampaignFindings {
  errors: Finding[];
  warnings: Finding[];
  /** The compiled story, when the manifest read and the ink compiled. */
  compile: InkCompileResult | null;
}

/** `file:line: error: message`, as the ink compiler and `story:check` write it. */
export function formatFinding(finding: Finding, severity: "error" | "warning"): string {
  return `${finding.line === null ? finding.file : `${finding.file}:${finding.line}`}: ${severity}: ${finding.message}`;
}

/**
 * What the dev server tells a writer about a campaign folder as they save: the manifest's problems,
 * the ink compiler's errors and warnings, and the vocabulary checks of `story:check` (unknown
 * speaker, tag, scene, mood, sound or character, unreachable knots, long passages), each with its
 * file and line. The seeded sample of random playthroughs stays with `story:check`: it takes
 * seconds, too long to run on every save.
 */
export function campaignFindings(campaignDir: string): CampaignFindings {
  const manifestFile = displayPath(path.join(campaignDir, "campaign.json"));
  let manifest: ReturnType<typeof readManifest>;
  try {
    manifest = readManifest(campaignDir);
  } catch (error) {
    // readManifest's message starts with the file's name; the overlay shows it as the place.
    const message = (error as Error).message.replace(`${manifestFile}:`, "").trim();
    return { errors: [{ file: manifestFile, line: null, message }], warnings: [], compile: null };
  }
  const mainFile = path.join(campaignDir, "main.ink");
  if (!fs.existsSync(mainFile))
    return {
      errors: [{ file: displayPath(mainFile), line: null, message: "no main.ink" }],
      warnings: [],
      compile: null,
    };
  const compile = compileInkFile(mainFile);
  const fromCompiler = (severity: "error" | "warning") =>
    compile.diagnostics
      .filter((diagnostic) => diagnostic.severity === severity)
      .map(({ file, line, message }) => ({ file, line, message }));
  const lint = lintCampaign(readIncludeTree(mainFile), manifest);
  return {
    errors: [...fromCompiler("error"), ...lint.errors],
    warnings: [...fromCompiler("warning"), ...lint.warnings],
    compile,
  };
}
