import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { campaignIds, type LoadedStory, loadStory } from "../../src/build/campaigns";
import { parsePlaythroughScript, runPlaythrough } from "../../src/engine/playthrough";
import { StoryRunner } from "../../src/engine/storyRunner";

/** Every playthrough script in this folder is played; each campaign outcome needs one that reaches it. */
const folder = import.meta.dirname;
const scripts = fs
  .readdirSync(folder)
  .filter((file) => file.endsWith(".json"))
  .sort()
  .map((file) => ({
    file,
    script: parsePlaythroughScript(JSON.parse(fs.readFileSync(path.join(folder, file), "utf8")), file),
  }));

const stories = new Map<string, LoadedStory>();
function story(name: string): LoadedStory {
  let loaded = stories.get(name);
  if (!loaded) {
    loaded = loadStory(name);
    stories.set(name, loaded);
  }
  return loaded;
}

describe("playthrough scripts", () => {
  it.each(scripts)("$file", ({ script }) => {
    const loaded = story(script.story);
    expect(loaded.compile.json, `${script.story} does not compile`).not.toBeNull();
    const runner = new StoryRunner(loaded.compile.json ?? "", {
      manifest: loaded.manifest,
    });
    const result = runPlaythrough(runner, script);
    const report = result.failures.map(
      (failure) => `step ${failure.step}: ${failure.message}\n  | ${failure.context.join("\n  | ")}`,
    );
    expect(report).toEqual([]);
  });

  it.each(campaignIds())("cover every outcome of %s with a script that expects it", (campaign) => {
    const manifest = story(campaign).manifest;
    const expected = new Set(
      scripts.filter(({ script }) => script.story === campaign).map(({ script }) => script.expect?.outcome),
    );
    const missing = (manifest?.outcomes ?? []).map((outcome) => outcome.id).filter((id) => !expected.has(id));
    expect(missing).toEqual([]);
  });
});
