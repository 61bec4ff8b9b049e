import { describe, expect, it } from "vitest";
import { lintCampaign, tagsOnLine, wordsOnLine } from "../../src/engine/storyLint";
import { miniManifest } from "../support/fixtures";

const lint = (text: string) => lintCampaign([{ path: "main.ink", text }], miniManifest);
const base = `VAR rang_bell = false
-> start
=== start ===
# act: 1
Hello there, friend. # speaker: ada
* [Go] -> next
=== next ===
{ festival_outcome() == "together": -> END }
{ festival_outcome() == "apart": -> END }
-> END
`;

describe("story lint", () => {
  it("passes a story inside the vocabulary", () => {
    expect(lint(base).errors).toEqual([]);
  });

  it.each([
    ["an unknown tag", "Hi. # colour: red", /unknown tag "colour"/],
    ["a tag without a value", "Hi. # loud", /must be written "# key: value"/],
    ["an unknown speaker", "Hi. # speaker: elliot", /unknown speaker "elliot"/],
    ["an unknown scene", "# scene: moon", /unknown scene "moon"/],
    ["an unknown mood", "# mood: jolly", /unknown mood "jolly"/],
    ["an unknown sound", "# sfx: kazoo", /unknown sfx "kazoo"/],
    ["an act out of range", "# act: 9", /act must be 1 to 5/],
    ["an unknown character in nudge", '~ nudge("bob", 10)', /unknown character "bob" in nudge\(\)/],
    ["an unknown character in stance", '{stance("zed") > 1: x}', /unknown character "zed" in stance\(\)/],
    ["a nudge beyond 100", '~ nudge("bo", 150)', /between -100 and 100/],
    ["an unknown external", "EXTERNAL teleport(x)", /unknown external function "teleport"/],
  ])("reports %s with its file and line", (_, line, message) => {
    const errors = lint(base.replace("Hello there, friend. # speaker: ada", line)).errors;
    expect(errors).toEqual([
      expect.objectContaining({ file: "main.ink", line: 5, message: expect.stringMatching(message) }),
    ]);
  });

  it("reports a knot no divert reaches and an outcome the story never names", () => {
    const errors = lint(
      `${base.replace('{ festival_outcome() == "apart": -> END }\n', "")}=== orphan ===\nLost.\n-> END\n`,
    ).errors;
    expect(errors.map((error) => error.message)).toEqual([
      'no divert reaches the knot "orphan"',
      'the outcome "apart" is never named in the story, so no ending leads from it',
    ]);
  });

  it("warns of a passage longer than a screen", () => {
    const long = Array.from({ length: 130 }, () => "word").join(" ");
    expect(lint(base.replace("Hello there, friend.", long)).warnings.map((warning) => warning.message)).toContain(
      "a single line of 130 words is longer than a screen; break it into beats",
    );
  });

  it("counts words, knots, choices and nudges per act", () => {
    const { statistics } = lint(
      `${base}=== two ===\n# act: 2\nOne two three.\n~ nudge("bo", 5)\n* [A] -> END\n* [B] -> two\n`,
    );
    expect(statistics.acts.map((act) => [act.act, act.knots, act.choices, act.nudges.bo ?? 0])).toEqual([
      [1, 2, 1, 0],
      [2, 1, 2, 1],
    ]);
    expect(statistics.choices).toBe(3);
  });

  it("reads tags inside inline logic up to the end of their branch", () => {
    expect(tagsOnLine("{met: Again? # speaker: bo|Who are you? # speaker: Announcer}")).toEqual([
      "speaker: bo",
      "speaker: Announcer",
    ]);
    expect(tagsOnLine("Plain words. # speaker: ada # sfx: bell")).toEqual(["speaker: ada", "sfx: bell"]);
    expect(
      lint(base.replace("Hello there, friend. # speaker: ada", "{x: Hi # speaker: bo|Hey # speaker: bob}")).errors.map(
        (e) => e.message,
      ),
    ).toEqual([expect.stringMatching(/unknown speaker "bob"/)]);
  });

  it("counts only the words a reader sees", () => {
    expect(wordsOnLine('* {stance("bo") > 3} [Ask Bo to stay] -> roof # speaker: ada')).toBe(4);
    expect(wordsOnLine("~ temp outcome = festival_outcome()")).toBe(0);
    expect(wordsOnLine("The hall is {quiet|loud}.")).toBe(5);
  });
});
