import { describe, expect, inject, it } from "vitest";
import { choiceButtons, gameTabs, waitForChoicesOrReport } from "./support/game";

/**
 * A story error never locks the choices: the player gets a dialog that says what happened with
 * Rewind and Load, and the choices work again. The error is made by serving a Neo-Lumen story
 * whose nudges name a character the campaign does not have.
 * Run: npx vitest run --project e2e tests/e2e/storyError.test.ts
 */
const chromiumPath = inject("chromium");
const baseUrl = inject("baseUrl");

describe.skipIf(!chromiumPath)("a story error", () => {
  const { open } = gameTabs(chromiumPath, baseUrl);

  it("opens a dialog with Rewind and Load, and the choices work again", async () => {
    const tab = await open();
    const { page } = tab;
    await page.route("**/assets/*.js", async (route) => {
      const response = await route.fetch();
      const text = await response.text();
      const broken = /inkVersion/.test(text) ? text.replaceAll("^eliot", "^nobody") : text;
      await route.fulfill({ response, body: broken });
    });
    await page.getByRole("button", { name: /^Neo-Lumen/ }).click();
    const alert = page.getByRole("alertdialog");
    for (let turn = 0; turn < 20 && !(await alert.isVisible()); turn++) {
      await waitForChoicesOrReport(page);
      await choiceButtons(page).first().click();
      await page.waitForTimeout(100);
    }
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/nudge\("nobody", 10\).*unknown character/);
    await expect(alert.getByRole("button", { name: "Load" }).isVisible()).resolves.toBe(true);
    // Behind the dialog, the turn's choices are live again (every one of them meets the same error here).
    await expect(choiceButtons(page).first().isEnabled()).resolves.toBe(true);

    await alert.getByRole("button", { name: "Rewind" }).click();
    await waitForChoicesOrReport(page);
    await expect(choiceButtons(page).first().isEnabled()).resolves.toBe(true);
    // Rewind took back the choice before: its other option leads on.
    const before = await choiceButtons(page).allTextContents();
    await choiceButtons(page).last().click();
    await expect.poll(async () => (await choiceButtons(page).allTextContents()).join("|")).not.toBe(before.join("|"));
  }, 400_000);
});
