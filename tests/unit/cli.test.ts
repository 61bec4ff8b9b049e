import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
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

  it("plays interactively with a prompt, paragraphs apart, the act and scene as they change, whole stances", () => {
    const { status, stdout } = run("play.ts", [path.join(FIXTURES, "mini-campaign/main.ink")], "1\nq\n");
    expect(status).toBe(0);
    expect(stdout).toContain("--- Act 1: The hall ---");
    expect(stdout).toContain("The hall is quiet.\n\nAnnouncer: Welcome, both of you.\n\n");
    expect(stdout).toMatch(/^\? /m);
    expect(stdout).toMatch(/Bo Lark\s+50\s+-25$/m);
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

  it("says in its help that only the timing differs between runs of the same seed", () => {
    expect(run("explore.ts", ["--help"]).stderr).toMatch(
      /same seed gives the same report.*\n.*only the timing line \(elapsedMs\)/,
    );
  });

  it("refuses a nonsense run count", () => {
    const { status, stderr } = run("explore.ts", [lighthouse, "--runs", "many"]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/--runs must be a whole number/);
  });
});

// Several tools spawned in turn, one of them playing an endless loop to its step limit: minutes on a loaded machine.
describe("a story stuck in an endless loop", () => {
  it("gives a clear error with file and line in explore, play and story:check, never a stack trace", () => {
    const loop = path.join(FIXTURES, "broken/self-loop.ink");
    const explored = run("explore.ts", [loop, "--runs", "2", "--workers", "1"]);
    expect(explored.status).toBe(1);
    expect(explored.stdout).toMatch(
      /ERROR \(2 runs\): .*endless loop at tests\/fixtures\/broken\/self-loop\.ink:6, in loop/,
    );
    const played = run("play.ts", [loop, "--choices", ""]);
    expect(played.stderr).toMatch(/self-loop\.ink:6/);
    const checked = run("storyCheck.ts", [loop]);
    expect(checked.stdout).toMatch(
      /runtime error ".*self-loop\.ink:6.*" \(replay: npm run play -- .*self-loop\.ink --seed \d+ --choices \)/,
    );
    for (const result of [explored, played, checked]) expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 300_000);
});

describe("explore at scale", () => {
  it("gives one report whatever the worker count, and shards that merge into it", () => {
    const doors = path.join(FIXTURES, "analyze-campaign/main.ink");
    const args = [doors, "--runs", "120", "--seed", "4", "--json"];
    const single = JSON.parse(run("explore.ts", [...args, "--workers", "1"]).stdout);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "shards-"));
    const shards = ["1/2", "2/2"].map((shard, index) => {
      const file = path.join(folder, `shard-${index}.json`);
      fs.writeFileSync(file, run("explore.ts", [...args, "--workers", "2", "--shard", shard]).stdout);
      return file;
    });
    const merged = JSON.parse(run("explore.ts", ["merge", ...shards, "--json"]).stdout);
    expect({ ...merged, elapsedMs: 0 }).toEqual({ ...single, elapsedMs: 0 });
    expect(run("explore.ts", ["merge", shards[0] ?? ""]).stderr).toMatch(/each shard of one run exactly once/);
  }, 300_000);
});

describe("analyze", () => {
  it("prints the JSON the design promises", () => {
    const { status, stdout } = run("analyze.ts", [
      path.join(FIXTURES, "analyze-campaign/main.ink"),
      "--runs",
      "20",
      "--workers",
      "1",
      "--json",
    ]);
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining(["runs", "seed", "choicePoints", "ruleReach", "routes", "warnings"]),
    );
    expect(report.choicePoints[0]).toMatchObject({
      location: expect.stringMatching(/\.ink:\d+$/),
      knot: expect.any(String),
      impact: expect.any(Number),
      verdict: expect.stringMatching(/^(decorative|shaping|deciding)$/),
      options: expect.arrayContaining([
        expect.objectContaining({
          text: expect.any(String),
          outcomes: expect.any(Object),
          forced: expect.any(Boolean),
        }),
      ]),
    });
    expect(report.ruleReach.conditions[0]).toEqual({ name: "the red door", outcome: "red", held: expect.any(Number) });
  });
});

describe("play with a script", () => {
  const script = path.join(FIXTURES, "../playthroughs/neo-lumen-the-reboot.json");

  it("says passed, with the outcome, when the script passes", () => {
    const { status, stdout } = run("play.ts", ["--script", script]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^passed: .* \(outcome: the-reboot\)$/m);
  });

  it("refuses a story on the command line that is not the script's", () => {
    const { status, stderr } = run("play.ts", ["neo-unity", "--script", script]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/plays "neo-lumen", but the command line names "neo-unity"/);
  });
});

describe("story:check on the writers' contracts", () => {
  it("rejects a contract that names an unknown variable, and a rule that reads an undeclared input", () => {
    const contract = run("storyCheck.ts", [path.join(FIXTURES, "contracts/unknown-name.ink")]);
    expect(contract.status).toBe(1);
    expect(contract.stdout).toMatch(
      /error: tests\/fixtures\/contracts\/unknown-name\.ink:10: contract "told_mria" names "told_mria", not a global variable/,
    );
    const undeclared = run("storyCheck.ts", [path.join(FIXTURES, "undeclared-input/main.ink")]);
    expect(undeclared.status).toBe(1);
    expect(undeclared.stdout).toMatch(
      /error: .*tests\/fixtures\/undeclared-input\/campaign\.json: rule\.conditions\[0\]\.when: unknown name "rang_bell"/,
    );
    const kept = run("storyCheck.ts", [path.join(FIXTURES, "contracts/main.ink")]);
    expect(kept.stdout).toMatch(/0 errors/);
  }, 120_000);
});

describe("the third draft's measures on the command line", () => {
  it("explore reports a broken contract with its replay and exits 1; story:check warns of it", () => {
    const contracts = path.join(FIXTURES, "contracts/main.ink");
    const explored = run("explore.ts", [contracts, "--runs", "30", "--workers", "1"]);
    expect(explored.status).toBe(1);
    expect(explored.stdout).toMatch(/contracts: 4 lines, checked \d+ times, 1 broken/);
    expect(explored.stdout).toMatch(
      /CONTRACT BROKEN \(\d+ times\): tests\/fixtures\/contracts\/main\.ink:27 needs told_mira\n {2}replay: npm run play -- .*contracts\/main\.ink --seed \d+ --choices 1,\d/,
    );
    const replay = /replay: npm run play -- \S+ --seed (\d+) --choices ([\d,]+)/.exec(explored.stdout);
    const played = run("play.ts", [contracts, "--seed", replay?.[1] ?? "", "--choices", replay?.[2] ?? ""]);
    expect(played.stdout).toContain("Thank you for telling me.");
    expect(played.stderr).toMatch(/contract broken: tests\/fixtures\/contracts\/main\.ink:27 needs told_mira/);
    const checked = run("storyCheck.ts", [contracts]);
    expect(checked.status).toBe(0);
    expect(checked.stdout).toMatch(/warning: .*main\.ink:27: contract "told_mira" broken in the 400-run sample/);
  }, 120_000);

  it("analyze gives the climax, decidedAt, stanceReach and contracts whatever the worker count", () => {
    const climax = path.join(FIXTURES, "climax-campaign/main.ink");
    const args = [climax, "--runs", "24", "--seed", "3", "--json"];
    const one = JSON.parse(run("analyze.ts", [...args, "--workers", "1"]).stdout);
    const two = JSON.parse(run("analyze.ts", [...args, "--workers", "2"]).stdout);
    expect(two).toEqual(one);
    expect(one.climax.map((point: { knot: string }) => point.knot)).toEqual(["vote_hall"]);
    expect(Object.keys(one.decidedAt)).toEqual(["byAct", "openAtClimax", "reachedClimax"]);
    expect(Object.keys(one.stanceReach.bo)).toEqual(
      expect.arrayContaining(["min", "p10", "median", "p90", "max", "belowZero"]),
    );
    expect(one.contracts).toEqual({ lines: 0, checked: 0, violations: [] });
    const human = run("analyze.ts", [climax, "--runs", "24", "--seed", "3", "--workers", "1"]).stdout;
    expect(human).toMatch(/open at the climax: \d+\.\d% of runs/);
    expect(human).toMatch(/warning: bo ends on the individuality side \(above 0\) in 100\.0% of runs/);
    expect(human).toMatch(/How to read it:\n {2}impact/);
    expect(run("analyze.ts", ["--help"]).stderr).toMatch(/swaps +how many such swapped runs/);
  }, 120_000);
});
