import fs from "node:fs";
import path from "node:path";
import { isPlaceBuilderId, PLACE_BUILDER_IDS, PORTRAIT_EMBLEM_IDS, portraitEmblemOf } from "../content/artIds.ts";
import { type CampaignManifest, parseManifest } from "../engine/campaign.ts";
import { imageProblems } from "./campaignImages.ts";
import { compileInkFile, displayPath, type InkCompileResult } from "./compileInk.ts";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
/** Where the campaigns live: stories/, or the folder `DREAMERS_STORIES_DIR` names (tests use copies). */
export const STORIES_DIR = process.env.DREAMERS_STORIES_DIR
  ? path.resolve(process.env.DREAMERS_STORIES_DIR)
  : path.join(ROOT, "stories");
/** Where the generated music and effects are served from (public/audio/music, public/audio/sfx). */
export const AUDIO_DIR = path.join(ROOT, "public", "audio");

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
  const manifest = parseManifest(data, displayPath(file));
  const missing = [...missingReferences(manifest), ...imageProblems(manifest, campaignDir)];
  if (missing.length > 0) throw new Error(`${displayPath(file)}:\n  ${missing.join("\n  ")}`);
  return manifest;
}

/**
 * What a valid manifest names that the game does not have: a place builder that does not exist, a
 * music or sound file missing from public/audio (the images of its folder: campaignImages.ts). Each problem names the field and the id, so a typo
 * fails `story:check` and the build instead of silently staging the skyline or playing nothing.
 */
export function missingReferences(manifest: CampaignManifest, audioDir = AUDIO_DIR): string[] {
  const problems: string[] = [];
  const builders = () => `(place builders: ${PLACE_BUILDER_IDS.join(", ")})`;
  manifest.characters.forEach((character, index) => {
    if (character.portrait && !character.emblem && !portraitEmblemOf(character))
      problems.push(
        `characters[${index}].portrait: "${character.id}" names no portrait "${character.portrait}" (portraits: ${PORTRAIT_EMBLEM_IDS.join(", ")})`,
      );
  });
  manifest.scenes.forEach((scene, index) => {
    if ("builder" in scene.place && !isPlaceBuilderId(scene.place.builder))
      problems.push(
        `scenes[${index}].place.builder: scene "${scene.id}" names no place builder "${scene.place.builder}" ${builders()}`,
      );
  });
  manifest.outcomes.forEach((outcome, index) => {
    if ("builder" in outcome.staging && !isPlaceBuilderId(outcome.staging.builder))
      problems.push(
        `outcomes[${index}].staging.builder: outcome "${outcome.id}" names no place builder "${outcome.staging.builder}" ${builders()}`,
      );
  });
  manifest.moods.forEach((mood, index) => {
    const file = path.join(audioDir, "music", `${mood.music}.ogg`);
    if (!fs.existsSync(file))
      problems.push(`moods[${index}].music: mood "${mood.id}" has no file ${displayPath(file)}`);
  });
  manifest.sfx.forEach((sound, index) => {
    const file = path.join(audioDir, "sfx", `${sound.file}.ogg`);
    if (!fs.existsSync(file)) problems.push(`sfx[${index}].file: sound "${sound.id}" has no file ${displayPath(file)}`);
  });
  return problems;
}

export interface LoadedStory {
  /** What the user named: a campaign id or a file. */
  name: string;
  manifest: CampaignManifest | null;
  compile: InkCompileResult;
  /** The main .ink file, when the story came from source. */
  mainFile: string | null;
}

/** The campaign folder an argument names: a campaign id in the stories folder, or a folder path. */
function campaignFolderOf(input: string, storiesDir: string): string | null {
  if (!input.includes("/") && !input.includes(".")) {
    const folder = path.join(storiesDir, input);
    return fs.existsSync(path.join(folder, "campaign.json")) ? folder : null;
  }
  return fs.existsSync(path.join(input, "campaign.json")) ? path.resolve(input) : null;
}

/**
 * A campaign (its id, or its folder's path), an .ink file or a compiled .json file: what
 * `story:check`, `play`, `explore` and `bench` accept.
 */
export function loadStory(input: string, storiesDir = STORIES_DIR): LoadedStory {
  const campaignDir = campaignFolderOf(input, storiesDir);
  if (campaignDir) {
    const manifest = readManifest(campaignDir);
    const folderName = path.basename(campaignDir);
    if (manifest.id !== folderName)
      throw new Error(
        `${displayPath(path.join(campaignDir, "campaign.json"))}: id "${manifest.id}" must be the folder's name "${folderName}"`,
      );
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
