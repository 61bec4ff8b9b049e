import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The folders of src/ are layers, and an import only points down (ARCHITECTURE.md): the engine at
 * the bottom; the campaign content and the stage (its store, the settings, the session) above it;
 * the views (ui, game, audio) beside each other above those; app, the composition root, on top.
 * The tools (build, cli) stand on the engine and the content. Type-only and dynamic imports count:
 * a view that needs a type from app is still reaching up.
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
  engine: [],
  content: ["engine"],
  stage: ["engine", "content"],
  ui: ["engine", "content", "stage"],
  game: ["engine", "content", "stage"],
  audio: ["engine", "content", "stage"],
  app: ["engine", "content", "stage", "ui", "game", "audio"],
  build: ["engine", "content"],
  cli: ["engine", "content", "build"],
};

/** The engine runs in the browser, in Node and in the tools: these packages and nothing else. */
const ENGINE_PACKAGES = ["inkjs", "zod", "jsep"];

/** The layer of a file under src/: its first folder; a file at the top (main.ts) is the composition root. */
function layerOf(file: string): string {
  const parts = file.split("/");
  return parts.length > 2 ? (parts[1] ?? "app") : "app";
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|import\.meta\.glob(?:<[^>]*>)?\(\s*)["']([^"']+)["']/g;

interface ClimbingImport {
  file: string;
  imports: string;
  why: string;
}

/** Every import in these sources (path under the repository → text) that breaks the layering. */
function climbingImports(sources: Readonly<Record<string, string>>): ClimbingImport[] {
  const found: ClimbingImport[] = [];
  for (const [file, text] of Object.entries(sources)) {
    const from = layerOf(file);
    for (const match of text.matchAll(SPECIFIER)) {
      const specifier = match[1] ?? "";
      if (specifier.startsWith(".")) {
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
        if (!target.startsWith("src/")) {
          found.push({ file, imports: specifier, why: `${from} reaches outside src/` });
          continue;
        }
        const to = layerOf(target);
        if (to !== from && !(MAY_IMPORT[from] ?? []).includes(to))
          found.push({ file, imports: specifier, why: `${from} may not import ${to}` });
      } else if (from === "engine") {
        const name = specifier.split("/")[0] ?? specifier;
        if (!ENGINE_PACKAGES.includes(name))
          found.push({ file, imports: specifier, why: `the engine may import only ${ENGINE_PACKAGES.join(", ")}` });
      }
    }
  }
  return found;
}

function sourcesUnder(folder: string): Record<string, string> {
  const sources: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(m|c)?[tj]s$/.test(entry.name)) continue;
    const file = path.posix.join(path.relative(".", entry.parentPath).split(path.sep).join("/"), entry.name);
    sources[file] = readFileSync(file, "utf8");
  }
  return sources;
}

describe("import direction", () => {
  it("has no import in src/ that climbs up a layer", () => {
    const sources = sourcesUnder("src");
    expect(Object.keys(sources).length).toBeGreaterThan(100);
    expect(climbingImports(sources)).toEqual([]);
  });

  it("knows every folder of src/ as a layer", () => {
    const folders = readdirSync("src", { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(folders.map((entry) => entry.name).filter((name) => !(name in MAY_IMPORT))).toEqual([]);
  });

  it("catches an arrow that climbs, whether static, type-only or dynamic", () => {
    const found = climbingImports({
      "src/game/stageScene.ts": 'import { stageStore } from "../app/stageStore";',
      "src/ui/storyPanel.ts": 'import type { Beat } from "../app/gameSession";',
      "src/audio/audioDirector.ts": 'const app = await import("../app/audioBridge");',
      "src/build/campaigns.ts": 'import { PLACE_BUILDER_IDS } from "../game/artIds.ts";',
      "src/stage/stageStore.ts": 'import { leaning } from "../ui/formatting";',
      "src/engine/storyRunner.ts": 'import { Howl } from "howler";',
      "src/ui/dom.ts": 'import "../game/main";',
    });
    expect(found.map((entry) => entry.why)).toEqual([
      "game may not import app",
      "ui may not import app",
      "audio may not import app",
      "build may not import game",
      "stage may not import ui",
      "the engine may import only inkjs, zod, jsep",
      "ui may not import game",
    ]);
  });

  it("lets an arrow point down or stay in its folder", () => {
    expect(
      climbingImports({
        "src/app/appController.ts": 'import { createGameShell } from "../ui/gameShell";',
        "src/main.ts": 'import { startApp } from "./app/appController";',
        "src/game/stageScene.ts": 'import { stageStore } from "../stage/stageStore";\nimport { x } from "./place";',
        "src/engine/storyRunner.ts": 'import { Story } from "inkjs";\nimport * as z from "zod/mini";',
        "src/app/stageBridge.ts": 'const modules = import.meta.glob<GameModule>("../game/main.ts");',
      }),
    ).toEqual([]);
  });
});
