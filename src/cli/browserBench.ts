import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "./chromium";
import { firstCampaignButtonName, table } from "./cliSupport";
import { replayMemory } from "./replayMemory";

/**
 * Browser timings against their budgets, in one run on this machine, beside a bare full-window
 * Phaser page that draws a gradient and 300 sprites (tests/fixtures/bare-phaser):
 * - navigation to a usable title screen (at most 1.5x the bare page's first frame);
 * - CPU while the player reads, nothing touched, at default motion: the first 10 s (at most 0.25x
 *   the bare page's CPU over 10 s) and 10 s after a minute (at most 0.05x);
 * - a choice click to the next painted frame at default motion, 95th percentile (under 100 ms).
 * CPU is every Chromium process's CPU time (CDP SystemInfo.getProcessInfo), one page open at a time.
 */
export const TITLE_RATIO_BUDGET = 1.5;
export const CHOICE_P95_BUDGET_MS = 100;
export const READING_CPU_BUDGET = 0.25;
export const LONG_IDLE_CPU_BUDGET = 0.05;
const ROUNDS = 5;
const IDLE_WINDOW_MS = 10_000;
const LONG_IDLE_AFTER_MS = 60_000;
const VIEWPORT = { width: 1280, height: 800 };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const percentile = (values: number[], share: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))] ?? 0;

async function timeToReady(page: Page, url: string, ready: (page: Page) => Promise<unknown>): Promise<number> {
  const start = Date.now();
  await page.goto(url);
  await ready(page);
  return Date.now() - start;
}

/** Seconds of CPU all of the browser's processes have used so far. */
async function browserCpuSeconds(browser: Browser): Promise<number> {
  const session = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await session.send("SystemInfo.getProcessInfo")) as {
      processInfo: Array<{ cpuTime: number }>;
    };
    return processInfo.reduce((sum, process) => sum + process.cpuTime, 0);
  } finally {
    await session.detach();
  }
}

async function cpuOver(browser: Browser, page: Page, ms: number): Promise<number> {
  const before = await browserCpuSeconds(browser);
  await page.waitForTimeout(ms);
  return (await browserCpuSeconds(browser)) - before;
}

const choices = (page: Page) => page.getByRole("group", { name: "Choices" }).getByRole("button");

/** Read on to the next choices as a hurried reader does: a key completes each typing line. */
async function untilChoices(page: Page): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    if ((await choices(page).count()) > 0 && (await choices(page).first().isVisible())) return;
    await page.keyboard.press("Space");
    await page.waitForTimeout(100);
  }
  throw new Error("the story offered no choices");
}

/** Click choices and time each click, from the input event, to the frame that paints the next line. */
async function choiceLatencies(page: Page, count: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < count; i++) {
    const buttons = choices(page);
    await untilChoices(page);
    const latency = page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const live = document.querySelector('[aria-live="polite"]');
          let clicked = 0;
          document.addEventListener("click", (event) => (clicked = event.timeStamp), { capture: true, once: true });
          const observer = new MutationObserver(() => {
            if (clicked === 0) return;
            observer.disconnect();
            // rAF runs just before the frame that shows the change is painted.
            requestAnimationFrame(() => resolve(performance.now() - clicked));
          });
          if (live) observer.observe(live, { childList: true, subtree: true, characterData: true });
        }),
    );
    // If the click fails, the pending measure must not outlive the page as an unhandled rejection.
    latency.catch(() => undefined);
    await buttons.first().click({ timeout: 120_000 });
    latencies.push(await latency);
  }
  return latencies;
}

/** The bare page's CPU over 10 s, and the game's while the player reads (fresh and after a minute). */
async function idleCpu(browser: Browser, bareUrl: string, gameUrl: string) {
  const bareContext = await browser.newContext({ viewport: VIEWPORT });
  const bare = await bareContext.newPage();
  await bare.goto(bareUrl);
  await bare.waitForSelector("body[data-ready]");
  await bare.waitForTimeout(2000);
  const bareCpu = await cpuOver(browser, bare, IDLE_WINDOW_MS);
  await bareContext.close();

  const gameContext = await browser.newContext({ viewport: VIEWPORT, reducedMotion: "no-preference" });
  const game = await gameContext.newPage();
  await game.goto(gameUrl);
  await game.getByRole("button", { name: firstCampaignButtonName() }).click();
  await untilChoices(game);
  const readingStart = Date.now();
  const readingCpu = await cpuOver(browser, game, IDLE_WINDOW_MS);
  await game.waitForTimeout(Math.max(0, LONG_IDLE_AFTER_MS - (Date.now() - readingStart)));
  const longIdleCpu = await cpuOver(browser, game, IDLE_WINDOW_MS);
  await gameContext.close();
  return { bareCpu, readingCpu, longIdleCpu };
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
  const game = await preview({ logLevel: "warn", build: { outDir: dist }, preview: { port: 0, host: "127.0.0.1" } });
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
        [gameUrl, gameTimes, (page: Page) => page.getByRole("button", { name: firstCampaignButtonName() }).waitFor()],
      ] as const) {
        const context = await browser.newContext();
        times.push(await timeToReady(await context.newPage(), url, ready));
        await context.close();
      }
    }
    process.stderr.write("bench: CPU while reading, beside the bare page (about 90 s)...\n");
    const { bareCpu, readingCpu, longIdleCpu } = await idleCpu(browser, bareUrl, gameUrl);
    process.stderr.write(
      `bench: CPU over 10 s: bare ${bareCpu.toFixed(2)} s, reading ${readingCpu.toFixed(2)} s, after a minute ${longIdleCpu.toFixed(2)} s; choice clicks at default motion...\n`,
    );
    const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: "no-preference" });
    const page = await context.newPage();
    await page.goto(gameUrl);
    await page.getByRole("button", { name: firstCampaignButtonName() }).click();
    const latencies = await choiceLatencies(page, 25);
    await context.close();
    const { replayBrowserBench } = await import("./replayBench");
    const replayFigures = await replayBrowserBench(executablePath, gameUrl);
    process.stderr.write("bench: memory over five Play again replays...\n");
    const memory = await replayMemory(browser, gameUrl);
    const titleRatio = median(gameTimes) / median(bareTimes);
    const p95 = percentile(latencies, 0.95);
    const readingRatio = readingCpu / bareCpu;
    const longIdleRatio = longIdleCpu / bareCpu;
    const verdict = (ok: boolean) => (ok ? "ok" : "OVER");
    return [
      `Browser timings (headless Chromium, ${VIEWPORT.width}x${VIEWPORT.height}, median of ${ROUNDS} cold loads;` +
        ` load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores at the end)`,
      table([
        ["measure", "value", "budget", "verdict"],
        ["bare Phaser page (gradient, 300 sprites), first frame", `${median(bareTimes)} ms`, "", ""],
        ["the game, title usable", `${median(gameTimes)} ms`, "", ""],
        [
          "title / bare Phaser",
          titleRatio.toFixed(2),
          `<= ${TITLE_RATIO_BUDGET}`,
          verdict(titleRatio <= TITLE_RATIO_BUDGET),
        ],
        ["bare Phaser page, CPU over 10 s", `${bareCpu.toFixed(2)} s`, "", ""],
        ["the game, reading, first 10 s, CPU", `${readingCpu.toFixed(2)} s`, "", ""],
        [
          "  / bare Phaser",
          readingRatio.toFixed(3),
          `<= ${READING_CPU_BUDGET}`,
          verdict(readingRatio <= READING_CPU_BUDGET),
        ],
        ["the game, reading, 10 s after a minute, CPU", `${longIdleCpu.toFixed(2)} s`, "", ""],
        [
          "  / bare Phaser",
          longIdleRatio.toFixed(3),
          `<= ${LONG_IDLE_CPU_BUDGET}`,
          verdict(longIdleRatio <= LONG_IDLE_CPU_BUDGET),
        ],
        [
          `choice click to next painted line, default motion, p95 of ${latencies.length}`,
          `${p95.toFixed(1)} ms`,
          `< ${CHOICE_P95_BUDGET_MS} ms`,
          verdict(p95 < CHOICE_P95_BUDGET_MS),
        ],
      ]),
      "",
      replayFigures,
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
