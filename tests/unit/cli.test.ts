import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "../support/fixtures";

/** The command-line tools, run as a tester runs them. */
function run(tool: string, args: string[], input?: string) {
  const result = spawnSync(process.execPath, ["--import", "tsx", path.resolve("src/cli", tool), ...args], {
    encoding: "utf8",
    input,
    env: { ...process.env, FORCE_COLOR: "0" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const lighthouse = path.join(FIXTURES, "lighthouse/main.ink");

describe("play", () => {
  it("plays a list of choices and reports the transcript as JSON", () => {
    const { status, stdout } = run("play.ts", [lighthouse, "--choices", "1,0,0,0", "--json"]);
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining(["transcript", "choices", "stances", "outcome", "ended"]),
    );
    expect(report.ended).toBe(true);
    expect(report.choices.map((choice: { text: string }) => choice.text)).toEqual([
      "Search the boathouse first",
      "Read the letter",
      "Keep climbing",
      "Light the lamp",
    ]);
    expect(report.transcript.at(-1).text).toMatch(/a ship turns for the channel/);
  });

  it("plays interactively from standard input", () => {
    const { status, stdout } = run("play.ts", [lighthouse], "2\n9\n2\nq\n");
    expect(status).toBe(0);
    expect(stdout).toContain("  2. Search the boathouse first");
    expect(stdout).toContain("type a number from 1 to 2");
    expect(stdout).toContain("> Leave it");
    expect(stdout).toMatch(/stopped after 2 choices/);
  });

  it("says which step of --choices does not fit", () => {
    const { status, stderr } = run("play.ts", [lighthouse, "--choices", "0,7"]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/--choices step 2: "7" is not one of the 3 choices offered/);
  });

  it("gives file and line when the story does not compile", () => {
    const { status, stderr } = run("play.ts", [path.join(FIXTURES, "broken/syntax-error.ink")]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/syntax-error\.ink:4: error:/);
  });
});

describe("explore", () => {
  it("reports runs, outcomes and knots as JSON, the same for the same seed", () => {
    const first = JSON.parse(run("explore.ts", [lighthouse, "--runs", "50", "--seed", "5", "--json"]).stdout);
    const second = JSON.parse(run("explore.ts", [lighthouse, "--runs", "50", "--seed", "5", "--json"]).stdout);
    expect(Object.keys(first)).toEqual(
      expect.arrayContaining(["runs", "seed", "elapsedMs", "errors", "outcomes", "knots"]),
    );
    expect({ ...first, elapsedMs: 0 }).toEqual({ ...second, elapsedMs: 0 });
    expect(first.knots.unreached).toEqual([]);
  });

  it("exits 1 with the path that reproduces an error", () => {
    const { status, stdout } = run("explore.ts", [
      path.join(FIXTURES, "runtime-error.ink"),
      "--runs",
      "40",
      "--seed",
      "1",
    ]);
    expect(status).toBe(1);
    expect(stdout).toMatch(/ERROR \(\d+ runs\): .*unknown character "stranger"/);
    expect(stdout).toMatch(/replay: npm run play -- .*runtime-error\.ink --seed \d+ --choices 1,0/);
  });

  it("refuses a nonsense run count", () => {
    const { status, stderr } = run("explore.ts", [lighthouse, "--runs", "many"]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/--runs must be a whole number/);
  });
});
