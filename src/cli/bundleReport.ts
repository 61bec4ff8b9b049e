import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { table } from "./cliSupport";

/** The JS budget before the title (the DOM story layer's first frame), gzipped. */
export const FIRST_FRAME_BUDGET_KB = 450;
/** The JS budget before the first canvas frame (title scripts, Phaser, the stage), gzipped. */
export const FIRST_CANVAS_FRAME_BUDGET_KB = 300;
/** The module that starts the canvas (src/app/stageBridge.ts imports it once the title is up). */
const STAGE_ENTRY = "src/game/main.ts";
export const AUDIO_BUDGET_MB = 2;

const gzipKb = (file: string) => gzipSync(fs.readFileSync(file)).length / 1024;

function filesUnder(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Scripts index.html loads before anything runs: the entry module and every chunk it preloads. */
export function firstFrameScripts(dist: string): string[] {
  const html = fs.readFileSync(path.join(dist, "index.html"), "utf8");
  const urls = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map(
    (match) => match[1] ?? "",
  );
  return [...new Set(urls)].map((url) => path.join(dist, url.replace(/^\.?\//, "")));
}

interface ManifestChunk {
  file: string;
  imports?: string[];
}

/**
 * Scripts the first canvas frame needs: those of the title, and the stage entry with every chunk it
 * imports statically, read from Vite's build manifest. Null without a manifest.
 */
export function firstCanvasFrameScripts(dist: string): string[] | null {
  const file = path.join(dist, ".vite", "manifest.json");
  if (!fs.existsSync(file)) return null;
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, ManifestChunk>;
  const found = new Set(firstFrameScripts(dist));
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) return;
    const script = path.join(dist, chunk.file);
    if (found.has(script) && key !== STAGE_ENTRY) return;
    found.add(script);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  if (!manifest[STAGE_ENTRY]) return null;
  visit(STAGE_ENTRY);
  return [...found];
}

export function bundleReport(dist: string): string {
  const scripts = firstFrameScripts(dist);
  const canvasScripts = firstCanvasFrameScripts(dist);
  const all = filesUnder(path.join(dist, "assets")).filter((file) => file.endsWith(".js"));
  const rows: (string | number)[][] = [["file", "gzipped KB", "loaded"]];
  for (const file of all.sort())
    rows.push([
      path.relative(dist, file),
      gzipKb(file).toFixed(1),
      scripts.includes(file)
        ? "before the title"
        : canvasScripts?.includes(file)
          ? "before the first canvas frame"
          : "lazily",
    ]);
  const firstFrame = scripts.reduce((sum, file) => sum + gzipKb(file), 0);
  const phaser = (canvasScripts ?? scripts)
    .filter((file) => path.basename(file).startsWith("phaser"))
    .reduce((sum, file) => sum + gzipKb(file), 0);
  const canvasFrame = canvasScripts?.reduce((sum, file) => sum + gzipKb(file), 0) ?? null;
  const canvasLine =
    canvasFrame === null
      ? "JS before the first canvas frame: unknown (no dist/.vite/manifest.json: rebuild)"
      : `JS before the first canvas frame: ${canvasFrame.toFixed(1)} KB gzipped (budget ${FIRST_CANVAS_FRAME_BUDGET_KB} KB: ${canvasFrame <= FIRST_CANVAS_FRAME_BUDGET_KB ? "ok" : "OVER"})`;
  const audioBytes = filesUnder(path.join(dist, "audio")).reduce((sum, file) => sum + fs.statSync(file).size, 0);
  return [
    "Bundle (dist/)",
    table(rows),
    `JS before the title (first frame): ${firstFrame.toFixed(1)} KB gzipped (budget ${FIRST_FRAME_BUDGET_KB} KB: ${firstFrame <= FIRST_FRAME_BUDGET_KB ? "ok" : "OVER"})`,
    canvasLine,
    `  of which Phaser: ${phaser.toFixed(1)} KB`,
    `Audio: ${(audioBytes / 1024 / 1024).toFixed(2)} MB (budget ${AUDIO_BUDGET_MB} MB: ${audioBytes / 1024 / 1024 <= AUDIO_BUDGET_MB ? "ok" : "OVER"})`,
  ].join("\n");
}
