import { describe, expect, inject, it } from "vitest";
import { choiceButtons, gameTabs, waitForChoicesOrReport } from "./support/game";
import { offeredChoices, saveAfter, seedSaves, storedSave } from "./support/saves";

/**
 * A new game never erases a game in progress without asking, and starting over keeps it as the
 * previous game. Run: npx vitest run --project e2e tests/e2e/newGame.test.ts
 */
const chromiumPath = inject("chromium");
const baseUrl = inject("baseUrl");

describe.skipIf(!chromiumPath)("a new game over a game in progress", () => {
  const { open } = gameTabs(chromiumPath, baseUrl);

  it("asks first; Continue it resumes, Start over keeps the old game to load as the previous game", async () => {
    const tab = await open();
    const { page, problems } = tab;
    const inProgress = saveAfter("neo-lumen", 6);
    await seedSaves(page, { "auto-neo-lumen": inProgress });

    await page.getByRole("button", { name: /^Neo-Lumen/ }).click();
    const ask = page.getByRole("alertdialog");
    await ask.waitFor();
    await expect(ask.textContent()).resolves.toMatch(/game in progress/);
    await ask.getByRole("button", { name: "Continue it" }).click();
    await waitForChoicesOrReport(page);
    expect(await choiceButtons(page).allTextContents()).toEqual(offeredChoices(inProgress));

    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Title", exact: true }).click();
    // The pointer still rests where Title was, on the campaign button's bottom edge: the button must
    // stay put under it (a hover lift made it flicker in and out of hover, and never settle).
    await page.getByRole("button", { name: /^Neo-Lumen/ }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Start over" }).click();
    await waitForChoicesOrReport(page);
    expect((await storedSave(page, "auto-neo-lumen"))?.choicesTaken).toHaveLength(0);
    expect((await storedSave(page, "previous-neo-lumen"))?.choicesTaken).toEqual(inProgress.choicesTaken);

    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: /^Load/ }).click();
    await page.getByRole("button", { name: /^Previous game, Neo-Lumen/ }).click();
    // The new game's choices stay on screen until the load replaces them: wait for the old game's.
    await expect
      .poll(() => choiceButtons(page).allTextContents(), { timeout: 60_000 })
      .toEqual(offeredChoices(inProgress));
    expect(problems).toEqual([]);
  }, 400_000);
});
