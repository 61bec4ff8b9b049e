import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { loadStory } from "../../../src/build/campaigns";
import { createSave, replayChoices, type SaveGame } from "../../../src/engine/save";

/**
 * Saves made in Node with the engine, to start browser tests mid-game (a playthrough in the
 * browser is slow here) or to hand the game a forged file.
 */
const stories = new Map<string, { json: string; options: Parameters<typeof replayChoices>[1] }>();

function story(campaign: string) {
  let loaded = stories.get(campaign);
  if (!loaded) {
    const { compile, manifest } = loadStory(campaign);
    if (!compile.json || !manifest) throw new Error(`${campaign} does not compile`);
    loaded = { json: compile.json, options: { manifest } };
    stories.set(campaign, loaded);
  }
  return loaded;
}

/** A save of `campaign` after `turns` choices, taking choice (turn * 7 + 3) mod n as the browser tests do. */
export function saveAfter(campaign: string, turns: number): SaveGame {
  const { json, options } = story(campaign);
  const runner = replayChoices(json, options, []);
  for (let turn = 0; turn < turns && !runner.ended; turn++) {
    runner.choose((turn * 7 + 3) % runner.choices.length);
    runner.continueToChoice();
  }
  return createSave(runner, campaign);
}

/** A save at the end of a whole playthrough. */
export function finishedSave(campaign: string): SaveGame {
  return saveAfter(campaign, 1000);
}

/** A file on disk for the browser's file picker (large ones cannot pass through the protocol). */
export function saveFile(name: string, text: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dreamers-save-")), name);
  fs.writeFileSync(file, text);
  return file;
}

/** Click "Import save" on the title and pick this file. */
export async function importFile(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Import save" }).click();
  await (await chooser).setFiles(file);
}
