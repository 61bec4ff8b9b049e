import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { readManifest, STORIES_DIR } from "../../src/build/campaigns";
import { compileRule } from "../../src/engine/outcomeRule";
import { asSentence, NO_CONDITION_HELD } from "../../src/engine/ruleReadout";
import { axeViolations } from "./support/axe";
import {
  canvasVariation,
  choiceButtons,
  festivalReport,
  gameTabs,
  playToReport,
  screenshot,
  stances,
  storyText,
  waitForChoicesOrReport,
} from "./support/game";
import { autosaveKey, saveBeforeNudge } from "./support/saves";

const chromiumPath = inject("chromium");
const baseUrl = inject("baseUrl");
const AUTOSAVE_NEO_LUMEN = "dreamers-of-2145/save/auto-neo-lumen";

describe.skipIf(!chromiumPath)("the game in Chromium", () => {
  const { open } = gameTabs(chromiumPath, baseUrl);

  it("offers both campaigns on the title, and no Continue before any game", async () => {
    const { page, problems } = await open();
    await expect(page.getByRole("button", { name: /^Neo-Unity/ }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("button", { name: /^Continue/ }).count()).resolves.toBe(0);
    await screenshot(page, "title");
    expect(problems).toEqual([]);
  });

  it.each([
    ["Neo-Lumen", "neo-lumen"],
    ["Neo-Unity", "neo-unity"],
  ])(
    "plays %s through to its Festival report, with no errors on the way",
    async (name, id) => {
      // The city moves as for most players; the text comes at once (a player's setting), as the
      // typing is not what this test is about and would take most of its time.
      const { page, problems } = await open({
        storage: { "dreamers-of-2145/settings": JSON.stringify({ textSpeed: "instant" }) },
      });
      await page.getByRole("button", { name: new RegExp(`^${name}`) }).click();
      await waitForChoicesOrReport(page);
      const manifest = readManifest(path.join(STORIES_DIR, id));
      const panel = page.getByRole("region", { name: "Stances" });
      // A meter per character, and one for the cast's mean, which both rules read.
      const names = [...manifest.characters.map((character) => character.name), "All four together"];
      for (const meterName of names) {
        const meter = panel.getByRole("meter", { name: meterName, exact: true });
        expect(await meter.getAttribute("aria-valuemin")).toBe("-100");
        expect(await meter.getAttribute("aria-valuemax")).toBe("100");
        expect(Number(await meter.getAttribute("aria-valuenow"))).toBeGreaterThanOrEqual(-100);
      }
      // The mean's value is the characters' own, averaged, as the meters show them.
      const shown = await stances(page);
      const cast = manifest.characters.map((character) => shown[character.name] ?? Number.NaN);
      const mean = cast.reduce((sum, value) => sum + value, 0) / cast.length;
      const meanMeter = panel.getByRole("meter", { name: "All four together", exact: true });
      expect(Math.abs(Number(await meanMeter.getAttribute("aria-valuenow")) - mean)).toBeLessThanOrEqual(1);
      // Each measure the rule reads has its row, by its label.
      for (const measure of compileRule(manifest).measures) {
        await expect(panel.getByRole("meter", { name: measure.label, exact: true }).count()).resolves.toBe(1);
      }
      expect(await canvasVariation(page)).toBeGreaterThan(4);
      await screenshot(page, `${id}-opening`);
      const taken = await playToReport(page, (texts, turn) => (turn * 7 + 3) % texts.length);
      expect(taken.length).toBeGreaterThan(10);
      const report = festivalReport(page);
      // Under the summary, the condition that named the ending, in the writers' words, and what it read.
      const why = report.getByRole("group", { name: "Why this ending" });
      const rule = compileRule(manifest);
      const reasons = [
        ...rule.conditions.map((condition) => asSentence(condition.name)),
        rule.defaultName ? asSentence(rule.defaultName) : NO_CONDITION_HELD,
      ];
      // One sentence a step: a night the story kept is explained by the clause that decided it
      // ("The night: …", then "Then: …" if the end turned it), never by one that passes it through.
      const passedThrough = rule.conditions.filter((condition) => condition.outcomeFrom !== null);
      const steps = (await why.locator("p").allTextContents()).map((text) => text.replace(/^(The night|Then): /, ""));
      expect(steps.length).toBeGreaterThan(0);
      for (const step of steps) {
        expect(reasons).toContain(step);
        expect(passedThrough.map((condition) => asSentence(condition.name))).not.toContain(step);
      }
      await screenshot(page, `${id}-report-folded`);
      // The report opens folded under the festival's picture; the stances, ledger and chart unfold.
      await report.getByRole("button", { name: "How everyone moved" }).click();
      // What the rule read that is not a stance: the climax's decision at least is in the ledger.
      await expect(report.getByRole("list", { name: "Ledger" }).getByRole("listitem").count()).resolves.toBeGreaterThan(
        0,
      );
      await expect(report.getByRole("heading").first().textContent()).resolves.toMatch(/\w/);
      // Where everyone stands ends with the cast's mean, valued like a character's stance.
      await expect(report.locator(".final-gauge").first().textContent()).resolves.toMatch(
        /^All four together-?\d+, (balanced|leans to unity|leans to individuality) \(began at -?\d+\)$/,
      );
      await expect(report.locator("svg").count()).resolves.toBeGreaterThan(0);
      await screenshot(page, `${id}-report`);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    },
    400_000,
  );

  it("resumes at the same line after a reload, through Continue", async () => {
    const { page } = await open();
    await page.getByRole("button", { name: /^Neo-Lumen/ }).click();
    for (let i = 0; i < 3; i++) {
      await waitForChoicesOrReport(page);
      await choiceButtons(page).first().click();
    }
    await waitForChoicesOrReport(page);
    const before = { text: await storyText(page), choices: await choiceButtons(page).allTextContents() };
    await page.reload();
    await page.getByRole("button", { name: /^Continue/ }).click();
    await waitForChoicesOrReport(page);
    expect(await choiceButtons(page).allTextContents()).toEqual(before.choices);
    const lastLine = before.text.trim().split("\n").at(-1) ?? "";
    expect(await storyText(page)).toContain(lastLine.trim());
  });

  it("rewinds the last choice, restoring the stances", async () => {
    // Saved where the first choice moves a stance: no need to play there through the DOM.
    const { page } = await open({
      storage: { [autosaveKey("neo-unity")]: JSON.stringify(saveBeforeNudge("neo-unity")) },
    });
    await page.getByRole("button", { name: /^Continue/ }).click();
    await waitForChoicesOrReport(page);
    const before = await stances(page);
    const choices = await choiceButtons(page).allTextContents();
    await choiceButtons(page).first().click();
    await waitForChoicesOrReport(page);
    expect(await stances(page)).not.toEqual(before);
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: /^Rewind/ }).click();
    await waitForChoicesOrReport(page);
    expect(await stances(page)).toEqual(before);
    // The same choices come back; the one just taken back is now marked as taken before.
    const offered = await choiceButtons(page).allTextContents();
    expect(offered.map((text) => text.replace(/✓$/, ""))).toEqual(choices);
    await expect(page.getByRole("button", { name: `${choices[0]}, taken before`, exact: true }).count()).resolves.toBe(
      1,
    );
  });

  it("meets a damaged autosave with a clear message and a way on, leaving other slots alone", async () => {
    const { page } = await open();
    const slotOne = JSON.stringify({ untouched: true });
    await page.evaluate(
      ([key, slot]) => {
        localStorage.setItem(key ?? "", '{"format":"dreamers-of-2145/save","version":1,"campaign":"neo-lumen"');
        localStorage.setItem("dreamers-of-2145/save/1", slot ?? "");
      },
      [AUTOSAVE_NEO_LUMEN, slotOne],
    );
    await page.reload();
    await page.getByRole("button", { name: /^Continue/ }).click();
    const alert = page.getByRole("alertdialog");
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/damaged|cannot|not readable/i);
    await expect(alert.getByRole("button", { name: /New game/i }).isVisible()).resolves.toBe(true);
    await screenshot(page, "damaged-save");
    expect(await page.evaluate(() => localStorage.getItem("dreamers-of-2145/save/1"))).toBe(slotOne);
    await alert.getByRole("button", { name: /New game/i }).click();
    await expect(waitForChoicesOrReport(page)).resolves.toBe("choices");
  });

  it("plays by keyboard alone from the title to a choice, with reduced motion", async () => {
    // The one browser test with reduced motion, as some players ask: the text at once, a still city.
    const { page } = await open({ reducedMotion: "reduce" });
    let focused = "";
    for (let presses = 0; presses < 15 && !focused.startsWith("Neo-Lumen"); presses++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
    }
    expect(focused).toMatch(/^Neo-Lumen/);
    await page.keyboard.press("Enter");
    await waitForChoicesOrReport(page);
    const offered = await choiceButtons(page).allTextContents();
    // The choices take the focus as a group: a Space or Enter still meant for the text takes none.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Choices");
    await page.keyboard.press("Space");
    await page.keyboard.press("Enter");
    expect(await choiceButtons(page).allTextContents()).toEqual(offered);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(offered[0]?.trim());
    const first = offered[0] ?? "";
    await page.keyboard.press("1");
    await waitForChoicesOrReport(page);
    const history = await page.locator("#ui").textContent();
    expect(history).toContain(first.trim());
  });

  it("draws the city at low and at high visual quality, low with fewer canvas pixels", async () => {
    const canvasWidths: Record<string, number> = {};
    for (const quality of ["low", "high"]) {
      const { page, problems } = await open({
        storage: { "dreamers-of-2145/settings": JSON.stringify({ visualQuality: quality }) },
      });
      await page.getByRole("button", { name: /^Neo-Lumen/ }).click();
      await waitForChoicesOrReport(page);
      expect(await canvasVariation(page)).toBeGreaterThan(4);
      await screenshot(page, `neo-lumen-quality-${quality}`);
      canvasWidths[quality] = await page
        .locator("#game canvas")
        .evaluate((canvas) => (canvas as HTMLCanvasElement).width);
      expect(problems).toEqual([]);
      await page.context().close();
    }
    expect(canvasWidths.low).toBeLessThan(canvasWidths.high ?? 0);
  });

  it.each([
    ["Neo-Lumen", "neo-lumen"],
    ["Neo-Unity", "neo-unity"],
  ])("draws a living %s on a phone-sized screen", async (name, id) => {
    const { page, problems } = await open({ viewport: { width: 360, height: 740 } });
    await page.getByRole("button", { name: new RegExp(`^${name}`) }).click();
    await waitForChoicesOrReport(page);
    expect(await canvasVariation(page)).toBeGreaterThan(4);
    await screenshot(page, `${id}-phone`);
    expect(problems).toEqual([]);
  });
});
