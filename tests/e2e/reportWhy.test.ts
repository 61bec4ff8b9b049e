import { describe, expect, inject, it } from "vitest";
import { loadStory } from "../../src/build/campaigns";
import { compileRule, type RuleContext } from "../../src/engine/outcomeRule";
import { matchChoice, parsePlaythroughScript } from "../../src/engine/playthrough";
import { asSentence } from "../../src/engine/ruleReadout";
import { createSave, replayChoices } from "../../src/engine/save";
import { StoryRunner, type TakenChoice } from "../../src/engine/storyRunner";
import reboot from "../playthroughs/neo-lumen-callback-reboot-retold.json";
import { axeViolations } from "./support/axe";
import { choiceButtons, festivalReport, gameTabs, screenshot } from "./support/game";

const chromiumPath = inject("chromium");
const baseUrl = inject("baseUrl");
const AUTOSAVE_NEO_LUMEN = "dreamers-of-2145/save/auto-neo-lumen";

// A night Eliot rebooted, which the year after retells (a living tapestry): saved one choice
// before the end, long after the night was sealed, worked out from the same story in Node.
const neoLumen = loadStory("neo-lumen");
const compiled = neoLumen.compile.json as string;
const options = { manifest: neoLumen.manifest };
const retold = (() => {
  const runner = new StoryRunner(compiled, options);
  const taken: TakenChoice[] = [];
  for (const step of parsePlaythroughScript(reboot).steps) {
    if (!("choose" in step)) continue;
    runner.continueToChoice();
    const choice = matchChoice(runner.choices, step.choose);
    if (!choice) throw new Error(`${String(step.choose)} is not offered`);
    taken.push({ index: choice.index, text: choice.text });
    runner.choose(choice.index);
  }
  const last = taken.pop();
  return { save: createSave(replayChoices(compiled, options, taken), "neo-lumen"), last: last?.text ?? "" };
})();
const rebootClauses = compileRule(neoLumen.manifest as RuleContext)
  .conditions.filter((condition) => condition.outcome === "the-reboot")
  .map((condition) => `The night: ${asSentence(condition.name)}`);

describe.skipIf(!chromiumPath)("the report says why a kept night ended as it did", () => {
  const { open } = gameTabs(chromiumPath, baseUrl, { timeout: 120_000 });

  it.each([
    ["a desktop", { width: 1280, height: 800 }],
    ["a phone", { width: 360, height: 740 }],
  ])(
    "on %s, names the clause that rebooted the night and the one that retold it, in a caption a few lines tall",
    async (screen, viewport) => {
      const { page, problems } = await open({
        viewport,
        storage: { [AUTOSAVE_NEO_LUMEN]: JSON.stringify(retold.save) },
      });
      await page.getByRole("button", { name: "Continue", exact: true }).click();
      await choiceButtons(page).filter({ hasText: retold.last }).click();
      const report = festivalReport(page);
      await report.waitFor();
      const why = report.getByRole("group", { name: "Why this ending" });
      const [night, then, ...more] = await why.locator("p").allTextContents();
      expect(more).toEqual([]);
      expect(rebootClauses).toContain(night);
      expect(then).toBe("Then: The city retells the night the reboot erased.");
      // What the night's clause read is what the player had told Eliot then, long before this save.
      await expect(why.locator('ul[aria-label="What the night\'s call read"]').textContent()).resolves.toContain(
        "What you told Eliot at the surge: reboot it",
      );
      // The night the end read is the step above, not read out again.
      await expect(why.locator('ul[aria-label="What it read"]').textContent()).resolves.not.toContain(
        "How the festival night ended",
      );
      // Folded, the reason is a caption of a few lines, not a list (a phone keeps what it read for unfolding).
      await screenshot(page, `report-why-night-${screen === "a phone" ? "phone" : "desktop"}`);
      const box = await why.boundingBox();
      const lineHeight = await why.evaluate((element) => Number.parseFloat(getComputedStyle(element).lineHeight));
      const lines = (box?.height ?? Number.POSITIVE_INFINITY) / lineHeight;
      expect(lines, `${box?.height}px at ${lineHeight}px a line`).toBeLessThanOrEqual(screen === "a phone" ? 5 : 4);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    },
    300_000,
  );
});
