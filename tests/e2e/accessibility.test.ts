import { describe, expect, inject, it } from "vitest";
import { axeViolations } from "./support/axe";
import { choiceButtons, gameTabs, waitForChoicesOrReport } from "./support/game";

const chromiumPath = inject("chromium");
const baseUrl = inject("baseUrl");

/** axe-core on every screen a player can open before the ending (the report is checked where it is played to). */
describe.skipIf(!chromiumPath)("every screen passes axe-core", () => {
  const { open } = gameTabs(chromiumPath, baseUrl);

  it("title, story, menu, history, settings and load dialog have no violations", async () => {
    const tab = await open();
    const { page } = tab;
    const found: Record<string, string[]> = {};
    found.title = await axeViolations(page);

    await page.getByRole("button", { name: "Settings" }).click();
    await page.getByRole("dialog").waitFor();
    found["title settings"] = await axeViolations(page);
    await page.keyboard.press("Escape");

    await page.getByRole("button", { name: /^Neo-Lumen/ }).click();
    await waitForChoicesOrReport(page);
    found.story = await axeViolations(page);

    await choiceButtons(page).first().click();
    await waitForChoicesOrReport(page);
    await page.getByRole("button", { name: "Menu" }).click();
    await page.getByRole("dialog", { name: "Menu" }).waitFor();
    found.menu = await axeViolations(page);

    await page.getByRole("button", { name: "History" }).click();
    await page.getByRole("dialog").waitFor();
    found.history = await axeViolations(page);
    await page.keyboard.press("Escape");

    await page.getByRole("button", { name: "Menu" }).click();
    await page.getByRole("button", { name: "Load" }).click();
    await page.getByRole("dialog").waitFor();
    found.load = await axeViolations(page);

    expect(found).toEqual({
      title: [],
      "title settings": [],
      story: [],
      menu: [],
      history: [],
      load: [],
    });
  }, 400_000);
});
