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

// The year after's clause that turns a rebooted night into a retold one, whatever its wording.
const retoldClause =
  neoLumen.manifest?.rule.conditions.find(
    (condition) =>
      condition.outcome === "living-tapestry" && "when" in condition && condition.when.includes("'the-reboot'"),
  )?.name ?? "(no clause retells a rebooted night)";

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
      expect(then).toBe(`Then: ${asSentence(retoldClause)}`);
      // What the night's clause read is what the player had told Eliot then, long before this save.
      await expect(why.locator('ul[aria-label="What the night\'s call read"]').textContent()).resolves.toContain(
        "What you told Eliot at the surge: reboot it",
      );
      // The night the end read is the step above, not read out again.
      await expect(why.locator('ul[aria-label="What it read"]').textContent()).resolves.not.toContain(
        "How the festival night ended",
      );
      // Folded, the report is a caption under the festival's picture. On a desktop the two sentences
      // fit in it without scrolling and at least a third of the screen still shows the picture; on a
      // phone the caption may scroll, but the reason and Play again are in view without it.
      await screenshot(page, `report-why-night-${screen === "a phone" ? "phone" : "desktop"}`);
      const inView = async (box: { y: number; height: number } | null) =>
        box !== null && box.y >= 0 && box.y + box.height <= viewport.height;
      await expect(inView(await why.boundingBox())).resolves.toBe(true);
      await expect(inView(await report.getByRole("button", { name: "Play again" }).boundingBox())).resolves.toBe(true);
      if (screen === "a desktop") {
        const folded = await report.evaluate((element) => ({
          top: element.getBoundingClientRect().top,
          overflow: element.scrollHeight - element.clientHeight,
        }));
        expect(folded.overflow, "the folded report scrolls").toBeLessThanOrEqual(1);
        expect(folded.top, "the picture above the folded report").toBeGreaterThanOrEqual(viewport.height / 3);
      }
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    },
    300_000,
  );
});
