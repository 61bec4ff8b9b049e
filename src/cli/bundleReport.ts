import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { table } from "./cliSupport";

/** The JS budget before the first frame, gzipped (Phaser alone is about 350 KB of it). */
export const FIRST_FRAME_BUDGET_KB = 450;
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

export function bundleReport(dist: string): string {
  const scripts = firstFrameScripts(dist);
  const all = filesUnder(path.join(dist, "assets")).filter((file) => file.endsWith(".js"));
  const rows: (string | number)[][] = [["file", "gzipped KB", "loaded"]];
  for (const file of all.sort())
    rows.push([
      path.relative(dist, file),
      gzipKb(file).toFixed(1),
      scripts.includes(file) ? "before first frame" : "lazily",
    ]);
  const firstFrame = scripts.reduce((sum, file) => sum + gzipKb(file), 0);
  const phaser = scripts
    .filter((file) => path.basename(file).startsWith("phaser"))
    .reduce((sum, file) => sum + gzipKb(file), 0);
  const audioBytes = filesUnder(path.join(dist, "audio")).reduce((sum, file) => sum + fs.statSync(file).size, 0);
  return [
    "Bundle (dist/)",
    table(rows),
    `JS before the first frame: ${firstFrame.toFixed(1)} KB gzipped (budget ${FIRST_FRAME_BUDGET_KB} KB: ${firstFrame <= FIRST_FRAME_BUDGET_KB ? "ok" : "OVER"})`,
    `  of which Phaser: ${phaser.toFixed(1)} KB; without Phaser: ${(firstFrame - phaser).toFixed(1)} KB`,
    `  (Phaser and the city chunk load after the title is usable; add their lazily rows for the first canvas frame)`,
    `Audio: ${(audioBytes / 1024 / 1024).toFixed(2)} MB (budget ${AUDIO_BUDGET_MB} MB: ${audioBytes / 1024 / 1024 <= AUDIO_BUDGET_MB ? "ok" : "OVER"})`,
  ].join("\n");
}
