import fs from "node:fs";
import path from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll } from "vitest";
import { CHROMIUM_ARGS } from "../../../src/cli/chromium";

/** Screenshots land here for people to look at; they are not committed. */
export const SHOTS_DIR = path.resolve("test-results/screenshots");

export interface GameTab {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors, CSP violations and failed requests seen so far. */
  problems: string[];
}

export async function launch(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/**
 * One Chromium for a describe block, and a fresh player for each `open()`. Each game keeps drawing
 * while its tab is open, so the tabs close after every test (the next test has the machine), and
 * the browser after the block. `timeout`: the pages' default wait, where software GL is slow.
 */
export function gameTabs(chromiumPath: string, baseUrl: string, settings: { timeout?: number } = {}) {
  let browser: Browser;
  const tabs: GameTab[] = [];
  beforeAll(async () => {
    browser = await launch(chromiumPath);
  });
  afterEach(async () => {
    for (const tab of tabs.splice(0)) await tab.context.close();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async open(options?: Parameters<typeof openGame>[2]): Promise<GameTab> {
      const tab = await openGame(browser, baseUrl, options);
      if (settings.timeout) tab.page.setDefaultTimeout(settings.timeout);
      tabs.push(tab);
      return tab;
    },
  };
}

/**
 * A fresh player: empty storage unless `storage` says otherwise, default motion (as most players
 * play: the text types, the city moves), the game's title screen loaded.
 */
export async function openGame(
  browser: Browser,
  baseUrl: string,
  options: {
    viewport?: { width: number; height: number };
    reducedMotion?: "reduce" | "no-preference";
    /** localStorage entries the player had before this visit (settings, saves). */
    storage?: Record<string, string>;
  } = {},
): Promise<GameTab> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    reducedMotion: options.reducedMotion ?? "no-preference",
  });
  const page = await context.newPage();
  if (options.storage) {
    await page.addInitScript((entries) => {
      // Only before the first load: a reload must find what the game itself saved.
      if (sessionStorage.getItem("seeded")) return;
      sessionStorage.setItem("seeded", "1");
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    }, options.storage);
  }
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(baseUrl);
  await page.getByRole("button", { name: /^Neo-Lumen/ }).waitFor();
  return { page, context, problems };
}

export function choiceButtons(page: Page) {
  return page.getByRole("group", { name: "Choices" }).getByRole("button");
}

export function festivalReport(page: Page) {
  return page.getByRole("region", { name: "Festival report" });
}

/** Wait until the story offers choices or ends; lines still typing are completed with a key press. */
export async function waitForChoicesOrReport(page: Page): Promise<"choices" | "report"> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (await festivalReport(page).isVisible()) return "report";
    if ((await choiceButtons(page).count()) > 0 && (await choiceButtons(page).first().isVisible())) {
      // Wait for the choices to have appeared (their fade in ended): then they are seen, and a
      // pointer's click on them counts (src/ui/choiceList.ts).
      // Polled on a timer, not on animation frames: a test may hold the page's frames.
      await page.waitForFunction(() => document.querySelector(".choices")?.getAnimations().length === 0, null, {
        polling: 100,
      });
      return "choices";
    }
    await page.keyboard.press("Space");
    await page.waitForTimeout(50);
  }
  throw new Error("the story showed neither choices nor the festival report");
}

/** Play to the festival report, taking the choice `pick` names each time; returns the texts chosen. */
export async function playToReport(
  page: Page,
  pick: (texts: string[], turn: number) => number,
  limit = 400,
): Promise<string[]> {
  const taken: string[] = [];
  for (let turn = 0; turn < limit; turn++) {
    if ((await waitForChoicesOrReport(page)) === "report") return taken;
    const texts = await choiceButtons(page).allTextContents();
    const index = pick(texts, turn);
    taken.push(texts[index] ?? "");
    await choiceButtons(page).nth(index).click();
  }
  throw new Error(`no festival report after ${limit} choices`);
}

/** Each character's stance as its meter says, by name (the rule's rows under them, the mean and measures, left out). */
export async function stances(page: Page): Promise<Record<string, number>> {
  const meters = page.getByRole("region", { name: "Stances" }).locator('.stance:not(.rule-gauge)[role="meter"]');
  const values: Record<string, number> = {};
  for (const meter of await meters.all()) {
    values[(await meter.getAttribute("aria-label")) ?? "?"] = Number(await meter.getAttribute("aria-valuenow"));
  }
  return values;
}

export async function storyText(page: Page): Promise<string> {
  return (await page.locator('[aria-live="polite"]').first().textContent()) ?? "";
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  const file = path.join(SHOTS_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/**
 * How much the canvas's pixels vary (standard deviation of luminance over a grid of samples), read
 * from a real screenshot so it works whatever the renderer: a blank canvas scores near 0.
 */
export async function canvasVariation(page: Page): Promise<number> {
  const canvas = page.locator("#game canvas").first();
  await canvas.waitFor();
  const png = (await canvas.screenshot()).toString("base64");
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const surface = document.createElement("canvas");
    surface.width = image.width;
    surface.height = image.height;
    const context = surface.getContext("2d");
    if (!context) return 0;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    const samples: number[] = [];
    for (let i = 0; i < pixels.length; i += 4 * 97) {
      samples.push(0.2126 * (pixels[i] ?? 0) + 0.7152 * (pixels[i + 1] ?? 0) + 0.0722 * (pixels[i + 2] ?? 0));
    }
    const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
    return Math.sqrt(samples.reduce((sum, value) => sum + (value - mean) ** 2, 0) / samples.length);
  }, png);
}
