import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileInkFile, formatDiagnostic } from "../../src/build/compileInk";
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
