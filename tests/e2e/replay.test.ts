import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { loadStory } from "../../src/build/campaigns";
import { END_OF_STORY } from "../../src/engine/replay/routeMap";
import { createSave, replayChoices } from "../../src/engine/save";
import { outlineStory } from "../../src/engine/storyOutline";
import { EXTERNAL_FUNCTIONS, StoryRunner } from "../../src/engine/storyRunner";
import { axeViolations } from "./support/axe";
import { choiceButtons, festivalReport, gameTabs, screenshot, stances, waitForChoicesOrReport } from "./support/game";

const chromiumPath = inject("chromium");
const baseUrl = inject("baseUrl");
const REPLAY = "dreamers-of-2145/replay/";
const SETTINGS = "dreamers-of-2145/settings";
const AUTOSAVE_NEO_LUMEN = "dreamers-of-2145/save/auto-neo-lumen";

// What the browser should show, worked out from the same story in Node.
const neoLumen = loadStory("neo-lumen");
const compiled = neoLumen.compile.json as string;
/** The lines before the first choice, and after taking its first option, up to the next choice. */
const { firstBeat, secondBeat } = (() => {
  const runner = new StoryRunner(compiled, { manifest: neoLumen.manifest });
  const lines = runner.continueToChoice().lines;
  runner.choose(0);
  return { firstBeat: lines, secondBeat: runner.continueToChoice().lines };
})();
/** Always taking the first choice: the first line of act II and the choices taken to reach it. */
const actTwo = (() => {
  const runner = new StoryRunner(compiled, { manifest: neoLumen.manifest });
  for (;;) {
    const beat = runner.continueToChoice();
    const line = beat.lines.find((candidate) => candidate.tags.act === 2);
    if (line) return { firstLine: line.text, choices: runner.turn };
    runner.choose(0);
  }
})();

/** Always the first choice, stopped one choice before the end: the save, the texts taken, the last one. */
const nearTheEnd = (() => {
  const path: number[] = [];
  for (;;) {
    const probe = replayChoices(compiled, { manifest: neoLumen.manifest }, [...path, 0]);
    if (probe.ended) break;
    path.push(0);
  }
  const runner = replayChoices(compiled, { manifest: neoLumen.manifest }, path);
  return {
    save: createSave(runner, "neo-lumen"),
    taken: runner.choicesTaken.map((choice) => choice.text),
    last: runner.choices[0]?.text ?? "",
  };
})();

async function seed(page: Page, entries: Record<string, string>): Promise<void> {
  await page.evaluate((pairs) => {
    for (const [key, value] of Object.entries(pairs)) localStorage.setItem(key, value);
  }, entries);
  await page.reload();
  await page.getByRole("button", { name: /^Neo-Lumen/ }).waitFor();
}

async function toTitle(page: Page): Promise<void> {
  await page.keyboard.press("Escape");
  await page.getByRole("dialog", { name: "Menu" }).getByRole("button", { name: "Title", exact: true }).click();
  await page.getByRole("button", { name: /^Neo-Lumen/ }).waitFor();
}

/** Each of these plays part of a campaign in software-rendered WebGL on a shared machine. */
const LONG = 600_000;

const storyLines = (page: Page) => page.locator('[aria-live="polite"] .line:not(.chosen) .text');

describe.skipIf(!chromiumPath)("replaying the game in Chromium", () => {
  const { open } = gameTabs(chromiumPath, baseUrl, { timeout: 120_000 });

  it(
    "skips a second playthrough to the first unread line, then to the choices, marks the choice an abandoned game took, never chooses, and goes on while Ctrl is held",
    async () => {
      const { page, problems } = await open({ reducedMotion: "no-preference" });
      // Lines wait for a press, so the first visit reads exactly three lines.
      await seed(page, { [SETTINGS]: JSON.stringify({ textSpeed: "slow", autoAdvance: false }) });
      await page.getByRole("button", { name: /^Neo-Lumen/ }).click();
      await storyLines(page).first().waitFor();
      while ((await storyLines(page).count()) < 3) await page.keyboard.press("Space");
      await toTitle(page);

      await page.getByRole("button", { name: /^Neo-Lumen/ }).click();
      await storyLines(page).first().waitFor();
      await page.getByRole("button", { name: "Skip", exact: true }).click();
      const log = page.locator('[aria-live="polite"]');
      await expect(log.getByText("Skipped 2 lines you have read").waitFor()).resolves.toBeUndefined();
      await screenshot(page, "replay-skip-in-progress");
      // It stopped at the first line never read: the fourth, and offers no choice yet.
      await expect(storyLines(page).allTextContents()).resolves.toEqual(firstBeat.slice(0, 4).map((line) => line.text));
      await expect(choiceButtons(page).count()).resolves.toBe(0);
      expect(await axeViolations(page)).toEqual([]);

      // Read the rest, take the first option, and come back: now the whole beat is read.
      await waitForChoicesOrReport(page);
      const firstOption = (await choiceButtons(page).first().textContent()) ?? "";
      await choiceButtons(page).first().click();
      await storyLines(page).nth(firstBeat.length).waitFor();
      await toTitle(page);
      await page.getByRole("button", { name: /^Neo-Lumen/ }).click();
      // A choice is behind this game now, so a new one asks first: start over, keeping what was read.
      await page.getByRole("alertdialog").getByRole("button", { name: "Start over" }).click();
      await storyLines(page).first().waitFor();
      await page.keyboard.press("Control");
      await choiceButtons(page).first().waitFor();
      await expect(storyLines(page).count()).resolves.toBe(firstBeat.length);
      await expect(log.getByText(`Skipped ${firstBeat.length - 1} lines you have read`).count()).resolves.toBe(1);
      // Skip never chooses: the choices wait, the one the abandoned game took marked as taken before
      // (exactly so: that is what a screen reader says), and only that one.
      await expect(log.locator(".chosen").count()).resolves.toBe(0);
      await expect(
        page.getByRole("button", { name: `${firstOption}, taken before`, exact: true }).count(),
      ).resolves.toBe(1);
      await expect(page.getByRole("button", { name: /taken before/ }).count()).resolves.toBe(1);

      // Ctrl held goes on skipping after a choice: the abandoned game read the next beat's first line,
      // so that one goes past and the skip stops at the second, never read.
      await page.keyboard.down("Control");
      await choiceButtons(page).first().click();
      await expect(log.getByText("Skipped 1 line you have read").waitFor()).resolves.toBeUndefined();
      await expect(storyLines(page).allTextContents()).resolves.toEqual(
        [...firstBeat, ...secondBeat].map((line) => line.text),
      );
      await expect(log.locator(".line.skipped .text").last().textContent()).resolves.toBe(secondBeat[0]?.text);
      await screenshot(page, "replay-skip-held");
      // Let go, the same read line types out as any other.
      await page.keyboard.up("Control");
      await page.keyboard.press("Escape");
      await page.getByRole("button", { name: /^Rewind/ }).click();
      await choiceButtons(page).first().click();
      await waitForChoicesOrReport(page);
      await expect(storyLines(page).count()).resolves.toBe(firstBeat.length + secondBeat.length);
      await expect(log.getByText(/^Skipped/).count()).resolves.toBe(0);
      expect(problems).toEqual([]);
    },
    LONG,
  );

  it(
    "counts an ending reached in an earlier run, never names the others, and replays it",
    async () => {
      const { page, problems } = await open();
      const ending = {
        campaign: "neo-lumen",
        outcome: "the-reboot",
        reachedAt: "2026-11-20T21:14:00.000Z",
        startingStances: { seraphina: -30, eliot: -45, maris: 55, dorian: -10 },
        finalStances: { seraphina: -52, eliot: -81, maris: 30, dorian: -38 },
        history: [
          { character: "eliot", before: -45, after: -60, turn: 4 },
          { character: "maris", before: 55, after: 30, turn: 9 },
          { character: "seraphina", before: -30, after: -52, turn: 14 },
          { character: "dorian", before: -10, after: -38, turn: 18 },
          { character: "eliot", before: -60, after: -81, turn: 22 },
        ],
        turns: 27,
      };
      await seed(page, { [`${REPLAY}endings`]: JSON.stringify({ version: 1, endings: [ending] }) });
      await expect(page.getByRole("button", { name: /^Neo-Lumen.*1 of 4 endings found/ }).count()).resolves.toBe(1);
      await expect(page.getByRole("button", { name: /^Neo-Unity.*0 of 4 endings found/ }).count()).resolves.toBe(1);

      await page.getByRole("button", { name: "Endings", exact: true }).click();
      const gallery = page.getByRole("region", { name: "Endings" });
      await gallery.waitFor();
      await expect(gallery.getByRole("heading", { name: "The Reboot" }).count()).resolves.toBe(1);
      await expect(gallery.getByRole("heading", { name: "Not yet reached" }).count()).resolves.toBe(7);
      await expect(gallery.getByText("What if Maris stops asking?").count()).resolves.toBe(1);
      const text = (await gallery.textContent()) ?? "";
      for (const unreached of [
        "A Living Tapestry",
        "A Flawless Utopia",
        "A Thousand Separate Nights",
        "The Grand Design",
      ]) {
        expect(text).not.toContain(unreached);
      }
      await screenshot(page, "replay-endings-gallery");
      expect(await axeViolations(page)).toEqual([]);

      await gallery.getByRole("button", { name: "Replay The Reboot" }).click();
      await festivalReport(page).waitFor();
      await expect(festivalReport(page).getByRole("heading", { name: "The Reboot" }).count()).resolves.toBe(1);
      // The gallery survives a reload.
      await page.reload();
      await expect(page.getByRole("button", { name: /^Neo-Lumen.*1 of 4 endings found/ }).count()).resolves.toBe(1);
      expect(problems).toEqual([]);
    },
    LONG,
  );

  it(
    "marks the route taken on the route map at the report, earlier runs faintly, and names no other branch",
    async () => {
      const { page, problems } = await open();
      const outline = outlineStory(compiled, EXTERNAL_FUNCTIONS);
      // An earlier run that took the second option of the first decision.
      const earlier = outline.decisions[0]?.options[1]?.id ?? END_OF_STORY;
      await seed(page, {
        [`${REPLAY}seen/neo-lumen`]: JSON.stringify({
          version: 1,
          lines: [],
          runs: [{ startedAt: "2026-11-01T20:00:00.000Z", steps: [earlier], outcome: null }],
        }),
      });
      // The game in progress is one choice from its end (the first choice every time): Continue and take
      // it, rather than click through the whole night in software WebGL.
      await page.evaluate(({ key, text }) => localStorage.setItem(key, text), {
        key: AUTOSAVE_NEO_LUMEN,
        text: JSON.stringify(nearTheEnd.save),
      });
      await page.reload();
      await page.getByRole("button", { name: "Continue", exact: true }).click();
      await choiceButtons(page).first().click();
      await festivalReport(page).waitFor();
      const taken = [...nearTheEnd.taken, nearTheEnd.last];
      await festivalReport(page).getByRole("button", { name: "Route map", exact: true }).click();
      const map = page.getByRole("region", { name: "Route map" });
      await map.waitFor();
      const chosen = await map
        .getByRole("listitem")
        .filter({ hasText: /^Branch \d+: you chose/ })
        .allTextContents();
      // The list goes act by act in story order; a route that comes back to a decision takes it in its own order.
      expect(chosen.map((item) => item.replace(/^Branch \d+: you chose “(.*)”$/, "$1")).sort()).toEqual(
        [...taken].sort(),
      );
      await expect(
        map
          .getByRole("listitem")
          .filter({ hasText: /^Branch \d+: taken in an earlier playthrough$/ })
          .count(),
      ).resolves.toBe(1);
      await expect(map.getByRole("heading", { name: "Act I", exact: true }).count()).resolves.toBe(1);
      // The summary counts what the map draws: this run's branches, plus the earlier run's one, and a
      // share of all branches that agrees with them (the game was restored near its end, so a share of
      // lines read would say 0% here).
      const summary = (await map.locator(".route-summary").textContent()) ?? "";
      const counts = /taken (\d+) of Neo-Lumen's (\d+) branches \((\d+)%\); this playthrough took (\d+)\./.exec(
        summary,
      );
      expect(counts, summary).not.toBeNull();
      const [everTaken, options, percent, current] = (counts ?? []).slice(1).map(Number);
      expect([current, everTaken]).toEqual([chosen.length, chosen.length + 1]);
      expect(percent).toBe(Math.round(((everTaken ?? 0) / (options ?? 1)) * 100));
      // A branch not taken on this run is never named.
      const offered = new Set(taken);
      for (const item of await map
        .getByRole("listitem")
        .filter({ hasText: /^Branch/ })
        .allTextContents()) {
        const named = /“(.*)”/.exec(item)?.[1];
        if (named) expect(offered.has(named)).toBe(true);
      }
      // The drawing numbers each decision, and hovering one names what was chosen there.
      const first = nearTheEnd.taken[0] ?? "";
      await expect(map.locator("svg .route-number").first().textContent()).resolves.toBe("1");
      await expect(map.locator("svg .route-target title").first().textContent()).resolves.toBe(
        `Act I, decision 1: you chose “${first}”`,
      );
      await screenshot(page, "replay-route-map-at-report");
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    },
    LONG,
  );

  it(
    "replays a chapter from the act's first line with the stances it had, and Continue goes on with it, without touching the game in progress",
    async () => {
      const { page, problems } = await open();
      await page.getByRole("button", { name: /^Neo-Lumen/ }).click();
      for (let turn = 0; turn < actTwo.choices; turn++) {
        await waitForChoicesOrReport(page);
        await choiceButtons(page).first().click();
      }
      await waitForChoicesOrReport(page);
      const stancesAtActTwo = await stances(page);
      await toTitle(page);
      const autosave = await page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_NEO_LUMEN);

      await page.getByRole("button", { name: "Chapters", exact: true }).click();
      const chapters = page.getByRole("region", { name: "Chapters" });
      await chapters.waitFor();
      await expect(chapters.getByRole("button").allTextContents()).resolves.toEqual([
        expect.stringMatching(/^Act I\b/),
        expect.stringMatching(/^Act II\b/),
      ]);
      expect(await axeViolations(page)).toEqual([]);
      await chapters.getByRole("button", { name: /^Act II\b/ }).click();
      await waitForChoicesOrReport(page);
      await expect(storyLines(page).first().textContent()).resolves.toBe(actTwo.firstLine);
      await expect(stances(page)).resolves.toEqual(stancesAtActTwo);
      // The chapter is a game of its own: the campaign's autosave is as it was.
      await choiceButtons(page).first().click();
      await waitForChoicesOrReport(page);
      await expect(page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_NEO_LUMEN)).resolves.toBe(autosave);
      const chapterSave = () =>
        page.evaluate(() => localStorage.getItem("dreamers-of-2145/save/auto-chapter-neo-lumen"));
      const leftAt = await chapterSave();
      expect(leftAt).not.toBeNull();

      // Left mid-way, the chapter replay is the latest game: Continue says so and goes on with it, in its own slot.
      await toTitle(page);
      await expect(page.getByText(/^Chapter replay, Neo-Lumen, Act II\b/).count()).resolves.toBe(1);
      await page.getByRole("button", { name: "Continue", exact: true }).click();
      await waitForChoicesOrReport(page);
      await choiceButtons(page).first().click();
      await waitForChoicesOrReport(page);
      await expect(chapterSave()).resolves.not.toBe(leftAt);
      await expect(page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_NEO_LUMEN)).resolves.toBe(autosave);
      expect(problems).toEqual([]);
    },
    LONG,
  );

  it(
    "drops damaged replay data with a notice and plays on, the saves untouched",
    async () => {
      const { page, problems } = await open();
      await seed(page, {
        [`${REPLAY}endings`]: '{"version":1,"endings":[{"campaign":"neo-lum',
        [`${REPLAY}seen/neo-lumen`]: '{"version":1,"lines":[],"runs":[],"__proto__":{"x":1}}',
      });
      await expect(
        page
          .getByRole("status")
          .getByText(/The endings gallery could not be read/)
          .count(),
      ).resolves.toBe(1);
      await page.getByRole("button", { name: /^Neo-Lumen/ }).click();
      await waitForChoicesOrReport(page);
      await expect(
        page
          .getByRole("status")
          .getByText(/lines you have read held a forbidden key/)
          .count(),
      ).resolves.toBe(1);
      await expect(page.evaluate((key) => localStorage.getItem(key) !== null, AUTOSAVE_NEO_LUMEN)).resolves.toBe(true);
      expect(problems).toEqual([]);
    },
    LONG,
  );
});
