import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Page } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "./chromium";
import { table } from "./cliSupport";
import { replayMemory } from "./replayMemory";

/**
 * Browser timings against their budgets, in one run on this machine:
 * - navigation to a usable title screen, beside a bare Phaser page that draws one sprite (at most 1.5x);
 * - a choice click to the next line on screen, 95th percentile (under 100 ms).
 */
export const TITLE_RATIO_BUDGET = 1.5;
export const CHOICE_P95_BUDGET_MS = 100;
const ROUNDS = 7;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const percentile = (values: number[], share: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))] ?? 0;

async function timeToReady(page: Page, url: string, ready: (page: Page) => Promise<unknown>): Promise<number> {
  const start = Date.now();
  await page.goto(url);
  await ready(page);
  return Date.now() - start;
}

/** Click choices and time each click to the first change of the story's live region. */
async function choiceLatencies(page: Page, count: number): Promise<number[]> {
  await page.getByRole("button", { name: /^Neo-Lumen/ }).click();
  const latencies: number[] = [];
  for (let i = 0; i < count; i++) {
    const buttons = page.getByRole("group", { name: "Choices" }).getByRole("button");
    await buttons.first().waitFor({ timeout: 30_000 });
    const latency = page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const live = document.querySelector('[aria-live="polite"]');
          let clicked = 0;
          document.addEventListener("click", () => (clicked = performance.now()), { capture: true, once: true });
          const observer = new MutationObserver(() => {
            if (clicked === 0) return;
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - clicked));
          });
          if (live) observer.observe(live, { childList: true, subtree: true, characterData: true });
        }),
    );
    await buttons.first().click();
    latencies.push(await latency);
  }
  return latencies;
}

export async function browserBench(dist: string): Promise<string> {
  const executablePath = findChromium();
  if (!executablePath) return "browser timings: no Chromium found (set CHROMIUM_PATH)";
  if (!fs.existsSync(path.join(dist, "index.html"))) return "browser timings: no dist/ (run `npm run build` first)";
  const { build, preview } = await import("vite");
  const bareOut = fs.mkdtempSync(path.join(os.tmpdir(), "bare-phaser-"));
  await build({
    root: path.resolve("tests/fixtures/bare-phaser"),
    base: "./",
    logLevel: "warn",
    configFile: false,
    build: { outDir: bareOut, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  });
  const game = await preview({ logLevel: "warn", preview: { port: 0, host: "127.0.0.1" } });
  const bare = await preview({
    root: path.resolve("tests/fixtures/bare-phaser"),
    configFile: false,
    logLevel: "warn",
    build: { outDir: bareOut },
    preview: { port: 0, host: "127.0.0.1" },
  });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const gameUrl = game.resolvedUrls?.local[0] ?? "";
    const bareUrl = bare.resolvedUrls?.local[0] ?? "";
    const gameTimes: number[] = [];
    const bareTimes: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // A fresh context each time: nothing cached, as a first visit.
      for (const [url, times, ready] of [
        [bareUrl, bareTimes, (page: Page) => page.waitForSelector("body[data-ready]")],
        [gameUrl, gameTimes, (page: Page) => page.getByRole("button", { name: /^Neo-Lumen/ }).waitFor()],
      ] as const) {
        const context = await browser.newContext();
        times.push(await timeToReady(await context.newPage(), url, ready));
        await context.close();
      }
    }
    const context = await browser.newContext({ reducedMotion: "reduce" });
    const page = await context.newPage();
    await page.goto(gameUrl);
    const latencies = await choiceLatencies(page, 25);
    await context.close();
    process.stderr.write("bench: memory over five Play again replays...\n");
    const memory = await replayMemory(browser, gameUrl);
    const titleRatio = median(gameTimes) / median(bareTimes);
    const p95 = percentile(latencies, 0.95);
    return [
      `Browser timings (headless Chromium, median of ${ROUNDS} cold loads)`,
      table([
        ["measure", "value", "budget", "verdict"],
        ["bare Phaser page, one sprite drawn", `${median(bareTimes)} ms`, "", ""],
        ["the game, title usable", `${median(gameTimes)} ms`, "", ""],
        [
          "title / bare Phaser",
          titleRatio.toFixed(2),
          `<= ${TITLE_RATIO_BUDGET}`,
          titleRatio <= TITLE_RATIO_BUDGET ? "ok" : "OVER",
        ],
        [
          `choice click to next line, p95 of ${latencies.length}`,
          `${p95.toFixed(1)} ms`,
          `< ${CHOICE_P95_BUDGET_MS} ms`,
          p95 < CHOICE_P95_BUDGET_MS ? "ok" : "OVER",
        ],
      ]),
      "",
      "Memory after each Play again (forced gc; a game put away must leave nothing: flat after the first)",
      table([
        ["replay", "JS heap after gc", "DOM nodes", "listeners"],
        ...memory.map((row) => [row.replay, `${row.heapMB} MB`, row.nodes, row.listeners]),
      ]),
    ].join("\n");
  } finally {
    await browser.close();
    await game.close();
    await bare.close();
  }
}
