import { describe, expect, it } from "vitest";
import { sharedRuns, sharedTextWarnings, storyNumbers, storyWords } from "../../src/engine/sharedText";

const ink = (path: string, text: string) => [{ path, text }];
const lumen = ink(
  "lumen.ink",
  "=== a ===\nShe waits by the Tea Urn with a cup. # speaker: eliot\n* [Go] -> b\n=== b ===\nThe swing at 3:12.\n",
);
const unity = ink("unity.ink", "Elsewhere.\n{x: He stood} by the tea urn, with a cup!\nNothing like it.\n");

describe("phrases two campaigns share", () => {
  it("finds four words in a row with two that are not everyday words, ignoring case, punctuation, tags and logic, with both places", () => {
    expect(sharedRuns(lumen, unity)).toEqual([
      {
        text: "by the tea urn with a cup",
        here: { file: "lumen.ink", line: 2 },
        there: { file: "unity.ink", line: 2 },
      },
    ]);
    expect(sharedTextWarnings(lumen, [{ id: "neo-unity", files: unity }]).map((warning) => warning.message)).toEqual([
      '7 words shared with neo-unity (unity.ink:2): "by the tea urn with a cup"',
    ]);
  });

  it("lets everyday runs pass, and runs shorter than four words", () => {
    const everyday = (text: string) => sharedRuns(ink("a", `${text}\n`), ink("b", `Then ${text} again.\n`));
    expect(everyday("she said that it was not for the first time in years")).toEqual([]);
    expect(everyday("in the middle of the night he looks back at the city")).toEqual([]);
    expect(everyday("opens his mouth to speak")).toEqual([]);
    expect(everyday("tea urn steams")).toEqual([]);
    expect(everyday("the tea urn steams")).toHaveLength(1);
  });

  it("reads only the words a reader sees, and never across two branches of inline logic", () => {
    expect(storyWords('* {seen} [Ask her.] She\'s "fine". -> next # mood: calm')).toEqual([
      "ask",
      "her",
      "shes",
      "fine",
    ]);
    expect(storyWords("~ temp x = 1")).toEqual([]);
    expect(storyWords("- told_mira and trust > 2: She knows.")).toEqual(["she", "knows"]);
    expect(
      sharedRuns(ink("a", "{open: the tea urn|cold soup kitchen}\n"), ink("b", "the tea urn cold soup kitchen\n")),
    ).toEqual([]);
  });
});

describe("numbers two campaigns share", () => {
  const numbers = (text: string) => storyNumbers(ink("a.ink", text)).map(({ value, text }) => [value, text]);

  it("reads numbers above twelve in digits and in words, ordinals as their number", () => {
    expect(numbers("Four hundred and twelve hands to nine. 412 again, and 1,200 more.\n")).toEqual([
      [412, "four hundred and twelve"],
      [412, "412"],
      [1200, "1200"],
    ]);
    expect(numbers("Forty-one names. The forty-first night. Four hundred thousand dreamers.\n")).toEqual([
      [41, "forty one"],
      [41, "forty first"],
      [400000, "four hundred thousand"],
    ]);
  });

  it("leaves out round numbers, twelve and below, clock times and the branches of inline logic", () => {
    expect(numbers("Twenty minutes, forty kids, a hundred times, a thousand lights, twelve years.\n")).toEqual([]);
    expect(numbers("She woke at two thirty-one, at 3:12.\n")).toEqual([]);
    expect(numbers("{late: twenty|{early: four|forty}} minutes\n")).toEqual([]);
  });

  it("warns of a number both campaigns use, however each writes it, with both places", () => {
    const quay = ink(
      "quay.ink",
      "Boats.\nFour hundred and twelve boats came home, and forty more.\n412 was the count.\n",
    );
    const hill = ink("hill.ink", "He counts 412 lanterns and forty kites.\n");
    expect(sharedTextWarnings(quay, [{ id: "hill", files: hill }])).toEqual([
      {
        file: "quay.ink",
        line: 2,
        message: 'the number 412 ("four hundred and twelve", 2 times here) is in hill too (hill.ink:1: "412")',
      },
    ]);
  });
});
