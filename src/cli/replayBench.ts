import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Page } from "playwright-core";
import { campaignIds, loadStory } from "../build/campaigns";
import { seededRandom } from "../engine/random";
import { completionShare, SeenLines, seenFormat } from "../engine/replay/seenLines";
import { outlineStory } from "../engine/storyOutline";
import { StoryRunner } from "../engine/storyRunner";
import { CHROMIUM_ARGS } from "./chromium";
import { firstCampaignButtonName, table } from "./cliSupport";

/**
 * The replay features' figures against their budgets:
 * - the seen-line store after every campaign was played to its end four times (under 64 KB);
 * - in the browser: a 30-line skip in the game's story panel (under 300 ms), and the route map
 *   opening from the menu of a game in progress (under 200 ms).
 */
export const SEEN_STORE_BUDGET_BYTES = 64 * 1024;
export const SKIP_BUDGET_MS = 300;
export const ROUTE_MAP_BUDGET_MS = 200;
const PLAYS = 4;
const ROUNDS = 7;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** The store after `stories` (campaign ids or story files; every campaign unless named) were each played to their end. */
export function seenStoreFigure(stories: readonly string[] = campaignIds()): string {
  const rows: (string | number)[][] = [["campaign", "lines read", "of written lines", "stored bytes"]];
  let total = 0;
  for (const campaign of stories) {
    const story = loadStory(campaign);
    const json = story.compile.json as string;
    const seen = new SeenLines(seenFormat.empty());
    const runner = new StoryRunner(json, { manifest: story.manifest });
    const random = seededRandom(2145);
    for (let play = 0; play < PLAYS; play++) {
      runner.reset(play);
      let beat = runner.continueToChoice();
      for (;;) {
        seen.markSeen(beat.lines.flatMap((line) => (line.id ? [line.id] : [])));
        if (beat.ended) break;
        runner.choose(Math.floor(random() * beat.choices.length));
        beat = runner.continueToChoice();
      }
      const steps = runner.choicesTaken.flatMap((choice) => (choice.target ? [choice.target] : []));
      seen.recordRun({
        startedAt: new Date(Date.UTC(2145, 0, play + 1)).toISOString(),
        steps,
        outcome: runner.outcome(),
      });
    }
    const bytes = Buffer.byteLength(JSON.stringify(seen.toRecord()));
    total += bytes;
    const share = completionShare(seen, outlineStory(json).lines);
    rows.push([campaign, seen.size, `${Math.round(share * 100)}%`, bytes]);
  }
  rows.push([
    `all, ${PLAYS} full plays each`,
    "",
    "",
    `${total} (${(total / 1024).toFixed(1)} KB) ${total < SEEN_STORE_BUDGET_BYTES ? "ok" : "OVER"} < 64 KB`,
  ]);
  return `Seen-line store (localStorage), after ${PLAYS} seeded random plays of each campaign to its end\n${table(rows)}`;
}

/**
 * From a click to the frame after `selector` appears. The function runs in the page, so it names no
 * function of its own: tsx would wrap a named one in a helper (`__name`) the page does not have.
 */
function clickToAppearance(page: Page, selector: string): Promise<number> {
  return page.evaluate(
    (wanted) =>
      new Promise<number>((resolve) => {
        let clicked = 0;
        document.addEventListener("click", () => (clicked = performance.now()), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (clicked === 0 || !document.querySelector(wanted)) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - clicked));
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
      }),
    selector,
  );
}

export async function replayBrowserBench(executablePath: string, gameUrl: string): Promise<string> {
  const { build, preview } = await import("vite");
  const harnessRoot = path.resolve("tests/fixtures/skip-bench");
  const harnessOut = fs.mkdtempSync(path.join(os.tmpdir(), "skip-bench-"));
  await build({
    root: harnessRoot,
    base: "./",
    logLevel: "warn",
    configFile: false,
    build: { outDir: harnessOut, emptyOutDir: true },
  });
  const harness = await preview({
    root: harnessRoot,
    configFile: false,
    logLevel: "warn",
    build: { outDir: harnessOut },
    preview: { port: 0, host: "127.0.0.1" },
  });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const skips: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const context = await browser.newContext({ reducedMotion: "no-preference" });
      const page = await context.newPage();
      await page.goto(harness.resolvedUrls?.local[0] ?? "");
      await page.waitForSelector("body[data-ready]");
      const elapsed = clickToAppearance(page, "body[data-choices-shown] .choices button");
      await page.getByRole("button", { name: "Skip", exact: true }).click();
      skips.push(await elapsed);
      await context.close();
    }

    const openings: number[] = [];
    /**
     * The page's script, style and layout while the map opens, the stage's frames included: when it
     * is well under the opening's time, the machine's load is what is missing.
     */
    const mainThread: number[] = [];
    const context = await browser.newContext({ reducedMotion: "reduce" });
    const page = await context.newPage();
    const devtools = await context.newCDPSession(page);
    await devtools.send("Performance.enable");
    const work = async () => {
      const { metrics } = await devtools.send("Performance.getMetrics");
      const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0;
      return (value("ScriptDuration") + value("RecalcStyleDuration") + value("LayoutDuration")) * 1000;
    };
    await page.goto(gameUrl);
    await page.getByRole("button", { name: firstCampaignButtonName() }).click();
    await page.getByRole("group", { name: "Choices" }).getByRole("button").first().waitFor({ timeout: 60_000 });
    for (let round = 0; round < ROUNDS; round++) {
      await page.keyboard.press("Escape");
      const elapsed = clickToAppearance(page, '[aria-label="Route map"] .route-drawing');
      const before = await work();
      await page.getByRole("dialog", { name: "Menu" }).getByRole("button", { name: "Route map", exact: true }).click();
      openings.push(await elapsed);
      mainThread.push((await work()) - before);
      await page.keyboard.press("Escape");
      await page.getByRole("region", { name: "Route map" }).waitFor({ state: "detached" });
    }
    await context.close();
    const skip = median(skips);
    const opening = median(openings);
    return [
      `Replay timings (headless Chromium, median of ${ROUNDS}; noisy on a shared machine)`,
      table([
        ["measure", "value", "budget", "verdict"],
        [
          "Skip over 30 read lines to the choices",
          `${skip.toFixed(1)} ms`,
          `< ${SKIP_BUDGET_MS} ms`,
          skip < SKIP_BUDGET_MS ? "ok" : "OVER",
        ],
        [
          "Route map from the menu, first campaign",
          `${opening.toFixed(1)} ms`,
          `< ${ROUTE_MAP_BUDGET_MS} ms`,
          opening < ROUTE_MAP_BUDGET_MS ? "ok" : "OVER",
        ],
        [
          "  page's script, style, layout meanwhile",
          `${median(mainThread).toFixed(1)} ms`,
          "(the stage's frames too)",
          "",
        ],
      ]),
    ].join("\n");
  } finally {
    await browser.close();
    await harness.close();
  }
}
