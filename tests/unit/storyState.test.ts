import path from "node:path";
import { describe, expect, it } from "vitest";
import { readIncludeTree } from "../../src/build/campaigns";
import { lintCampaign } from "../../src/engine/storyLint";
import { lintStoryState } from "../../src/engine/storyState";
import { FIXTURES } from "../support/fixtures";

const findings = (relative: string, readElsewhere?: Set<string>) =>
  lintStoryState(readIncludeTree(path.join(FIXTURES, relative)), readElsewhere).map(
    (finding) => `${path.basename(finding.file)}:${finding.line}: ${finding.message}`,
  );

describe("story-state lint", () => {
  it("warns of each kind of forgotten state, at its line", () => {
    expect(findings("lint/state.ink")).toEqual([
      "state.ink:2: VAR asked is set 1 times but never read: the choices that set it leave no trace",
      "state.ink:3: VAR courage is read but never set after its declaration (a CONST, or a missing ~ courage = ...)",
      "state.ink:5: LIST tide item low is never tested",
      "state.ink:5: LIST tide item slack is never tested",
      "state.ink:10: temp counted is set but never read in quay",
      'state.ink:15: two options in one choice set read "ask the harbourmaster" (the other is at tests/fixtures/lint/state.ink:13)',
    ]);
  });

  it("counts a variable the outcome rule reads as read", () => {
    expect(findings("lint/state.ink", new Set(["asked"])).join("\n")).not.toMatch(/VAR asked/);
  });

  it("finds the untested LIST of a classic ink story nobody shaped for it", () => {
    expect(findings("lighthouse/main.ink")).toEqual([
      "main.ink:7: LIST weather item calm is never tested",
      "main.ink:7: LIST weather item squall is never tested",
      "main.ink:7: LIST weather item gale is never tested",
    ]);
  });

  it("reads only code: a variable's name in the story's text is not a read", () => {
    const text = "VAR opening = 0\n~ opening = 1\nThe opening night. {opening|closing}\n-> END\n";
    expect(lintStoryState([{ path: "t.ink", text }]).map((finding) => finding.message)).toEqual([
      "VAR opening is set 1 times but never read: the choices that set it leave no trace",
    ]);
  });

  it("does not take options of different conditions, or of nested sets, for twins", () => {
    const text = "* {a} [Go]\n* {not a} [Go]\n* [Stay]\n  ** [Stay]\n- -> END\n";
    expect(lintStoryState([{ path: "t.ink", text }]).filter((finding) => /two options/.test(finding.message))).toEqual(
      [],
    );
  });
});

describe("unreached knots", () => {
  it("does not count a knot's divert to itself as reaching it", () => {
    const report = lintCampaign(readIncludeTree(path.join(FIXTURES, "lint/self-divert.ink")), null);
    expect(report.errors.map((error) => `${error.line}: ${error.message}`)).toEqual([
      '4: no divert reaches the knot "lonely"',
    ]);
  });
});
