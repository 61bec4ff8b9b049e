import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { main as analyze } from "../../src/cli/analyze";
import { main as explore } from "../../src/cli/explore";
import { main as play } from "../../src/cli/play";
import { main as storyCheck } from "../../src/cli/storyCheck";
import { runCommand } from "../support/commandIO";
import { FIXTURES } from "../support/fixtures";

/** The command-line tools, run in this process as a tester runs them at a terminal. */
const tools = { "play.ts": play, "explore.ts": explore, "analyze.ts": analyze, "storyCheck.ts": storyCheck };
const run = (tool: keyof typeof tools, args: string[], input?: string) => runCommand(tools[tool], args, input);
const lighthouse = path.join(FIXTURES, "lighthouse/main.ink");

describe("play", () => {
  it("plays a list of choices and reports the transcript as JSON", async () => {
    const { status, stdout } = await run("play.ts", [lighthouse, "--choices", "1,0,0,0", "--json"]);
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

  it("plays interactively from standard input", async () => {
    const { status, stdout } = await run("play.ts", [lighthouse], "2\n9\n2\nq\n");
    expect(status).toBe(0);
    expect(stdout).toContain("  2. Search the boathouse first");
    expect(stdout).toContain("type a number from 1 to 2");
    expect(stdout).toContain("> Leave it");
    expect(stdout).toMatch(/stopped after 2 choices/);
  });

  it("plays interactively with a prompt, paragraphs apart, the act and scene as they change, whole stances", async () => {
    const { status, stdout } = await run("play.ts", [path.join(FIXTURES, "mini-campaign/main.ink")], "1\nq\n");
    expect(status).toBe(0);
    expect(stdout).toContain("--- Act 1: The hall ---");
    expect(stdout).toContain("The hall is quiet.\n\nAnnouncer: Welcome, both of you.\n\n");
    expect(stdout).toMatch(/^\? /m);
    expect(stdout).toMatch(/Bo Lark\s+50\s+-25$/m);
  });

  it("says which step of --choices does not fit", async () => {
    const { status, stderr } = await run("play.ts", [lighthouse, "--choices", "0,7"]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/--choices step 2: "7" is not one of the 3 choices offered/);
  });

  it("gives file and line when the story does not compile", async () => {
    const { status, stderr } = await run("play.ts", [path.join(FIXTURES, "broken/syntax-error.ink")]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/syntax-error\.ink:4: error:/);
  });
});

describe("explore", () => {
  it("reports runs, outcomes and knots as JSON, the same for the same seed", async () => {
    const first = JSON.parse(
      (await run("explore.ts", [lighthouse, "--runs", "50", "--seed", "5", "--workers", "1", "--json"])).stdout,
    );
    const second = JSON.parse(
      (await run("explore.ts", [lighthouse, "--runs", "50", "--seed", "5", "--workers", "1", "--json"])).stdout,
    );
    expect(Object.keys(first)).toEqual(
      expect.arrayContaining(["runs", "seed", "elapsedMs", "errors", "outcomes", "knots"]),
    );
    expect({ ...first, elapsedMs: 0 }).toEqual({ ...second, elapsedMs: 0 });
    expect(first.knots.unreached).toEqual([]);
  });

  it("exits 1 with the path that reproduces an error", async () => {
    const { status, stdout } = await run("explore.ts", [
      path.join(FIXTURES, "runtime-error.ink"),
      "--runs",
      "40",
      "--seed",
      "1",
      "--workers",
      "1",
    ]);
    expect(status).toBe(1);
    expect(stdout).toMatch(/ERROR \(\d+ runs\): .*unknown character "stranger"/);
    expect(stdout).toMatch(/replay: npm run play -- .*runtime-error\.ink --seed \d+ --choices 1,0/);
  });

  it("says in its help that only the timing differs between runs of the same seed", async () => {
    expect((await run("explore.ts", ["--help"])).stdout).toMatch(
      /same seed gives the same report.*\n.*only the timing line \(elapsedMs\)/,
    );
  });

  it("refuses a nonsense run count", async () => {
    const { status, stderr } = await run("explore.ts", [lighthouse, "--runs", "many"]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/--runs must be a whole number/);
  });
});

describe("a story stuck in an endless loop", () => {
  it("gives a clear error with file and line in explore, play and story:check, never a stack trace", async () => {
    const loop = path.join(FIXTURES, "broken/self-loop.ink");
    const explored = await run("explore.ts", [loop, "--runs", "2", "--workers", "1"]);
    expect(explored.status).toBe(1);
    expect(explored.stdout).toMatch(
      /ERROR \(2 runs\): .*endless loop at tests\/fixtures\/broken\/self-loop\.ink:6, in loop/,
    );
    const played = await run("play.ts", [loop, "--choices", ""]);
    expect(played.stderr).toMatch(/self-loop\.ink:6/);
    const checked = await run("storyCheck.ts", [loop]);
    expect(checked.stdout).toMatch(
      /runtime error ".*self-loop\.ink:6.*" \(replay: npm run play -- .*self-loop\.ink --seed \d+ --choices \)/,
    );
    for (const result of [explored, played, checked]) expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("explore at scale", () => {
  it("gives one report whatever the worker count, and shards that merge into it", async () => {
    const doors = path.join(FIXTURES, "analyze-campaign/main.ink");
    const args = [doors, "--runs", "120", "--seed", "4", "--json"];
    const single = JSON.parse((await run("explore.ts", [...args, "--workers", "1"])).stdout);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "shards-"));
    const shards: string[] = [];
    // One shard on two worker threads, the other in this thread: neither changes the report.
    for (const [index, shard] of ["1/2", "2/2"].entries()) {
      const file = path.join(folder, `shard-${index}.json`);
      const workers = index === 0 ? "2" : "1";
      fs.writeFileSync(file, (await run("explore.ts", [...args, "--workers", workers, "--shard", shard])).stdout);
      shards.push(file);
    }
    const merged = JSON.parse((await run("explore.ts", ["merge", ...shards, "--json"])).stdout);
    expect({ ...merged, elapsedMs: 0 }).toEqual({ ...single, elapsedMs: 0 });
    expect((await run("explore.ts", ["merge", shards[0] ?? ""])).stderr).toMatch(/each shard of one run exactly once/);
  });
});

describe("analyze", () => {
  it("prints the JSON the design promises", async () => {
    const { status, stdout } = await run("analyze.ts", [
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

  it("says passed, with the outcome, when the script passes", async () => {
    const { status, stdout } = await run("play.ts", ["--script", script]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^passed: .* \(outcome: the-reboot\)$/m);
  });

  it("refuses a story on the command line that is not the script's", async () => {
    const { status, stderr } = await run("play.ts", ["neo-unity", "--script", script]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/plays "neo-lumen", but the command line names "neo-unity"/);
  });
});

describe("bad input gets a clear message and an exit code, never a stack trace", () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "bad-input-"));
  const write = (name: string, text: string) => {
    const file = path.join(folder, name);
    fs.writeFileSync(file, text);
    return file;
  };
  const noTrace = (result: { stdout: string; stderr: string }) =>
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at /);

  it("refuses a .json that is not a compiled ink story, in play, explore and analyze", async () => {
    const notStory = write("hello.json", '{"hello":1}');
    for (const tool of ["play.ts", "explore.ts", "analyze.ts"] as const) {
      const result = await run(tool, [notStory]);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/hello\.json is not a compiled ink story \(.*\); give a campaign id/);
      noTrace(result);
    }
  });

  it("refuses null, empty and malformed shard files in merge, naming the file", async () => {
    const cases: [string, RegExp][] = [
      [write("null.json", "null"), /null\.json: holds null, not a shard report/],
      [write("empty.json", ""), /empty\.json: the file is empty/],
      [
        write("slice.json", JSON.stringify({ shard: { slice: 5 }, storyHash: "x" })),
        /slice\.json: not a shard report of explore --shard K\/N --json:\n {2}story: .*\n(.*\n)* {2}and \d+ more/,
      ],
    ];
    for (const [file, message] of cases) {
      const result = await run("explore.ts", ["merge", file]);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(message);
      noTrace(result);
    }
  });

  it("plays an empty shard (more shards than runs) as a report of no runs that still merges", async () => {
    const args = [lighthouse, "--runs", "3", "--seed", "2", "--workers", "1", "--json"];
    const shards: string[] = [];
    for (const shard of ["1/4", "2/4", "3/4", "4/4"]) {
      const result = await run("explore.ts", [...args, "--shard", shard]);
      expect(result.status).toBe(0);
      shards.push(write(`shard-${shard.replace("/", "-")}.json`, result.stdout));
    }
    expect(JSON.parse(fs.readFileSync(shards[0] ?? "", "utf8")).runs).toBe(0);
    const merged = JSON.parse((await run("explore.ts", ["merge", ...shards, "--json"])).stdout);
    const whole = JSON.parse((await run("explore.ts", args)).stdout);
    expect({ ...merged, elapsedMs: 0 }).toEqual({ ...whole, elapsedMs: 0 });
  });

  it("refuses a run count beyond what one process plays, and caps --workers at the core count", async () => {
    const huge = await run("explore.ts", [lighthouse, "--runs", "1000000000000"]);
    expect(huge.status).toBe(2);
    expect(huge.stderr).toMatch(/--runs must be a whole number from 1 to 2,147,483,647/);
    const many = await run("explore.ts", [lighthouse, "--runs", "20000000"]);
    expect(many.status).toBe(2);
    expect(many.stderr).toMatch(/more than one process plays \(10,000,000.*\): split it with --shard K\/N/);
    expect((await run("analyze.ts", [lighthouse, "--runs", "2000000"])).stderr).toMatch(/from 1 to 1,000,000/);
    // One run is one chunk, played in this thread: the cap is said before any worker starts.
    const capped = await run("explore.ts", [lighthouse, "--runs", "1", "--workers", "512"]);
    expect(capped.status).toBe(0);
    expect(capped.stderr).toMatch(/note: --workers 512 is more than the \d+ cores here; using \d+/);
  });

  it("exits 1 from analyze when every run ends in an error", async () => {
    const failing = write(
      "fails-at-once.ink",
      'EXTERNAL nudge(character_id, percent)\n~ nudge("stranger", 10)\nGone.\n',
    );
    const result = await run("analyze.ts", [failing, "--runs", "3", "--workers", "1"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/every one of the 3 runs ended in an error/);
  });

  it("refuses to merge shards of two builds of the story, naming both hashes", async () => {
    const story = write("two-builds.ink", fs.readFileSync(lighthouse, "utf8"));
    const args = [story, "--runs", "10", "--workers", "1", "--json"];
    const first = write("build-a.json", (await run("explore.ts", [...args, "--shard", "1/2"])).stdout);
    fs.writeFileSync(story, fs.readFileSync(story, "utf8").replace("The last ferry", "The late ferry"));
    const second = write("build-b.json", (await run("explore.ts", [...args, "--shard", "2/2"])).stdout);
    const result = await run("explore.ts", ["merge", first, second]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/cannot merge reports of two builds of the story \(hashes \w+ and \w+\)/);
  });
});

describe("story:check on the writers' contracts", () => {
  it("rejects a contract that names an unknown variable, and a rule that reads an undeclared input", async () => {
    const contract = await run("storyCheck.ts", [path.join(FIXTURES, "contracts/unknown-name.ink")]);
    expect(contract.status).toBe(1);
    expect(contract.stdout).toMatch(
      /error: tests\/fixtures\/contracts\/unknown-name\.ink:10: contract "told_mria" names "told_mria", not a global variable/,
    );
    const undeclared = await run("storyCheck.ts", [path.join(FIXTURES, "undeclared-input/main.ink")]);
    expect(undeclared.status).toBe(1);
    expect(undeclared.stdout).toMatch(
      /error: .*tests\/fixtures\/undeclared-input\/campaign\.json: rule\.conditions\[0\]\.when: unknown name "rang_bell"/,
    );
    const kept = await run("storyCheck.ts", [path.join(FIXTURES, "contracts/main.ink")]);
    expect(kept.stdout).toMatch(/0 errors/);
  }, 120_000);
});

describe("the third draft's measures on the command line", () => {
  it("explore reports a broken contract with its replay and exits 1; story:check warns of it", async () => {
    const contracts = path.join(FIXTURES, "contracts/main.ink");
    const explored = await run("explore.ts", [contracts, "--runs", "30", "--workers", "1"]);
    expect(explored.status).toBe(1);
    expect(explored.stdout).toMatch(/contracts: 4 lines, checked \d+ times, 1 broken/);
    expect(explored.stdout).toMatch(
      /CONTRACT BROKEN \(\d+ times\): tests\/fixtures\/contracts\/main\.ink:27 needs told_mira\n {2}replay: npm run play -- .*contracts\/main\.ink --seed \d+ --choices 1,\d/,
    );
    const replay = /replay: npm run play -- \S+ --seed (\d+) --choices ([\d,]+)/.exec(explored.stdout);
    const played = await run("play.ts", [contracts, "--seed", replay?.[1] ?? "", "--choices", replay?.[2] ?? ""]);
    expect(played.stdout).toContain("Thank you for telling me.");
    expect(played.stderr).toMatch(/contract broken: tests\/fixtures\/contracts\/main\.ink:27 needs told_mira/);
    const checked = await run("storyCheck.ts", [contracts]);
    expect(checked.status).toBe(0);
    expect(checked.stdout).toMatch(/warning: .*main\.ink:27: contract "told_mira" broken in the 400-run sample/);
  }, 120_000);

  it("a contract on a labelled choice: story:check knows the label, explore finds the route that skips it, play shows it", async () => {
    const labels = path.join(FIXTURES, "contracts/labels.ink");
    const checked = await run("storyCheck.ts", [labels]);
    expect(checked.stdout).toMatch(/0 errors/);
    const explored = await run("explore.ts", [labels, "--runs", "30", "--workers", "1"]);
    expect(explored.status).toBe(1);
    expect(explored.stdout).toMatch(/contracts: 4 lines, checked \d+ times, 1 broken/);
    const replay =
      /CONTRACT BROKEN \(\d+ times\): tests\/fixtures\/contracts\/labels\.ink:25 needs tower\.stair\.lit\n {2}replay: npm run play -- \S+ --seed (\d+) --choices ([\d,]+)/.exec(
        explored.stdout,
      );
    expect(replay).not.toBeNull();
    const played = await run("play.ts", [labels, "--seed", replay?.[1] ?? "", "--choices", replay?.[2] ?? ""]);
    expect(played.stdout).toContain("> Leave it dark");
    expect(played.stderr).toMatch(
      /contract broken: tests\/fixtures\/contracts\/labels\.ink:25 needs tower\.stair\.lit/,
    );
  }, 120_000);

  it("analyze gives the climax, decidedAt, stanceReach and contracts whatever the worker count", async () => {
    const climax = path.join(FIXTURES, "climax-campaign/main.ink");
    const args = [climax, "--runs", "24", "--seed", "3", "--json"];
    const one = JSON.parse((await run("analyze.ts", [...args, "--workers", "1"])).stdout);
    const two = JSON.parse((await run("analyze.ts", [...args, "--workers", "2"])).stdout);
    expect({ ...two, elapsedMs: 0 }).toEqual({ ...one, elapsedMs: 0 });
    expect(one.climax.map((point: { knot: string }) => point.knot)).toEqual(["vote_hall"]);
    expect(Object.keys(one.decidedAt)).toEqual(["byAct", "openAtClimax", "reachedClimax"]);
    expect(Object.keys(one.stanceReach.bo)).toEqual(
      expect.arrayContaining(["min", "p10", "median", "p90", "max", "belowZero"]),
    );
    expect(one.contracts).toEqual({ lines: 0, checked: 0, violations: [] });
    const human = (await run("analyze.ts", [climax, "--runs", "24", "--seed", "3", "--workers", "1"])).stdout;
    expect(human).toMatch(/open at the climax: \d+\.\d% of runs/);
    expect(human).toMatch(/warning: bo ends on the individuality side \(above 0\) in 100\.0% of runs/);
    expect(human).toMatch(/How to read it:\n {2}impact/);
    expect((await run("analyze.ts", ["--help"])).stdout).toMatch(/swaps +how many such swapped runs/);
  }, 120_000);
});
