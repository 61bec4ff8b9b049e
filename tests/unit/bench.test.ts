import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { newerSource } from "../../src/build/staleBuild";
import { main as bench } from "../../src/cli/bench";
import { runCommand } from "../support/commandIO";
import { FIXTURES } from "../support/fixtures";

describe("the bench's build check", () => {
  it("names a source changed after the build, and nothing when the build is newer", () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "stale-"));
    const dist = path.join(folder, "dist");
    const src = path.join(folder, "src");
    fs.mkdirSync(dist);
    fs.mkdirSync(src);
    fs.writeFileSync(path.join(src, "main.ts"), "");
    fs.writeFileSync(path.join(dist, "index.js"), "");
    fs.utimesSync(path.join(src, "main.ts"), new Date(1_000_000), new Date(1_000_000));
    expect(newerSource(dist, [src])).toBeNull();
    fs.utimesSync(path.join(src, "main.ts"), new Date(), new Date(Date.now() + 60_000));
    expect(newerSource(dist, [src])).toBe(path.join(src, "main.ts"));
  });
});

describe("npm run bench -- --check", () => {
  // One small story (the seen-line figure then plays only it) and a build whose audio is over its
  // budget: a figure misses its budget whatever the machine's speed, so nothing here hangs on timing.
  it("prints its figures, exits 1 when one misses its budget, and 0 without --check", async () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), "bench-dist-"));
    fs.writeFileSync(path.join(dist, "index.html"), "<!doctype html><title>A build with no scripts</title>");
    fs.mkdirSync(path.join(dist, "audio"));
    fs.writeFileSync(path.join(dist, "audio", "too-long.ogg"), Buffer.alloc(3 * 1024 * 1024));
    const args = ["--runs", "8", "--explore-runs", "40", "--dist", dist, path.join(FIXTURES, "lighthouse/main.ink")];
    const checked = await runCommand(bench, [...args, "--check"]);
    for (const heading of ["Random playthroughs", "Exploration (", "Seen-line store", "Bundle (dist/)"])
      expect(checked.stdout).toContain(heading);
    // The story's row: 8 runs, both rates and their ratio.
    expect(checked.stdout).toMatch(/lighthouse\/main\.ink +8 +\d+ +\d+ +\d+\.\d\d/);
    expect(checked.stdout).toMatch(/Budgets missed:\n(?: {2}.*\n)* {2}Audio: 3\.00 MB \(budget 2 MB: OVER\)/);
    expect(checked.status).toBe(1);
    // The same miss without --check is only printed (the exploration, already shown above, left out).
    const unchecked = await runCommand(bench, [...args.slice(0, 2), "--explore-runs", "0", ...args.slice(4)]);
    expect(unchecked.stdout).toContain("Budgets missed:");
    expect(unchecked.status).toBe(0);
  });
});
