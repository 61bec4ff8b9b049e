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
  // A tiny exploration cannot pay for starting workers, so its budgets are missed: --check must say so with exit 1.
  it("exits 1 when a figure misses its budget, and 0 without --check", async () => {
    const args = ["--runs", "8", "--explore-runs", "40", path.join(FIXTURES, "lighthouse/main.ink")];
    const checked = await runCommand(bench, [...args, "--check"]);
    expect(checked.stdout).toMatch(/Budgets missed:\n {2}\S/);
    expect(checked.status).toBe(1);
    expect((await runCommand(bench, args)).status).toBe(0);
  });
});
