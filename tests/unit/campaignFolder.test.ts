import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { build } from "vite";
import { describe, expect, it } from "vitest";
import { readManifest } from "../../src/build/campaigns";
import { inkCampaigns } from "../../src/build/vitePluginInk";

/** A campaign is a folder: what the build and story:check say about one the game cannot stage. */
const FIXTURE = path.resolve("tests/fixtures/campaigns/harbor-lights");

function storiesWith(change: (manifest: Record<string, unknown> & Record<string, never[]>) => void): string {
  const stories = fs.mkdtempSync(path.join(os.tmpdir(), "campaign-folder-"));
  const folder = path.join(stories, "harbor-lights");
  fs.cpSync(FIXTURE, folder, { recursive: true });
  const file = path.join(folder, "campaign.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8"));
  change(manifest);
  fs.writeFileSync(file, JSON.stringify(manifest));
  return stories;
}

async function buildCatalog(stories: string): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "campaign-catalog-"));
  const entry = path.join(outDir, "entry.ts");
  fs.writeFileSync(entry, `import { campaigns } from "virtual:campaigns";\nconsole.log(campaigns);\n`);
  await build({
    configFile: false,
    logLevel: "silent",
    root: outDir,
    plugins: [inkCampaigns(stories)],
    build: { outDir: path.join(outDir, "dist"), lib: { entry, formats: ["es"], fileName: "entry" } },
  });
  const dist = path.join(outDir, "dist");
  return fs
    .readdirSync(dist)
    .map((file) => fs.readFileSync(path.join(dist, file), "utf8"))
    .join("\n");
}

describe("a campaign folder", () => {
  it("is listed by the build with its manifest, its story in a chunk of its own", async () => {
    const code = await buildCatalog(storiesWith(() => undefined));
    expect(code).toContain('"Harbor Lights"');
    expect(code).toContain("Every year the boats come home by one light");
  });

  it("fails story:check and the build when a scene names no place builder, naming file, field and id", async () => {
    const stories = storiesWith((manifest) => {
      (manifest.scenes as { place: { builder: string } }[])[1] = {
        ...(manifest.scenes as object[])[1],
        place: { builder: "lamp-tower" },
      } as never;
    });
    const problem =
      /harbor-lights\/campaign\.json[\s\S]*scenes\[1\]\.place\.builder: scene "lamp-room" names no place builder "lamp-tower"/;
    expect(() => readManifest(path.join(stories, "harbor-lights"))).toThrow(problem);
    await expect(buildCatalog(stories)).rejects.toThrow(problem);
  });

  it("fails when a sound names no file, or a field is malformed", () => {
    const stories = storiesWith((manifest) => {
      (manifest.sfx as { file: string }[])[0] = { id: "bell", file: "gong" } as never;
      (manifest.characters as { colour: string }[])[2] = {
        ...(manifest.characters as object[])[2],
        colour: "blue",
      } as never;
    });
    const read = () => readManifest(path.join(stories, "harbor-lights"));
    expect(read).toThrow(/characters\[2\]\.colour: a colour is written #rrggbb/);
    const fixed = storiesWith((manifest) => {
      (manifest.sfx as { file: string }[])[0] = { id: "bell", file: "gong" } as never;
    });
    expect(() => readManifest(path.join(fixed, "harbor-lights"))).toThrow(
      /sfx\[0\]\.file: sound "bell" has no file public\/audio\/sfx\/gong\.ogg/,
    );
  });
});
