import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { choiceButtons, festivalReport, gameTabs, waitForChoicesOrReport } from "./support/game";
import { saveBeforeEnd, seedSaves, storedSave } from "./support/saves";

/**
 * "Play again" after the Festival report: the ended game never writes once the new one began.
 * Run: npx vitest run --project e2e tests/e2e/playAgain.test.ts
 */
const chromiumPath = inject("chromium");
const baseUrl = inject("baseUrl");

describe.skipIf(!chromiumPath)("Play again", () => {
  const { open } = gameTabs(chromiumPath, baseUrl);

  const toReport = async (page: Page) => {
    await waitForChoicesOrReport(page);
    await choiceButtons(page).first().click();
    // The last lines type before the report, as for any player: a key completes each.
    expect(await waitForChoicesOrReport(page)).toBe("report");
  };

  it("never lets the ended game's pending autosave replace the new game's", async () => {
    const tab = await open();
    const { page } = tab;
    await seedSaves(page, { "auto-neo-lumen": saveBeforeEnd("neo-lumen") });
    // Frames come late (a busy machine, a tab in the background): hold them, so the last choice's
    // autosave is still pending when the player presses Play again.
    await page.evaluate(() => {
      const held: FrameRequestCallback[] = [];
      const real = window.requestAnimationFrame.bind(window);
      Object.assign(window, {
        releaseFrames: () => {
          window.requestAnimationFrame = real;
          for (const callback of held.splice(0)) callback(performance.now());
        },
      });
      window.requestAnimationFrame = (callback) => held.push(callback);
    });
    await page.getByRole("button", { name: /^Continue/ }).click();
    await toReport(page);
    await festivalReport(page)
      .getByRole("button", { name: /Play again/ })
      .click();
    await waitForChoicesOrReport(page);
    await page.evaluate(() => (window as unknown as { releaseFrames(): void }).releaseFrames());
    await page.waitForTimeout(1000);
    const autosave = await storedSave(page, "auto-neo-lumen");
    expect(autosave?.choicesTaken).toHaveLength(0);
  }, 400_000);
});
