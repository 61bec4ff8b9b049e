import type { Browser, Page } from "playwright-core";
import { campaignIds, loadStory } from "../build/campaigns";
import { createSave, replayChoices } from "../engine/save";
import { SAVE_KEY_PREFIX } from "../engine/saveKeys";

/**
 * Memory over a long evening: the game is played to its Festival report, then "Play again" five
 * times (each new game loads a save one choice before the end and finishes it). After each replay
 * the page is garbage-collected and measured: JS heap, DOM nodes and listeners. A game put away
 * must leave nothing behind, so nodes and listeners stay level after the first replay (the e2e test
 * tests/e2e/replayMemory.test.ts holds them to it); the heap climbs a little with V8's compiled
 * code and the browser's performance-timeline buffers, which are not the game's.
 */
export interface ReplayMemory {
  replay: number;
  heapMB: number;
  nodes: number;
  listeners: number;
}

const REPLAYS = 5;

/** A save of the first campaign one choice before its end (the first choice taken every time). */
function saveBeforeEnd(): string {
  const campaign = campaignIds()[0] ?? "";
  const { compile, manifest } = loadStory(campaign);
  if (!compile.json || !manifest) throw new Error(`${campaign} does not compile`);
  const runner = replayChoices(compile.json, { manifest }, []);
  while (!runner.ended) {
    runner.choose(0);
    runner.continueToChoice();
  }
  const last = replayChoices(compile.json, { manifest }, runner.choicesTaken.slice(0, -1));
  return JSON.stringify(createSave(last, campaign));
}

async function finishGame(page: Page): Promise<void> {
  const choices = page.getByRole("group", { name: "Choices" }).getByRole("button");
  await choices.first().waitFor({ timeout: 60_000 });
  await choices.first().click();
  await page.getByRole("region", { name: "Festival report" }).waitFor({ timeout: 60_000 });
}

export async function replayMemory(browser: Browser, gameUrl: string): Promise<ReplayMemory[]> {
  const context = await browser.newContext({ reducedMotion: "reduce", viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(gameUrl);
    const save = saveBeforeEnd();
    await page.evaluate(
      ({ text, prefix }) => {
        const campaign = (JSON.parse(text) as { campaign: string }).campaign;
        localStorage.setItem(`${prefix}auto-${campaign}`, text);
        localStorage.setItem(`${prefix}1`, text);
      },
      { text: save, prefix: SAVE_KEY_PREFIX },
    );
    await page.reload();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    await page.getByRole("button", { name: /^Continue/ }).click();
    await finishGame(page);
    const figures: ReplayMemory[] = [];
    for (let replay = 1; replay <= REPLAYS; replay++) {
      await page.getByRole("button", { name: /Play again/ }).click();
      await page.getByRole("group", { name: "Choices" }).getByRole("button").first().waitFor({ timeout: 60_000 });
      await page.keyboard.press("Escape");
      await page.getByRole("button", { name: /^Load/ }).click();
      await page.getByRole("button", { name: /^Slot 1\b/ }).click();
      await finishGame(page);
      await page.locator(".notice").first().waitFor({ state: "detached", timeout: 15_000 }); // notices fade
      await cdp.send("HeapProfiler.collectGarbage");
      const { metrics } = await cdp.send("Performance.getMetrics");
      const { nodes, jsEventListeners } = await cdp.send("Memory.getDOMCounters");
      const heap = metrics.find((metric) => metric.name === "JSHeapUsedSize")?.value ?? 0;
      figures.push({ replay, heapMB: Math.round((heap / 1024 / 1024) * 10) / 10, nodes, listeners: jsEventListeners });
    }
    return figures;
  } finally {
    await context.close();
  }
}
