import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { main as analyze } from "../../src/cli/analyze";
import { main as explore } from "../../src/cli/explore";
import { main as playthroughs } from "../../src/cli/playthroughs";
import { runCommand } from "../support/commandIO";
import { FIXTURES } from "../support/fixtures";

/** The reports a tester hands to CI, each read back the way a CI server or viewer reads it. */
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "reports-"));
const lighthouse = path.join(FIXTURES, "lighthouse/main.ink");
const doors = path.join(FIXTURES, "analyze-campaign/main.ink");
const runtimeError = path.join(FIXTURES, "runtime-error.ink");

describe("npm run playthroughs --junit", () => {
  it("writes one JUnit test case per script, the failing one with its step and the script's line", async () => {
    const file = path.join(folder, "playthroughs.xml");
    const { status, stdout } = await runCommand(playthroughs, [
      path.join(FIXTURES, "playthrough-scripts"),
      "--junit",
      file,
    ]);
    expect(status).toBe(1);
    expect(stdout).toMatch(/^FAILED {2}.*b-failing\.json:8$/m);
    const text = fs.readFileSync(file, "utf8");
    expect(XMLValidator.validate(text)).toBe(true);
    const parsed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "",
      isArray: (name) => name === "testcase",
    }).parse(text);
    const suite = parsed.testsuites.testsuite;
    expect(suite).toMatchObject({ tests: "3", failures: "1", errors: "1" });
    const [passing, failing, malformed] = suite.testcase;
    expect(passing).toMatchObject({ name: "a-passing.json: The boathouse, then the stair", line: expect.any(String) });
    expect(passing.failure).toBeUndefined();
    expect(failing).toMatchObject({ file: expect.stringMatching(/b-failing\.json$/), line: "8" });
    expect(failing.failure.message).toMatch(/^step 2 \(.*b-failing\.json:8\): expected to see "a dragon on the quay"/);
    expect(failing.failure["#text"]).toMatch(/\| Nets, a cracked oar/);
    expect(malformed.error.message).toMatch(/not a valid playthrough script: steps\[0\]/);
  });
});

/** lcov records as genhtml reads them: SF, DA, LF, LH per file. */
function readLcov(text: string) {
  return text
    .trim()
    .split("end_of_record")
    .filter((record) => record.trim() !== "")
    .map((record) => {
      const lines = record.trim().split("\n");
      const field = (name: string) => lines.find((line) => line.startsWith(`${name}:`))?.slice(name.length + 1);
      const hits = new Map(
        lines
          .filter((line) => line.startsWith("DA:"))
          .map((line) => line.slice(3).split(",").map(Number) as [number, number]),
      );
      return { file: field("SF"), hits, found: Number(field("LF")), hit: Number(field("LH")) };
    });
}

describe("explore --lcov", () => {
  it("writes which ink lines the runs executed, per file, with the runs that executed each", async () => {
    const file = path.join(folder, "coverage.info");
    const { status } = await runCommand(explore, [runtimeError, "--runs", "30", "--workers", "1", "--lcov", file]);
    expect(status).toBe(1); // the fixture's stranger errors: the coverage is still written
    const [record, ...others] = readLcov(fs.readFileSync(file, "utf8"));
    expect(others).toEqual([]);
    expect(record?.file).toBe("tests/fixtures/runtime-error.ink");
    expect(record?.hits.get(2)).toBe(30); // "Two doors.": every run
    expect(record?.hits.get(6)).toBeGreaterThan(0); // "Safe.": the runs that went left
    expect(record?.hits.get(6)).toBeLessThan(30);
    expect(record?.hits.get(14)).toBe(0); // "Nobody comes here."
    expect(record?.found).toBe(record?.hits.size);
    expect(record?.hit).toBe([...(record?.hits.values() ?? [])].filter((runs) => runs > 0).length);
  });

  it("counts a bare gather's line as run when the choices above it flow into it", async () => {
    const story = path.join(folder, "gather.ink");
    fs.writeFileSync(story, "Start.\n* [One]\n    One said.\n* [Two]\n    Two said.\n-\nAfter the gather.\n-> END\n");
    const file = path.join(folder, "gather.info");
    await runCommand(explore, [story, "--runs", "4", "--workers", "1", "--lcov", file]);
    const [record] = readLcov(fs.readFileSync(file, "utf8"));
    expect(record?.hits.get(6)).toBe(4);
    expect(record?.hits.get(7)).toBe(4);
  });

  it("merges shards' line counts into the counts of one run", async () => {
    const args = [lighthouse, "--runs", "40", "--seed", "3", "--workers", "1"];
    const whole = path.join(folder, "whole.info");
    await runCommand(explore, [...args, "--lcov", whole]);
    const shards = [];
    for (const shard of ["1/2", "2/2"]) {
      const file = path.join(folder, `lcov-shard-${shard.replace("/", "-")}.json`);
      fs.writeFileSync(file, (await runCommand(explore, [...args, "--shard", shard, "--json"])).stdout);
      shards.push(file);
    }
    const merged = path.join(folder, "merged.info");
    expect((await runCommand(explore, ["merge", ...shards, "--lcov", merged])).status).toBe(0);
    expect(fs.readFileSync(merged, "utf8")).toBe(fs.readFileSync(whole, "utf8"));
  });
});

/** What a self-contained page must not do: fetch anything. */
const fetchesSomething = /<script[^>]*src=|<link[^>]*href=|url\(|@import|src="https?:/i;

describe("analyze --html and explore --html", () => {
  it("writes one page with outcome shares, stance reach, choice points, climax, decided-at, contracts, rule reach, routes and a legend", async () => {
    const file = path.join(folder, "analyze.html");
    const climax = path.join(FIXTURES, "climax-campaign/main.ink");
    const { status, stdout } = await runCommand(analyze, [climax, "--runs", "12", "--workers", "1", "--html", file]);
    expect(status).toBe(0);
    const html = fs.readFileSync(file, "utf8");
    const sections = [...html.matchAll(/<section id="([\w-]+)">/g)].map((match) => match[1]);
    expect(sections).toEqual([
      "outcomes",
      "stance-reach",
      "choice-points",
      "climax",
      "decided-at",
      "contracts",
      "rule-reach",
      "routes",
      "warnings",
      "legend",
    ]);
    expect(html).toMatch(/<svg role="img" aria-label="outcome shares"/);
    expect(html).toMatch(/<svg role="img" aria-label="min -?\d+(\.\d)?, p10 /);
    expect(html).toMatch(/<dt>impact<\/dt><dd>of the swaps at a choice point/);
    expect(html).toContain("vote_hall");
    expect(html).not.toMatch(fetchesSomething);
    // The same legend in the terminal.
    expect(stdout).toMatch(/How to read it:\n {2}impact {2,}of the swaps at a choice point/);
  });

  it("draws each option's outcomes and the rule's conditions on a story with a rule", async () => {
    const file = path.join(folder, "doors.html");
    await runCommand(analyze, [doors, "--runs", "12", "--workers", "1", "--html", file]);
    const html = fs.readFileSync(file, "utf8");
    expect(html).toMatch(/<strong>forced<\/strong> Open the red door <small>\(12\)<\/small>.*aria-label="red 100\.0%"/);
    expect(html).toMatch(/aria-label="rule conditions held".*Ada vanishes → red/s);
  });

  it("writes explore's page with outcomes, coverage and errors", async () => {
    const file = path.join(folder, "explore.html");
    await runCommand(explore, [runtimeError, "--runs", "20", "--workers", "1", "--html", file]);
    const html = fs.readFileSync(file, "utf8");
    for (const section of ["outcomes", "coverage", "errors", "legend"])
      expect(html).toContain(`<section id="${section}">`);
    expect(html).toContain("never_reached");
    expect(html).toMatch(/unknown character &#34;stranger&#34;/);
    expect(html).not.toMatch(fetchesSomething);
  });
});

describe("--check", () => {
  it("fails analyze on a rule condition no run meets, and passes a story with nothing to warn of", async () => {
    const failing = await runCommand(analyze, [doors, "--runs", "12", "--workers", "1", "--check"]);
    expect(failing.status).toBe(1);
    expect(failing.stderr).toMatch(/--check: \d+ problems\n.*warning: rule condition "Ada vanishes"/);
    expect((await runCommand(analyze, [doors, "--runs", "12", "--workers", "1"])).status).toBe(0);
    expect((await runCommand(analyze, [lighthouse, "--runs", "5", "--workers", "1", "--check"])).status).toBe(0);
  });

  it("fails explore on a knot no run reached", async () => {
    const { status, stderr } = await runCommand(explore, [lighthouse, "--runs", "1", "--workers", "1", "--check"]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/warning: never (reached|offered): .*lighthouse\/main\.ink:\d+/);
    expect((await runCommand(explore, [lighthouse, "--runs", "300", "--workers", "1", "--check"])).status).toBe(0);
  });
});
