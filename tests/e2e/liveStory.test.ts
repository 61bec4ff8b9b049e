import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { createLogger, createServer, type ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type GameTab, launch, openGame, storyText, waitForChoicesOrReport } from "./support/game";

/**
 * The writer's loop: the dev server recompiles a saved .ink file and the open game shows it
 * without a reload; a compile error, and what story:check's lint would say (an unknown speaker),
 * shows over the page and in the terminal with file and line, and goes when the writer fixes it; a
 * campaign folder added while the server runs is on the title. Runs on a copy of the stories so the
 * real ones are never touched.
 */
const chromiumPath = inject("chromium");

describe.skipIf(!chromiumPath)("the dev server and a writer saving ink", () => {
  let browser: Browser;
  let server: ViteDevServer;
  let tab: GameTab;
  const stories = fs.mkdtempSync(path.join(os.tmpdir(), "dreamers-stories-"));
  const act1 = path.join(stories, "neo-lumen", "act1.ink");
  /** What the dev server printed as errors in the terminal. */
  const terminal: string[] = [];
  const logger = { ...createLogger("silent"), error: (message: string) => void terminal.push(message) };
  let beforeBreaking = "";

  beforeAll(async () => {
    fs.cpSync(path.resolve("stories"), stories, { recursive: true });
    process.env.DREAMERS_STORIES_DIR = stories;
    server = await createServer({
      customLogger: logger,
      server: { port: 0, host: "127.0.0.1", strictPort: false },
    });
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

  it("shows a saved change in the open game without reloading it", async () => {
    const { page } = tab;
    await page.getByRole("button", { name: /^Neo-Lumen/ }).click();
    await waitForChoicesOrReport(page);
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    const original = fs.readFileSync(act1, "utf8");
    const shown = await storyText(page);
    // The first plain line of narration in the source that the player is reading now.
    const line = original
      .split("\n")
      .map((text) => text.trim())
      .find((text) => /^[A-Z][^#{}~=*+-]{30,}$/.test(text) && shown.includes(text.slice(0, 30)));
    expect(line).toBeDefined();
    fs.writeFileSync(act1, original.replace(line?.slice(0, 30) ?? "", "A WRITER JUST CHANGED THIS LINE"));
    await page.waitForFunction(
      () => document.body.textContent?.includes("A WRITER JUST CHANGED THIS LINE"),
      undefined,
      { timeout: 30_000 },
    );
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  });

  it("shows a compile error over the page with file and line", async () => {
    const { page } = tab;
    beforeBreaking = fs.readFileSync(act1, "utf8");
    const text = beforeBreaking.split("\n");
    const broken = text.findIndex((line) => line.startsWith("=== ")) + 2;
    text.splice(broken - 1, 0, "-> a_knot_that_does_not_exist");
    fs.writeFileSync(act1, text.join("\n"));
    const overlay = page.locator("vite-error-overlay");
    await overlay.waitFor({ state: "attached", timeout: 30_000 });
    const message = await overlay.evaluate((element) => element.shadowRoot?.textContent ?? "");
    expect(message).toMatch(new RegExp(`act1\\.ink:${broken}: error: Divert target not found`));
  });

  it("takes the error off the page when the writer fixes it, and the game carries on", async () => {
    const { page } = tab;
    fs.writeFileSync(act1, beforeBreaking);
    await page.locator("vite-error-overlay").waitFor({ state: "detached", timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  });

  it("shows what story:check would say, an unknown speaker, over the page and in the terminal until fixed", async () => {
    const { page } = tab;
    const text = beforeBreaking.split("\n");
    const at = text.findIndex((line) => line.startsWith("=== ")) + 2;
    text.splice(at - 1, 0, "Who goes there? # speaker: TAMSINN");
    terminal.length = 0;
    fs.writeFileSync(act1, text.join("\n"));
    const overlay = page.locator("vite-error-overlay");
    await overlay.waitFor({ state: "attached", timeout: 30_000 });
    const message = await overlay.evaluate((element) => element.shadowRoot?.textContent ?? "");
    const finding = new RegExp(`act1\\.ink:${at}: error: unknown speaker "TAMSINN"`);
    expect(message).toMatch(finding);
    expect(terminal.join("\n")).toMatch(finding);
    fs.writeFileSync(act1, beforeBreaking);
    await overlay.waitFor({ state: "detached", timeout: 30_000 });
  });

  it("offers a campaign folder added while it runs, without a restart", async () => {
    const { page } = tab;
    fs.cpSync(path.resolve("tests/fixtures/campaigns/harbor-lights"), path.join(stories, "harbor-lights"), {
      recursive: true,
    });
    await page.getByRole("button", { name: /^Harbor Lights/ }).waitFor({ timeout: 30_000 });
  });
});
