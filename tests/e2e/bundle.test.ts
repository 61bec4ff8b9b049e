import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";
import { FIRST_CANVAS_FRAME_MARK } from "../../src/app/stageBridge";
import { policy } from "../../src/build/contentSecurityPolicy";
import { FIRST_CANVAS_FRAME_BUDGET_KB, firstCanvasFrameScripts, firstFrameScripts } from "../../src/cli/bundleReport";
import { gameTabs } from "./support/game";

/** What the production build ships (dist/ is built by this project's global setup). */
const dist = path.resolve("dist");
const built = inject("baseUrl") !== "";
const chromiumPath = inject("chromium");
const gzipKb = (file: string) => gzipSync(fs.readFileSync(file)).length / 1024;

describe.skipIf(!built)("the production build", () => {
  const html = () => fs.readFileSync(path.join(dist, "index.html"), "utf8");
  const scripts = () =>
    fs
      .readdirSync(path.join(dist, "assets"))
      .filter((file) => file.endsWith(".js"))
      .map((file) => ({ file, text: fs.readFileSync(path.join(dist, "assets", file), "utf8") }));

  it("carries the strict Content Security Policy and no inline script", () => {
    expect(html()).toContain(`content="${policy("build")}"`);
    expect(policy("build")).toContain("script-src 'self'");
    expect(policy("build")).not.toMatch(/unsafe-(eval|inline)/);
    expect(html()).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  });

  it("ships the ink runtime but not the ink compiler", () => {
    const all = scripts()
      .map((script) => script.text)
      .join("\n");
    expect(all).toContain("ChooseChoiceIndex");
    expect(all).not.toContain("Divert target not found");
    expect(all).not.toContain("Expected some kind of logic");
  });

  it("ships the Phaser we use (both renderers, our game objects) without the namespaces we dropped", () => {
    const phaser = scripts().find((script) => script.file.startsWith("phaser"));
    expect(phaser, "a phaser chunk").toBeDefined();
    const text = phaser?.text ?? "";
    // Kept: the WebGL renderer and its Canvas fallback, and the factories places call (this.add.gradient...).
    // Whatever quotes the minifier picks.
    const quoted = (word: string) => new RegExp(`["'\`]${word}["'\`]`);
    expect(text).toMatch(/getContext\(["'`]webgl["'`]/);
    expect(text).toMatch(/getContext\(["'`]2d["'`]/);
    for (const factory of ["gradient", "noisesimplex2d", "particles", "container", "rectangle"]) {
      expect(text, factory).toMatch(quoted(factory));
    }
    // Dropped: physics registers these plugins, and nine-slices register their factory, in the full build.
    for (const dropped of ["ArcadePhysics", "MatterPhysics", "nineslice"]) expect(text).not.toMatch(quoted(dropped));
  });

  it("loads each campaign's story in its own chunk, after the first frame", () => {
    const firstFrame = new Set(firstFrameScripts(dist).map((file) => path.basename(file)));
    // Compiled story JSON, however the minifier quotes it.
    const storyChunks = scripts().filter((script) => /\\?"inkVersion\\?":\d/.test(script.text));
    expect(storyChunks).toHaveLength(2);
    for (const chunk of storyChunks) expect(firstFrame.has(chunk.file), chunk.file).toBe(false);
  });
});

describe.skipIf(!chromiumPath)("the title's first canvas frame in Chromium", () => {
  const { open } = gameTabs(chromiumPath, inject("baseUrl"));

  it("fetches before it exactly the scripts the bench counts, within the budget", async () => {
    const { page } = await open();
    // A slow canvas (software GL, a loaded machine) is what let the engine in before the first
    // frame: hold Phaser back until the title has sat idle, then let it draw.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/phaser-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.reload();
    await page.getByRole("button", { name: /^Neo-Lumen/ }).waitFor();
    await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve())));
    release();
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_CANVAS_FRAME_MARK, {
      timeout: 120_000,
    });
    // The responses that arrived before the canvas drew its first frame, by the page's own clock.
    const fetched = await page.evaluate((mark) => {
      const frame = performance.getEntriesByName(mark)[0]?.startTime ?? 0;
      return (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
        .filter((entry) => entry.responseEnd <= frame && new URL(entry.name).pathname.endsWith(".js"))
        .map((entry) => new URL(entry.name).pathname.split("/").at(-1) ?? "");
    }, FIRST_CANVAS_FRAME_MARK);
    const counted = (firstCanvasFrameScripts(dist) ?? []).map((file) => path.basename(file));
    expect(fetched.sort()).toEqual(counted.sort());
    const total = counted.reduce((sum, file) => sum + gzipKb(path.join(dist, "assets", file)), 0);
    expect(total).toBeLessThanOrEqual(FIRST_CANVAS_FRAME_BUDGET_KB);
  });
});
