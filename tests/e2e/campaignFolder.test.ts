import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { build, createServer, preview, type ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations } from "./support/axe";
import {
  canvasVariation,
  festivalReport,
  type GameTab,
  launch,
  openGame,
  playToReport,
  screenshot,
  stances,
  waitForChoicesOrReport,
} from "./support/game";

/**
 * A campaign is a folder: a stories folder holding the two campaigns and the test campaigns of
 * tests/fixtures/campaigns (their own cast, palette and rule in JSON; Harbor Lights' places chosen
 * from the builders, Harbor Pictures' places, festival pictures and one portrait drawn as image
 * files of its folder) gives a title with four campaigns, and each plays to its Festival report.
 * Nothing in src/ knows their ids; the dev server finds them through DREAMERS_STORIES_DIR.
 */
const chromiumPath = inject("chromium");
const FIXTURES = path.resolve("tests/fixtures/campaigns");
const TITLES = /^(Neo-Lumen|Neo-Unity|Harbor Lights|Harbor Pictures)/;

describe.skipIf(!chromiumPath)("a campaign added as a folder", () => {
  let browser: Browser;
  let server: ViteDevServer;
  let tab: GameTab;
  const stories = fs.mkdtempSync(path.join(os.tmpdir(), "dreamers-campaigns-"));

  beforeAll(async () => {
    fs.cpSync(path.resolve("stories"), stories, { recursive: true });
    for (const campaign of ["harbor-lights", "harbor-pictures"])
      fs.cpSync(path.join(FIXTURES, campaign), path.join(stories, campaign), { recursive: true });
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
    await expect(page.getByRole("button", { name: TITLES }).count()).resolves.toBe(4);
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

  it("stages its own pictures and portrait, and plays to its Festival report", async () => {
    const pictures = await openGame(browser, server.resolvedUrls?.local[0] ?? "");
    const { page, problems } = pictures;
    const fetched = new Map<string, string>();
    page.on("response", (response) => {
      const url = new URL(response.url());
      if (url.pathname.includes("/campaign-images/"))
        fetched.set(url.pathname.replace(/.*\/campaign-images\//, ""), response.headers()["content-type"] ?? "");
    });
    await page.getByRole("button", { name: /^Harbor Pictures/ }).click();
    await waitForChoicesOrReport(page);
    // The quay's three layers and Wren's emblem, each served as what its bytes are.
    await expect.poll(() => fetched.get("harbor-pictures/emblems/wren.svg")).toBe("image/svg+xml");
    expect(fetched.get("harbor-pictures/places/quay-sky.png")).toBe("image/png");
    expect(fetched.get("harbor-pictures/places/quay-skyline.svg")).toBe("image/svg+xml");
    expect(fetched.get("harbor-pictures/places/quay-water.png")).toBe("image/png");
    expect(await canvasVariation(page)).toBeGreaterThan(4);
    await screenshot(page, "harbor-pictures-quay");
    // A fifth character has the colour the manifest gives it, like the first four.
    const pell = page.getByRole("meter", { name: "Pell Marsh" }).locator(".stance-marker");
    await expect(pell.evaluate((marker) => getComputedStyle(marker).backgroundColor)).resolves.toBe(
      "rgb(200, 240, 122)",
    );
    await playToReport(page, () => 0);
    const report = festivalReport(page);
    await expect(report.getByRole("heading", { name: "One Light" }).count()).resolves.toBe(1);
    // The festival picture of "One Light" is the campaign's own SVG.
    expect(fetched.get("harbor-pictures/festival/one-light.svg")).toBe("image/svg+xml");
    expect(await canvasVariation(page)).toBeGreaterThan(4);
    await screenshot(page, "harbor-pictures-report");
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  }, 300_000);

  it("ships its pictures in the build, drawn under the strict policy", async () => {
    // The build swaps in the trimmed Phaser (phaserOfOurs.cjs): its loader must still read images and SVG.
    const outDir = path.join(stories, "..", `${path.basename(stories)}-dist`);
    await build({ logLevel: "silent", build: { outDir, emptyOutDir: true } });
    const host = await preview({
      logLevel: "silent",
      build: { outDir },
      preview: { port: 0, host: "127.0.0.1", strictPort: false },
    });
    try {
      const { page, problems } = await openGame(browser, host.resolvedUrls?.local[0] ?? "");
      const fetched: string[] = [];
      page.on("response", (response) => {
        if (response.url().includes("/campaign-images/"))
          fetched.push(response.url().replace(/.*\/campaign-images\//, ""));
      });
      await page.getByRole("button", { name: /^Harbor Pictures/ }).click();
      await waitForChoicesOrReport(page);
      await playToReport(page, () => 0);
      await expect(festivalReport(page).getByRole("heading", { name: "One Light" }).count()).resolves.toBe(1);
      expect(fetched).toEqual(
        expect.arrayContaining([
          "harbor-pictures/emblems/wren.svg",
          "harbor-pictures/places/quay-sky.png",
          "harbor-pictures/places/quay-skyline.svg",
          "harbor-pictures/places/lamp-room.jpg",
          "harbor-pictures/festival/one-light.svg",
        ]),
      );
      expect(problems).toEqual([]);
    } finally {
      await host.close();
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  }, 300_000);
});
