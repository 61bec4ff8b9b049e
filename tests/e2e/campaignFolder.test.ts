import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { createServer, type ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations } from "./support/axe";
import {
  canvasVariation,
  festivalReport,
  type GameTab,
  launch,
  openGame,
  playToReport,
  stances,
  waitForChoicesOrReport,
} from "./support/game";

/**
 * A campaign is a folder: a stories folder holding the two campaigns and the test campaign of
 * tests/fixtures/campaigns (its own cast, palette, places chosen from the builders, rule in JSON)
 * gives a title with three campaigns, and the third plays to its Festival report. Nothing in src/
 * knows its id; the dev server finds it through DREAMERS_STORIES_DIR.
 */
const chromiumPath = inject("chromium");
const FIXTURE = path.resolve("tests/fixtures/campaigns/harbor-lights");

describe.skipIf(!chromiumPath)("a campaign added as a folder", () => {
  let browser: Browser;
  let server: ViteDevServer;
  let tab: GameTab;
  const stories = fs.mkdtempSync(path.join(os.tmpdir(), "dreamers-campaigns-"));

  beforeAll(async () => {
    fs.cpSync(path.resolve("stories"), stories, { recursive: true });
    fs.cpSync(FIXTURE, path.join(stories, "harbor-lights"), { recursive: true });
    process.env.DREAMERS_STORIES_DIR = stories;
    server = await createServer({ logLevel: "silent", server: { port: 0, host: "127.0.0.1", strictPort: false } });
    await server.listen();
    browser = await launch(chromiumPath);
    tab = await openGame(browser, server.resolvedUrls?.local[0] ?? "");
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    delete process.env.DREAMERS_STORIES_DIR;
    fs.rmSync(stories, { recursive: true, force: true });
  });

  it("is offered on the title and plays to its Festival report", async () => {
    const { page, problems } = tab;
    await expect(page.getByRole("button", { name: /^(Neo-Lumen|Neo-Unity|Harbor Lights)/ }).count()).resolves.toBe(3);
    // The title counts the campaigns it offers, and a manifest's own line shows on its card.
    await expect(page.getByText(/^Three festivals of shared dreaming/).count()).resolves.toBe(1);
    await expect(
      page
        .getByRole("button", { name: /^Harbor Lights/ })
        .getByText("One lamp left burning on the whole harbor.")
        .count(),
    ).resolves.toBe(1);
    await page.getByRole("button", { name: /^Harbor Lights/ }).click();
    await waitForChoicesOrReport(page);
    await expect(page.locator("html").evaluate((html) => html.style.getPropertyValue("--accent"))).resolves.toBe(
      "#ffd27a",
    );
    expect(Object.keys(await stances(page))).toHaveLength(4);
    expect(await canvasVariation(page)).toBeGreaterThan(4);
    // Keep the lamp and side with the crowd: the rule in campaign.json names "One Light".
    await playToReport(page, () => 0);
    const report = festivalReport(page);
    await expect(report.getByRole("heading", { name: "One Light" }).count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  }, 300_000);
});
