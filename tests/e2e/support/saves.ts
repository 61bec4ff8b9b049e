import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { loadStory } from "../../../src/build/campaigns";
import { createSave, replayChoices, type SaveGame } from "../../../src/engine/save";
import { autosaveSlot } from "../../../src/engine/saveSlots";

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

/** localStorage key of a campaign's autosave (see saveSlots.ts), to start a test with Continue. */
export const autosaveKey = (campaign: string) => `dreamers-of-2145/save/${autosaveSlot(campaign)}`;

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

/** A save (as saveAfter makes) at the first choice point where the first choice moves a stance. */
export function saveBeforeNudge(campaign: string): SaveGame {
  const { json, options } = story(campaign);
  for (let turns = 0; turns < 60; turns++) {
    const save = saveAfter(campaign, turns);
    const next = replayChoices(json, options, [...save.choicesTaken, 0]);
    if (JSON.stringify(next.stances) !== JSON.stringify(save.stances.stances)) return save;
  }
  throw new Error(`${campaign}: no choice in reach moves a stance`);
}

/** A save one choice before the end (choosing the first choice each time): the next choice shows the report. */
export function saveBeforeEnd(campaign: string): SaveGame {
  const { json, options } = story(campaign);
  const runner = replayChoices(json, options, []);
  while (!runner.ended) {
    runner.choose(0);
    runner.continueToChoice();
  }
  return createSave(replayChoices(json, options, runner.choicesTaken.slice(0, -1)), campaign);
}

/** Put saves in the browser's storage (slot id to save) and reload to the title. */
export async function seedSaves(page: Page, saves: Record<string, SaveGame>): Promise<void> {
  await page.evaluate(
    (entries) => {
      for (const [slot, text] of entries) localStorage.setItem(`dreamers-of-2145/save/${slot}`, text);
    },
    Object.entries(saves).map(([slot, save]) => [slot, JSON.stringify(save)] as const),
  );
  await page.reload();
  await page.getByRole("button", { name: /^Neo-Lumen/ }).waitFor();
}

/** The save in a slot, read back from the browser's storage (null when empty). */
export async function storedSave(page: Page, slot: string): Promise<SaveGame | null> {
  const text = await page.evaluate((key) => localStorage.getItem(key), `dreamers-of-2145/save/${slot}`);
  return text === null ? null : (JSON.parse(text) as SaveGame);
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

/** The texts of the choices a save stands at. */
export function offeredChoices(save: SaveGame): string[] {
  const { json, options } = story(save.campaign);
  return replayChoices(json, options, save.choicesTaken).choices.map((choice) => choice.text);
}
