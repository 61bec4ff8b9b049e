import fs from "node:fs";
import path from "node:path";
import { type CampaignManifest, parseManifest } from "../engine/campaign";
import { compileInkFile, displayPath, type InkCompileResult } from "./compileInk";

/** Where the campaigns live, relative to the repository root. */
export const STORIES_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../stories");

export function campaignIds(storiesDir = STORIES_DIR): string[] {
  return fs
    .readdirSync(storiesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(storiesDir, entry.name, "campaign.json")))
    .map((entry) => entry.name)
    .sort();
}

export function readManifest(campaignDir: string): CampaignManifest {
  const file = path.join(campaignDir, "campaign.json");
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${displayPath(file)}: cannot read the manifest (${(error as Error).message})`);
  }
  return parseManifest(data, displayPath(file));
}

export interface LoadedStory {
  /** What the user named: a campaign id or a file. */
  name: string;
  manifest: CampaignManifest | null;
  compile: InkCompileResult;
  /** The main .ink file, when the story came from source. */
  mainFile: string | null;
}

/** A campaign id, an .ink file or a compiled .json file: what `play`, `explore` and `bench` accept. */
export function loadStory(input: string, storiesDir = STORIES_DIR): LoadedStory {
  const campaignDir = path.join(storiesDir, input);
  if (!input.includes("/") && !input.includes(".") && fs.existsSync(path.join(campaignDir, "campaign.json"))) {
    const manifest = readManifest(campaignDir);
    const mainFile = path.join(campaignDir, "main.ink");
    return {
      name: input,
      manifest,
      compile: compileInkFile(mainFile),
      mainFile,
    };
  }
  if (input.endsWith(".ink")) {
    // An .ink file inside a campaign folder plays with that campaign's characters and rule.
    const besideManifest = path.join(path.dirname(input), "campaign.json");
    const manifest = fs.existsSync(besideManifest) ? readManifest(path.dirname(input)) : null;
    return { name: input, manifest, compile: compileInkFile(input), mainFile: path.resolve(input) };
  }
  if (input.endsWith(".json")) {
    if (!fs.existsSync(input)) throw new Error(`${input}: file not found`);
    const json = fs.readFileSync(input, "utf8").replace(/^\uFEFF/, "");
    return {
      name: input,
      manifest: null,
      compile: { json, diagnostics: [], files: [], sourceMap: null },
      mainFile: null,
    };
  }
  const known = campaignIds(storiesDir).join(", ");
  throw new Error(`"${input}" is neither a campaign id (${known}) nor an .ink or .json file`);
}

/** The story's .ink files in the order ink reads them: each INCLUDE in place. */
export function readIncludeTree(mainFile: string): { path: string; text: string }[] {
  const root = path.dirname(path.resolve(mainFile));
  const seen = new Set<string>();
  const ordered: { path: string; text: string }[] = [];
  const visit = (file: string) => {
    if (seen.has(file) || !fs.existsSync(file)) return;
    seen.add(file);
    const text = fs.readFileSync(file, "utf8");
    ordered.push({ path: displayPath(file), text });
    for (const match of text.matchAll(/^\s*INCLUDE\s+(.+?)\s*$/gm)) if (match[1]) visit(path.resolve(root, match[1]));
  };
  visit(path.resolve(mainFile));
  return ordered;
}
