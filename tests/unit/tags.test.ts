import { describe, expect, it } from "vitest";
import {
  emptyStaging,
  lineTagsSchema,
  lintTag,
  NO_TAG_STAGE,
  nextStaging,
  parseTags,
  silenceBefore,
  TAG_KEYS,
  tagStageChanges,
} from "../../src/engine/tags";
import { miniManifest } from "../support/fixtures";

describe("tag parsing", () => {
  it("reads the vocabulary's keys and keeps anything else aside", () => {
    expect(
      parseTags([
        "speaker: eliot",
        "scene: transceiver-hall",
        "mood: tense",
        "sfx: glitch",
        "act: 2",
        "pause: 1.5",
        "colour: red",
        "loose",
      ]),
    ).toEqual({
      speaker: "eliot",
      scene: "transceiver-hall",
      mood: "tense",
      sfx: "glitch",
      act: 2,
      pause: 1.5,
      unknown: ["colour: red", "loose"],
    });
  });

  it("treats a non-numeric act or pause and an empty value as unknown", () => {
    expect(parseTags(["act: two", "speaker:", "pause: soon"]).unknown).toEqual(["act: two", "speaker:", "pause: soon"]);
    expect(parseTags(null)).toEqual({ unknown: [] });
  });
});

describe("the tag registry", () => {
  it("says what a shown line changes on the stage: a sound, again each time, and nothing for other tags", () => {
    const bell = tagStageChanges(NO_TAG_STAGE, parseTags(["sfx: bell", "speaker: eliot", "pause: 2"]));
    expect(bell).toEqual({ sfx: { id: "bell", serial: 1 } });
    expect(tagStageChanges({ ...NO_TAG_STAGE, ...bell }, parseTags(["sfx: bell"]))).toEqual({
      sfx: { id: "bell", serial: 2 },
    });
    expect(tagStageChanges(NO_TAG_STAGE, parseTags(["scene: hall", "speaker: eliot"]))).toEqual({});
  });

  it("tells the story panel the silence its line is held back by", () => {
    expect(silenceBefore(parseTags(["pause: 1.5", "speaker: eliot"]))).toBe(1500);
    expect(silenceBefore(parseTags(["speaker: eliot"]))).toBe(0);
  });

  it("builds the staging from the sticky tags only", () => {
    const staging = nextStaging(emptyStaging(), parseTags(["scene: hall", "mood: calm", "speaker: ada", "pause: 2"]));
    expect(staging).toEqual({ scene: "hall", mood: "calm", act: null });
    expect(nextStaging(staging, parseTags(["act: 2"]))).toEqual({ scene: "hall", mood: "calm", act: 2 });
  });

  it("lints each tag by its definition against the campaign", () => {
    expect(lintTag("scene: hall", miniManifest)).toBeNull();
    expect(lintTag("scene: attic", miniManifest)).toBe('unknown scene "attic" (scenes: hall, roof)');
    expect(lintTag("pause: 0.5", miniManifest)).toBeNull();
    expect(lintTag("pause: 30", miniManifest)).toMatch(/pause must be more than 0 and at most 10 seconds/);
    expect(lintTag("pause: soon", miniManifest)).toBe('tag "pause" cannot be "soon"');
    expect(lintTag("volume: 3", miniManifest)).toBe(`unknown tag "volume" (the vocabulary: ${TAG_KEYS.join(", ")})`);
  });

  it("gives the save format (its transcript's tags) every tag, so a restored line keeps them all", () => {
    const tags = parseTags(TAG_KEYS.map((key) => `${key}: ${key === "act" ? 2 : key === "pause" ? 1 : "x"}`));
    expect(Object.keys(tags).filter((key) => key !== "unknown")).toEqual(TAG_KEYS);
    expect(lineTagsSchema.parse(tags)).toEqual(tags);
  });
});
