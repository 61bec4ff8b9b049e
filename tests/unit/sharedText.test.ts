import { describe, expect, it } from "vitest";
import { sharedRuns, sharedTextWarnings, storyWords } from "../../src/engine/sharedText";

const lumen = [
  { path: "lumen.ink", text: "=== a ===\nShe closes the door on a sleeping child. # speaker: eliot\n* [Go] -> b\n" },
];
const unity = [
  { path: "unity.ink", text: "Elsewhere.\n{x: He shut} the Door, on a sleeping child!\nNothing like it.\n" },
];

describe("story text two campaigns share", () => {
  it("finds six or more words in a row, ignoring case, punctuation, tags and logic, with both places", () => {
    expect(sharedRuns(lumen, unity)).toEqual([
      {
        text: "the door on a sleeping child",
        here: { file: "lumen.ink", line: 2 },
        there: { file: "unity.ink", line: 2 },
      },
    ]);
    expect(sharedTextWarnings(lumen, [{ id: "neo-unity", files: unity }]).map((warning) => warning.message)).toEqual([
      '6 words shared with neo-unity (unity.ink:2): "the door on a sleeping child"',
    ]);
  });

  it("lets five shared words pass", () => {
    expect(
      sharedRuns(
        [{ path: "a", text: "one two three four five six\n" }],
        [{ path: "b", text: "zero one two three four five six seven\n" }],
      ),
    ).toHaveLength(1);
    expect(
      sharedRuns(
        [{ path: "a", text: "one two three four five\n" }],
        [{ path: "b", text: "one two three four five\n" }],
      ),
    ).toEqual([]);
  });

  it("reads only the words a reader sees", () => {
    expect(storyWords('* {seen} [Ask her.] She\'s "fine". -> next # mood: calm')).toEqual([
      "ask",
      "her",
      "shes",
      "fine",
    ]);
    expect(storyWords("~ temp x = 1")).toEqual([]);
  });
});
