import path from "node:path";
import { Story } from "inkjs";
import { describe, expect, it } from "vitest";
import { compileInkFile, formatDiagnostic } from "../../src/build/compileInk";
import { containerAtPath } from "../../src/engine/inkInternals";
import { FIXTURES } from "../support/fixtures";

describe("compiling ink", () => {
  it("gives the file and line of a syntax error, and no story", () => {
    const result = compileInkFile(path.join(FIXTURES, "broken/syntax-error.ink"));
    expect(result.json).toBeNull();
    expect(result.diagnostics.map(formatDiagnostic)[0]).toMatch(
      /tests\/fixtures\/broken\/syntax-error\.ink:4: error: .*within braces/,
    );
  });

  it("names the line where a brace left open across lines was opened", () => {
    const result = compileInkFile(path.join(FIXTURES, "broken/open-brace.ink"));
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(
        /open-brace\.ink:3: error: a brace opened on this line is never closed \(the compiler noticed at line 11: Expected closing brace/,
      ),
    ]);
  });

  it("keeps the compiler's debug metadata: each choice's ink path maps to its file and line", () => {
    const result = compileInkFile(path.join(FIXTURES, "lighthouse/main.ink"));
    const lines = Object.entries(result.sourceMap?.lines ?? {});
    expect(lines.length).toBeGreaterThan(20);
    expect(result.sourceMap?.files).toEqual(["tests/fixtures/lighthouse/main.ink"]);
  });

  it("keeps where ink counts each labelled choice and gather, which the JSON forgets, by the path a writer writes", () => {
    const { sourceMap, json } = compileInkFile(path.join(FIXTURES, "contracts/labels.ink"));
    const labels = sourceMap?.labels ?? {};
    expect(Object.keys(labels).sort()).toEqual([
      "harbour.asked",
      "harbour.listened",
      "harbour.pressed",
      "harbour.quay",
      "tower.lit",
      "tower.stair.lit",
    ]);
    // As ink reads it, a stitch's label is also the knot's, when no other label of the knot has its name.
    expect(labels["tower.lit"]).toBe(labels["tower.stair.lit"]);
    // A choice's container is numbered, not named (harbour.0.c-0): only the compiler knew "asked".
    expect(json).not.toMatch(/"(?:asked|pressed|lit)"/);
    const story = new Story(json ?? "");
    for (const [label, counted] of Object.entries(labels))
      expect(containerAtPath(story, counted), label).not.toBeNull();
  });

  it("points a missing INCLUDE at the line that names it", () => {
    const result = compileInkFile(path.join(FIXTURES, "broken/missing-include.ink"));
    expect(result.json).toBeNull();
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(
        /missing-include\.ink:1: error: INCLUDE names a file that does not exist: .*chapter_that_does_not_exist\.ink/,
      ),
    ]);
  });

  it("reports a missing main file plainly", () => {
    const result = compileInkFile(path.join(FIXTURES, "no-such-story.ink"));
    expect(result.diagnostics[0]?.message).toBe("file not found");
  });

  it("lists every file a story reads, so the dev server can watch them", () => {
    const result = compileInkFile(path.join(FIXTURES, "mini-campaign/main.ink"));
    expect(result.json).not.toBeNull();
    expect(result.files.map((file) => path.basename(file))).toEqual(["main.ink", "chapter.ink"]);
  });
});
