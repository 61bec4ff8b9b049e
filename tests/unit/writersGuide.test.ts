import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { campaignIds, readManifest, STORIES_DIR } from "../../src/build/campaigns";

/** The writers' guide must name every id the manifests register, so writers never have to read JSON to find one. */
const guide = fs.readFileSync(path.join(STORIES_DIR, "README.md"), "utf8");

describe("the writers' guide", () => {
  it.each(campaignIds())("names every id of %s", (campaign) => {
    const manifest = readManifest(path.join(STORIES_DIR, campaign));
    const ids = [
      ...manifest.characters.map((character) => character.id),
      ...manifest.scenes.map((scene) => scene.id),
      ...manifest.outcomes.map((outcome) => outcome.id),
      ...manifest.moods.map((mood) => mood.id),
      ...manifest.sfx.map((sound) => sound.id),
    ];
    expect(ids.filter((id) => !guide.includes(`\`${id}\``))).toEqual([]);
  });
});
