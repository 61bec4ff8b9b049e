import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { build } from "vite";
import { describe, expect, it } from "vitest";
import { inkCampaigns } from "../../src/build/vitePluginInk";
import { FIXTURES } from "../support/fixtures";

async function buildWith(campaign: "fine" | "broken") {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "ink-plugin-"));
  // A tiny app that loads the campaign lazily, as the game does.
  const entry = path.join(outDir, "entry.ts");
  fs.writeFileSync(
    entry,
    `void import("virtual:campaign/${campaign}").then((story) => console.log(story.default.length, story.outline));\n`,
  );
  await build({
    configFile: false,
    logLevel: "silent",
    root: outDir,
    plugins: [inkCampaigns(path.join(FIXTURES, "plugin-stories"))],
    build: { outDir: path.join(outDir, "dist"), lib: { entry, formats: ["es"], fileName: "entry" } },
  });
  return path.join(outDir, "dist");
}

describe("the ink Vite plugin", () => {
  it("compiles a campaign with its INCLUDEs into a lazily loaded chunk without the compiler", async () => {
    const dist = await buildWith("fine");
    const files = fs.readdirSync(dist).filter((file) => /\.m?js$/.test(file));
    const contents = files.map((file) => fs.readFileSync(path.join(dist, file), "utf8"));
    const storyChunk = contents.find((text) => text.includes("And ends well."));
    expect(storyChunk).toBeDefined();
    expect(contents.find((text) => text.includes("import("))).not.toBe(storyChunk);
    expect(contents.some((text) => text.includes("Divert target not found"))).toBe(false);
    // The route map's graph and the line list ride in the same chunk, worked out here, not in the browser.
    expect(storyChunk).toMatch(/lines"?:\s*\["[0-9a-f]{8}",\s*"[0-9a-f]{8}"\]/);
    expect(storyChunk).toMatch(/decisions"?:\s*\[\]/);
  });

  it("fails the build with the file and line of a compile error", async () => {
    await expect(buildWith("broken")).rejects.toThrow(
      /plugin-stories\/broken\/part\.ink:3: error: Divert target not found: '-> a_knot_nobody_wrote'/,
    );
  });
});
