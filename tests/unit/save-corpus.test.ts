import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadStory } from "../../src/build/campaigns";
import { main as storyCheck } from "../../src/cli/storyCheck";
import { chaptersFormat } from "../../src/engine/replay/chapterSnapshots";
import { endingsFormat, endingsFromSaveFile } from "../../src/engine/replay/endingsGallery";
import { seenFormat } from "../../src/engine/replay/seenLines";
import { parseRecord, REPLAY_KEY_PREFIX } from "../../src/engine/replay/storedRecord";
import { checkEntry, describeVerdict, entriesOfFile, type StoryBuild } from "../../src/engine/saveCorpus";
import { knotOfPath } from "../../src/engine/storyRunner";
import { parseStoredSettings, SETTINGS_KEY } from "../../src/stage/settings";
import { runCommand } from "../support/commandIO";
import { engineWithStagingTag, removeEngineBuild } from "../support/engineBuild";
import { FIXTURES } from "../support/fixtures";

/**
 * The save corpus (tests/fixtures/saves/README.md): every stored key as the build of 2026-12-07
 * wrote it, for both campaigns. Each later build must read every key, and restore every save and
 * chapter on the story as it is then: resumed, or resumed further back; never lost while the story
 * still has the campaign's start. When this fails, the fix is a migration or a better restore,
 * never a new fixture. Run: npx vitest run --project unit tests/unit/save-corpus.test.ts
 */
const CORPUS = path.join(FIXTURES, "saves");
const campaigns = fs
  .readdirSync(CORPUS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const stories = new Map<string, StoryBuild>();
function storyOf(campaign: string): StoryBuild | null {
  if (!stories.has(campaign)) {
    const { compile, manifest } = loadStory(campaign);
    if (!compile.json) throw new Error(`${campaign} does not compile`);
    stories.set(campaign, { json: compile.json, manifest });
  }
  return stories.get(campaign) ?? null;
}

function files(campaign: string): { name: string; text: string }[] {
  return fs
    .readdirSync(path.join(CORPUS, campaign))
    .filter((name) => name.endsWith(".json"))
    .map((name) => ({ name: `${campaign}/${name}`, text: fs.readFileSync(path.join(CORPUS, campaign, name), "utf8") }));
}

function storage(campaign: string): Record<string, string> {
  return JSON.parse(fs.readFileSync(path.join(CORPUS, campaign, "localStorage.json"), "utf8"));
}

describe.each(campaigns)("the save corpus of %s", (campaign) => {
  it("holds every stored key: autosave, slots, a report, a chapter replay, chapters, endings, seen lines, settings, an exported file", () => {
    const keys = Object.keys(storage(campaign)).map((key) => key.replace("dreamers-of-2145/", ""));
    expect(keys).toEqual(
      expect.arrayContaining([
        `save/auto-${campaign}`,
        "save/1",
        "save/2",
        "save/3",
        `save/auto-chapter-${campaign}`,
        "replay/chapters",
        "replay/endings",
        `replay/seen/${campaign}`,
        "settings",
      ]),
    );
    expect(files(campaign).map((file) => file.name)).toContain(`${campaign}/exported-save.json`);
  });

  it("reads the records and settings as written, with nothing to report", () => {
    const stored = storage(campaign);
    const record = (key: string) => stored[REPLAY_KEY_PREFIX + key] ?? null;
    for (const [key, format] of [
      ["chapters", chaptersFormat],
      ["endings", endingsFormat],
      [`seen/${campaign}`, seenFormat],
    ] as const) {
      expect(parseRecord(record(key), format as never).notice, key).toBeNull();
    }
    const settings = JSON.parse(stored[SETTINGS_KEY] ?? "{}");
    expect(parseStoredSettings(stored[SETTINGS_KEY] ?? null)).toMatchObject(settings);
    const exported = files(campaign).find((file) => file.name.endsWith("exported-save.json"));
    expect(endingsFromSaveFile(exported?.text ?? "")?.notice).toBeNull();
  });

  it("restores every save and chapter on today's story: never lost while the story has the campaign's start", () => {
    const story = storyOf(campaign);
    const autosave = JSON.parse(storage(campaign)[`dreamers-of-2145/save/auto-${campaign}`] ?? "{}");
    const start = knotOfPath(autosave.choicesTaken?.[0]?.target ?? null);
    const storyHasStart = story !== null && start !== "" && story.json.includes(`"${start}"`);
    const verdicts = files(campaign).flatMap((file) =>
      entriesOfFile(file.name, file.text).map((entry) => checkEntry(entry, storyOf)),
    );
    for (const verdict of verdicts) console.info(describeVerdict(verdict));
    expect(verdicts.length).toBeGreaterThanOrEqual(11);
    if (storyHasStart) expect(verdicts.filter((verdict) => verdict.status === "lost").map(describeVerdict)).toEqual([]);
  });
});

describe("the save corpus in a build with a new staging tag (weather)", () => {
  const engine = engineWithStagingTag(
    "weather",
    '{ value: z.string().check(z.minLength(1)), lasts: "staging", default: null }',
  );
  afterAll(() => removeEngineBuild(engine));

  it("reads every save made before the tag, the tag at its registry default", async () => {
    const later = (await import(`${engine}/save.ts`)) as typeof import("../../src/engine/save");
    for (const campaign of campaigns) {
      for (const [key, text] of Object.entries(storage(campaign)).filter(([key]) => key.includes("/save/"))) {
        const save = later.parseSave(text);
        expect(save.staging, key).toMatchObject({ weather: null });
        expect(save.version, key).toBe(later.SAVE_VERSION);
      }
    }
  });
});

describe("story:check --saves", () => {
  it("says of each save in a folder resumed or lost, and exits 1 when one is lost", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "dreamers-saves-"));
    try {
      const stored = storage("neo-lumen");
      const autosave = stored["dreamers-of-2145/save/auto-neo-lumen"] ?? "";
      fs.writeFileSync(path.join(folder, "mine.json"), autosave);
      fs.writeFileSync(
        path.join(folder, "elsewhere.json"),
        autosave.replace('"campaign":"neo-lumen"', '"campaign":"atlantis"'),
      );
      const result = await runCommand(storyCheck, ["--saves", folder]);
      expect(result.stdout).toMatch(/^mine\.json: resumed( further back)?, \d+ of 40 choices kept/m);
      expect(result.stdout).toMatch(/^elsewhere\.json: lost \(there is no campaign "atlantis"\)/m);
      expect(result.stdout).toMatch(/2 saves and chapters: .*1 lost/);
      expect(result.status).toBe(1);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  }, 120_000);
});
