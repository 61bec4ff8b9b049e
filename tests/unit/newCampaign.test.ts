import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scaffoldCampaign } from "../../src/build/campaignScaffold";
import { loadStory, readIncludeTree } from "../../src/build/campaigns";
import { countPhrases } from "../../src/engine/phraseLimits";
import { parsePlaythroughScript, runPlaythrough } from "../../src/engine/playthrough";
import { lintCampaign } from "../../src/engine/storyLint";
import { StoryRunner } from "../../src/engine/storyRunner";

/**
 * `npm run new-campaign -- <id>` must keep making a folder the suite passes as it is: run into a
 * copy of the stories' guide, the campaign compiles and lints clean, each of its two outcomes has a
 * playthrough script that reaches it, the guide names each of its ids, and every file is as Biome
 * formats it. (The whole suite on a generated campaign is the README's proof, too slow for here.)
 */
function scaffolded(id: string) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "new-campaign-"));
  const folders = { stories: path.join(root, "stories"), playthroughs: path.join(root, "playthroughs") };
  fs.mkdirSync(folders.stories);
  fs.copyFileSync(path.resolve("stories/README.md"), path.join(folders.stories, "README.md"));
  const written = scaffoldCampaign(id, folders);
  return { root, folders, written };
}

describe("npm run new-campaign", () => {
  const { root, folders, written } = scaffolded("salt-harbour");
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const story = loadStory(path.join(folders.stories, "salt-harbour"));
  const manifest = story.manifest;

  it("makes a campaign that compiles and passes story:check's lint", () => {
    expect(manifest?.title).toBe("Salt Harbour");
    expect(story.compile.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
    const lint = lintCampaign(readIncludeTree(story.mainFile ?? ""), manifest);
    expect([...lint.errors, ...lint.warnings]).toEqual([]);
  });

  it("counts its phrases, each within its limit", () => {
    const counted = countPhrases(readIncludeTree(story.mainFile ?? ""), manifest?.phraseLimits ?? {});
    expect(counted.map(({ phrase, count, limit }) => [phrase, count <= limit])).toEqual([
      ["lantern", true],
      ["suddenly", true],
    ]);
  });

  it("writes one playthrough script per outcome, each reaching it", () => {
    const scripts = fs
      .readdirSync(folders.playthroughs)
      .map((file) =>
        parsePlaythroughScript(JSON.parse(fs.readFileSync(path.join(folders.playthroughs, file), "utf8")), file),
      );
    expect(scripts.map((script) => script.expect?.outcome).sort()).toEqual(
      (manifest?.outcomes ?? []).map((outcome) => outcome.id).sort(),
    );
    for (const script of scripts) {
      const runner = new StoryRunner(story.compile.json ?? "", { manifest });
      // The scripts name the campaign by id; here it lives in a temporary folder.
      expect(runPlaythrough(runner, { ...script, story: story.name }).failures).toEqual([]);
    }
  });

  it("names each of its ids in the writers' guide, keeping the guide's other campaigns", () => {
    const guide = fs.readFileSync(path.join(folders.stories, "README.md"), "utf8");
    const ids = [
      ...(manifest?.characters ?? []).map((character) => character.id),
      ...(manifest?.scenes ?? []).map((scene) => scene.id),
      ...(manifest?.outcomes ?? []).map((outcome) => outcome.id),
      ...(manifest?.moods ?? []).map((mood) => mood.id),
      ...(manifest?.sfx ?? []).map((sound) => sound.id),
    ];
    expect(ids.filter((id) => !guide.includes(`\`${id}\``))).toEqual([]);
    expect(guide).toContain("**Neo-Lumen** (`stories/neo-lumen`)");
    expect(guide).toContain("**Salt Harbour** (`stories/salt-harbour`)");
  });

  it("writes every JSON and Markdown file as Biome formats it", () => {
    const biome = path.resolve("node_modules/.bin/biome");
    for (const file of written.filter((name) => /\.(json|md)$/.test(name))) {
      const text = fs.readFileSync(file, "utf8");
      const result = spawnSync(biome, ["format", `--stdin-file-path=${path.basename(file)}`], {
        input: text,
        encoding: "utf8",
      });
      expect(result.stdout, file).toBe(text);
    }
  });

  it("refuses an id that is taken or is not lower-case words", () => {
    expect(() => scaffoldCampaign("salt-harbour", folders)).toThrow(/already exists/);
    expect(() => scaffoldCampaign("Salt Harbour", folders)).toThrow(
      /is not a campaign id: lower-case words joined by -/,
    );
  });
});
