import type { CDPSession, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { choiceButtons, festivalReport, gameTabs, waitForChoicesOrReport } from "./support/game";
import { saveBeforeEnd, seedSaves } from "./support/saves";

/**
 * A disposed game leaves nothing behind: after each of five "Play again" replays (each ended by
 * loading a save one choice before the end), CDP's Memory.getDOMCounters after a forced gc counts
 * exactly the DOM nodes and listeners of the first replay. Zero slack: each replay ends on the same
 * screen, so a page that let go of the game counts the same to the node (seen in every run
 * measured); a game held back is ~500 nodes (its story panel), and one held back only sometimes
 * must still fail. That was Chromium's :hover mark left on a hidden choices group (see
 * src/ui/choiceList.ts hide()): Document's user-action elements held the group, and through it the
 * disposed panel, in about one run in three.
 * The JS heap is printed, not bounded: it climbs about 0.2 MB a replay with V8's compiled code and
 * the browser's performance-timeline buffers, none of it the game's (heap snapshots compared).
 * Run: npx vitest run --project e2e tests/e2e/replayMemory.test.ts
 */
const chromiumPath = inject("chromium");
const baseUrl = inject("baseUrl");

describe.skipIf(!chromiumPath)("memory over replays", () => {
  const { open } = gameTabs(chromiumPath, baseUrl);

  const toReport = async (page: Page) => {
    await waitForChoicesOrReport(page);
    await choiceButtons(page).first().click();
    await festivalReport(page).waitFor();
  };

  it("releases the ended game: DOM nodes and listeners return to the same count after every replay", async () => {
    const tab = await open();
    const { page } = tab;
    const nearEnd = saveBeforeEnd("neo-lumen");
    await seedSaves(page, { "auto-neo-lumen": nearEnd, "1": nearEnd });
    const cdp: CDPSession = await page.context().newCDPSession(page);
    const counters = async () => {
      await cdp.send("HeapProfiler.collectGarbage");
      const { nodes, jsEventListeners } = await cdp.send("Memory.getDOMCounters");
      const { usedSize } = await cdp.send("Runtime.getHeapUsage");
      return { nodes, listeners: jsEventListeners, heapMB: Math.round((usedSize / 1024 / 1024) * 10) / 10 };
    };
    await page.getByRole("button", { name: /^Continue/ }).click();
    await toReport(page);
    const cycles: { nodes: number; listeners: number; heapMB: number }[] = [];
    for (let cycle = 1; cycle <= 5; cycle++) {
      await festivalReport(page)
        .getByRole("button", { name: /Play again/ })
        .click();
      // The new game is on screen (not the ended one's report) before its menu is opened.
      await festivalReport(page).waitFor({ state: "hidden" });
      await waitForChoicesOrReport(page);
      await page.keyboard.press("Escape");
      await page.getByRole("button", { name: /^Load/ }).click();
      await page.getByRole("button", { name: /^Slot 1\b/ }).click();
      await toReport(page);
      // One tab only: its own ended game must not read as "another tab" holding the save.
      expect(await page.getByText(/open in another tab/).count()).toBe(0);
      // Notices fade after a few seconds; let them go before counting.
      await page.locator(".notice").first().waitFor({ state: "detached", timeout: 15_000 });
      cycles.push(await counters());
    }
    console.log(`DOM counters and JS heap after each of five replays: ${JSON.stringify(cycles)}`);
    const [first] = cycles;
    if (!first || cycles.length < 5) throw new Error("fewer than five replays counted");
    const level = ({ nodes, listeners }: { nodes: number; listeners: number }) => ({ nodes, listeners });
    expect(cycles.map(level)).toEqual(cycles.map(() => level(first)));
  }, 600_000);
});
