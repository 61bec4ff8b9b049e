import { describe, expect, it } from "vitest";
import { parseTags } from "../../src/engine/tags";

describe("tag parsing", () => {
  it("reads the vocabulary's keys and keeps anything else aside", () => {
    expect(
      parseTags([
        "speaker: eliot",
        "scene: transceiver-hall",
        "mood: tense",
        "sfx: glitch",
        "act: 2",
        "colour: red",
        "loose",
      ]),
    ).toEqual({
      speaker: "eliot",
      scene: "transceiver-hall",
      mood: "tense",
      sfx: "glitch",
      act: 2,
      unknown: ["colour: red", "loose"],
    });
  });

  it("treats a non-numeric act and an empty value as unknown", () => {
    expect(parseTags(["act: two", "speaker:"]).unknown).toEqual(["act: two", "speaker:"]);
    expect(parseTags(null)).toEqual({ unknown: [] });
  });
});
