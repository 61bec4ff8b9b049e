import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { choiceButtons, gameTabs, storyText } from "./support/game";

const chromiumPath = inject("chromium");
const baseUrl = inject("baseUrl");

/** What the log says the player chose, in order (its "You chose: ..." lines). */
const chosen = async (page: Page) =>
  (await page.locator(".story-log .chosen").allTextContents()).map((line) => line.replace(/^You chose: /, ""));

/**
 * Clicks meant to hurry the text must not take a choice that appears under the pointer. The page's
 * animation clock is stopped, so the choices never finish appearing: whatever is taken is taken by
 * an input, not by time having passed.
 */
describe.skipIf(!chromiumPath)("choices and a player clicking through the text", () => {
  const { open } = gameTabs(chromiumPath, baseUrl, { timeout: 120_000 });

  it("takes no choice with hurried clicks, but one at once with a deliberate click or a number key", async () => {
    const { page, problems } = await open();
    const devtools = await page.context().newCDPSession(page);
    await devtools.send("Animation.enable");
    await devtools.send("Animation.setPlaybackRate", { playbackRate: 0 });
    await page.getByRole("button", { name: /^Neo-Lumen/ }).click();
    const panel = page.getByRole("region", { name: "Story panel" });
    await panel.waitFor();
    const box = await panel.boundingBox();
    if (!box) throw new Error("no story panel on screen");
    // Near the panel's foot, where the last choice will be once the choices come up.
    const spot = { x: box.x + box.width / 2, y: box.y + box.height - 32 };

    // A player hurrying the text: click after click at one spot, never moving, through the lines
    // and on over the choices that come up under the pointer.
    let clicksOnChoices = 0;
    let offered: string[] = [];
    for (let clicks = 0; clicks < 400 && clicksOnChoices < 8; clicks++) {
      await page.mouse.click(spot.x, spot.y);
      if (!(await choiceButtons(page).first().isVisible())) continue;
      if (clicksOnChoices === 0) offered = await choiceButtons(page).allTextContents();
      // The click landed on a choice, not beside it.
      expect(
        await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest("button.choice") !== null, spot),
      ).toBe(true);
      clicksOnChoices++;
    }
    expect(clicksOnChoices).toBe(8);
    expect(await chosen(page)).toEqual([]);
    expect(await choiceButtons(page).allTextContents()).toEqual(offered);

    // A deliberate click (the pointer travels to the choice, then clicks) chooses at once.
    const first = offered[0] ?? "";
    await choiceButtons(page).first().click();
    await expect.poll(() => chosen(page)).toEqual([first]);

    // At the next choices, with the pointer left where it was, the number keys choose at once.
    for (let presses = 0; presses < 200 && !(await choiceButtons(page).first().isVisible()); presses++) {
      await page.keyboard.press("Space");
    }
    const next = (await choiceButtons(page).allTextContents())[1] ?? "";
    expect(next).not.toBe("");
    await page.keyboard.press("2");
    await expect.poll(() => chosen(page)).toEqual([first, next]);
    expect(await storyText(page)).toContain(next);
    expect(problems).toEqual([]);
  }, 300_000);
});
