import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { choiceButtons, launch, waitForChoicesOrReport } from "./support/game";
import { offeredChoices, saveAfter, seedSaves, storedSave } from "./support/saves";

/**
 * Two tabs on one campaign: one owns the autosave; the other says so and offers to take over, and
 * taking over makes the first stop writing and say why. Run:
 * npx vitest run --project e2e tests/e2e/tabs.test.ts
 */
const chromiumPath = inject("chromium");
const baseUrl = inject("baseUrl");

describe.skipIf(!chromiumPath)("two tabs on one game", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch(chromiumPath);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const autosavedChoices = async (page: Page) => (await storedSave(page, "auto-neo-lumen"))?.choicesTaken.length;

  it("let only one tab write the autosave, and hand it over when asked", async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      reducedMotion: "no-preference",
    });
    try {
      const first = await context.newPage();
      await first.goto(baseUrl);
      await seedSaves(first, { "auto-neo-lumen": saveAfter("neo-lumen", 3) });
      await first.getByRole("button", { name: /^Continue/ }).click();
      await waitForChoicesOrReport(first);

      const second = await context.newPage();
      await second.goto(baseUrl);
      await second.getByRole("button", { name: /^Continue/ }).click();
      await waitForChoicesOrReport(second);
      const takeOver = second.getByRole("button", { name: "Take over" });
      await takeOver.waitFor();
      await expect(second.getByText(/open in another tab/).count()).resolves.toBeGreaterThan(0);

      // The first tab owns the game: its choice is saved.
      await choiceButtons(first).first().click();
      await waitForChoicesOrReport(first);
      await expect.poll(() => autosavedChoices(first)).toBe(4);
      const newest = await storedSave(first, "auto-neo-lumen");

      // The second takes over: it goes on from the newest save, and the first stops and says why.
      await takeOver.click();
      await expect
        .poll(async () => (await choiceButtons(second).allTextContents()).join("|"))
        .toBe(offeredChoices(newest ?? saveAfter("neo-lumen", 4)).join("|"));
      await expect.poll(() => first.getByText(/another tab took over/i).count()).toBeGreaterThan(0);
      await choiceButtons(first).first().click();
      await waitForChoicesOrReport(first);
      await first.waitForTimeout(500);
      expect(await autosavedChoices(first)).toBe(4);

      await choiceButtons(second).first().click();
      await waitForChoicesOrReport(second);
      await expect.poll(() => autosavedChoices(second)).toBe(5);
    } finally {
      await context.close();
    }
  }, 400_000);
});
