import { describe, expect, inject, it } from "vitest";
import { choiceButtons, gameTabs, stances, waitForChoicesOrReport } from "./support/game";
import { finishedSave, importFile, saveAfter, saveFile } from "./support/saves";

/**
 * Saves a player can break: imported files that lie or are too large, storage that cannot be read.
 * Run: npx vitest run --project e2e tests/e2e/saves.test.ts
 */
const chromiumPath = inject("chromium");
const baseUrl = inject("baseUrl");

describe.skipIf(!chromiumPath)("saves in Chromium", () => {
  const { open } = gameTabs(chromiumPath, baseUrl);

  it("refuses an imported file over the size limit at once, naming its size and the limit", async () => {
    const { page } = await open();
    const padded = JSON.stringify(saveAfter("neo-lumen", 2)) + " ".repeat(55 * 1024 * 1024);
    await importFile(page, saveFile("padded.json", padded));
    const alert = page.getByRole("alertdialog");
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/55\.\d MB; the limit is 2 MB/);
  });

  it("rebuilds an imported Act I save whose ink state jumps to the epilogue, and says so", async () => {
    const { page, problems } = await open();
    const honest = saveAfter("neo-lumen", 6);
    const forged = {
      ...honest,
      inkState: finishedSave("neo-lumen").inkState,
      stances: {
        ...honest.stances,
        stances: Object.fromEntries(Object.keys(honest.stances.stances).map((id) => [id, 100])),
      },
    };
    await importFile(page, saveFile("forged.json", JSON.stringify(forged)));
    // Read the notice while it shows (it leaves after a few seconds), then let the lines type.
    await expect
      .poll(() => page.getByRole("status").textContent(), { timeout: 60_000 })
      .toMatch(
        /did not agree with its own choices \(the story position; the stances .*\), so it was rebuilt from the 6 choices/,
      );
    await expect(waitForChoicesOrReport(page)).resolves.toBe("choices");
    const shown = await stances(page);
    expect(Object.values(shown)).toEqual(Object.values(honest.stances.stances).map(Math.round));
    expect(problems).toEqual([]);
  });

  it("refuses a Neo-Lumen save carrying Neo-Unity's ink state, naming it", async () => {
    const { page } = await open();
    const crossed = { ...saveAfter("neo-lumen", 3), inkState: saveAfter("neo-unity", 3).inkState };
    await importFile(page, saveFile("crossed.json", JSON.stringify(crossed)));
    const alert = page.getByRole("alertdialog");
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/comes from another story: it names the knot "a1_/);
    // The way on: its own choice log still starts the act again.
    await expect(alert.getByRole("button", { name: /New game/ }).isVisible()).resolves.toBe(true);
  });

  it("says storage is unavailable when it cannot be read, and Save does not ask to overwrite", async () => {
    const { page } = await open();
    await page.evaluate(() => {
      const refuse = () => {
        throw new DOMException("The operation is insecure.", "SecurityError");
      };
      Storage.prototype.getItem = refuse;
      Storage.prototype.setItem = refuse;
    });
    await page.getByRole("button", { name: /^Neo-Lumen/ }).click();
    await waitForChoicesOrReport(page);
    await choiceButtons(page).first().click();
    await waitForChoicesOrReport(page);
    await page.getByRole("button", { name: "Menu" }).click();
    await page.getByRole("button", { name: /^Save$/ }).click();
    const slot = page.getByRole("button", { name: /^Slot 1\b/ });
    await expect(slot.textContent()).resolves.toMatch(/^Slot 1\W+storage is unavailable/);
    await slot.click();
    await expect(page.getByRole("status").textContent()).resolves.toMatch(/Could not save/);
    await expect(page.getByRole("alertdialog").count()).resolves.toBe(0);
  });
});
