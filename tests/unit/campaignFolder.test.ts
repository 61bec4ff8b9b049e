import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { build } from "vite";
import { describe, expect, it } from "vitest";
import { campaignFindings, formatFinding } from "../../src/build/campaignFindings";
import { imageFormatOf } from "../../src/build/campaignImages";
import { readManifest } from "../../src/build/campaigns";
import { inkCampaigns } from "../../src/build/vitePluginInk";

/** A campaign is a folder: what the build and story:check say about one the game cannot stage. */
const FIXTURES = path.resolve("tests/fixtures/campaigns");

function storiesWith(
  change: (manifest: Record<string, unknown> & Record<string, never[]>) => void,
  campaign = "harbor-lights",
): string {
  const stories = fs.mkdtempSync(path.join(os.tmpdir(), "campaign-folder-"));
  const folder = path.join(stories, campaign);
  fs.cpSync(path.join(FIXTURES, campaign), folder, { recursive: true });
  const file = path.join(folder, "campaign.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8"));
  change(manifest);
  fs.writeFileSync(file, JSON.stringify(manifest));
  return stories;
}

/** The built code, and the files the build wrote (paths relative to its output folder). */
async function buildCatalog(stories: string): Promise<string> {
  return (await buildGame(stories)).code;
}

async function buildGame(stories: string): Promise<{ code: string; files: string[] }> {
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
  const files = (fs.readdirSync(dist, { recursive: true }) as string[]).filter((file) =>
    fs.statSync(path.join(dist, file)).isFile(),
  );
  const code = files
    .filter((file) => /\.m?js$/.test(file))
    .map((file) => fs.readFileSync(path.join(dist, file), "utf8"))
    .join("\n");
  return { code, files: files.map((file) => file.split(path.sep).join("/")) };
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

  it("copies the images its places, festival pictures and emblem name into the build", async () => {
    const { code, files } = await buildGame(storiesWith(() => undefined, "harbor-pictures"));
    expect(code).toContain('"places/quay-skyline.svg"');
    for (const image of [
      "places/quay-sky.png",
      "places/quay-skyline.svg",
      "places/quay-water.png",
      "places/lamp-room.jpg",
      "festival/one-light.svg",
      "emblems/wren.svg",
    ])
      expect(files).toContain(`campaign-images/harbor-pictures/${image}`);
    // Only what the manifest names: the ink and the script that drew the pictures stay behind.
    expect(files.filter((file) => /\.(ink|sh)$/.test(file))).toEqual([]);
  });

  it("fails when an image is missing, is not an image, or is not what its name says", () => {
    const stories = storiesWith(() => undefined, "harbor-pictures");
    const folder = path.join(stories, "harbor-pictures");
    fs.writeFileSync(path.join(folder, "places/archive.png"), "not a picture, a writer's note");
    fs.copyFileSync(path.join(folder, "places/lamp-room.jpg"), path.join(folder, "festival/many-lanterns.png"));
    fs.rmSync(path.join(folder, "emblems/wren.svg"));
    const problems = () => readManifest(folder);
    expect(problems).toThrow(/scenes\[2\]\.place\.image: "places\/archive\.png" is not a PNG, JPEG, WebP or SVG image/);
    expect(problems).toThrow(
      /outcomes\[1\]\.staging\.image: "festival\/many-lanterns\.png" is a JPEG image; give it a \.jpg name/,
    );
    expect(problems).toThrow(/characters\[0\]\.emblem: no file "emblems\/wren\.svg" in the campaign's folder/);
  });

  it("refuses an image path that leaves the campaign's folder or names another format", () => {
    const outside = storiesWith((manifest) => {
      (manifest.scenes as object[])[0] = {
        id: "quay",
        name: "The quay",
        place: { image: "../../secret.png" },
      };
    }, "harbor-pictures");
    expect(() => readManifest(path.join(outside, "harbor-pictures"))).toThrow(
      /scenes\[0\]\.place\.image: an image is a path inside the campaign's folder/,
    );
    const gif = storiesWith((manifest) => {
      (manifest.outcomes as { staging: object }[])[0] = {
        ...(manifest.outcomes as object[])[0],
        staging: { layers: [{ image: "festival/one-light.gif" }] },
      };
    }, "harbor-pictures");
    expect(() => readManifest(path.join(gif, "harbor-pictures"))).toThrow(
      /outcomes\[0\]\.staging\.layers\[0\]\.image: an image is a path inside the campaign's folder/,
    );
  });

  it("knows each image format by its bytes", () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    const webp = new Uint8Array([...bytes("RIFF"), 0x24, 0, 0, 0, ...bytes("WEBPVP8 ")]);
    expect(imageFormatOf(webp)).toBe("webp");
    expect(imageFormatOf(new Uint8Array([0x89, ...bytes("PNG\r\n\u001a\n")]))).toBe("png");
    expect(imageFormatOf(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("jpeg");
    expect(imageFormatOf(bytes('<?xml version="1.0"?>\n<!-- drawn by hand -->\n<svg xmlns="x">'))).toBe("svg");
    expect(imageFormatOf(bytes("<html><svg></svg></html>"))).toBeNull();
    expect(imageFormatOf(bytes("RIFF....WAVEfmt "))).toBeNull();
  });

  it("tells the dev server what story:check would: lint errors with file and line, a broken manifest", () => {
    const stories = storiesWith(() => undefined);
    const folder = path.join(stories, "harbor-lights");
    expect(campaignFindings(folder).errors).toEqual([]);
    const act1 = path.join(folder, "act1.ink");
    const lines = fs.readFileSync(act1, "utf8").split("\n");
    const at = lines.findIndex((line) => line.includes("# speaker:")) + 1;
    lines[at - 1] = "Who goes there? # speaker: TAMSINN";
    fs.writeFileSync(act1, lines.join("\n"));
    const [unknown] = campaignFindings(folder).errors;
    expect(unknown && formatFinding(unknown, "error")).toMatch(
      new RegExp(`harbor-lights/act1\\.ink:${at}: error: unknown speaker "TAMSINN"`),
    );
    const broken = storiesWith((manifest) => {
      (manifest.moods as object[])[0] = { id: "calm", music: "no-such-loop" };
    });
    expect(
      campaignFindings(path.join(broken, "harbor-lights")).errors.map((finding) => formatFinding(finding, "error")),
    ).toEqual([
      expect.stringMatching(
        /campaign\.json: error: moods\[0\]\.music: mood "calm" has no file public\/audio\/music\/no-such-loop\.ogg/,
      ),
    ]);
  });
});
