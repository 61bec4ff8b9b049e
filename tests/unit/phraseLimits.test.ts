import { describe, expect, it } from "vitest";
import { parseManifest } from "../../src/engine/campaign";
import { countPhrases, phraseLimitWarnings } from "../../src/engine/phraseLimits";
import { miniManifest } from "../support/fixtures";

const story = [
  {
    path: "act1.ink",
    text: `=== quay ===
The quay smells like a kitchen. LIKE A harbour. # speaker: ada
// like a comment: not prose
She is likely a stranger. # mood: like-a-tag
* [Wave like a friend] -> END
~ temp like_a = "like a"
Forty-one boats, then forty one more.
`,
  },
];

describe("counted phrases (phraseLimits)", () => {
  it("counts whole words in what a player reads, lines and options, without case or punctuation", () => {
    const counted = countPhrases(story, { "like a": 2, "forty-one": 1, kitchen: 3 });
    expect(counted.map(({ phrase, count }) => [phrase, count])).toEqual([
      ["like a", 3],
      ["forty-one", 2],
      ["kitchen", 1],
    ]);
    expect(counted[0]?.places).toEqual([
      { file: "act1.ink", line: 2, times: 2 },
      { file: "act1.ink", line: 5, times: 1 },
    ]);
  });

  it("warns of each phrase over its limit at its line in campaign.json, listing every use as file:line", () => {
    const manifest = {
      path: "stories/quay/campaign.json",
      text: '{\n  "id": "quay",\n  "phraseLimits": {\n    "like a": 2,\n    "forty-one": 0,\n    "kitchen": 3\n  }\n}\n',
    };
    const warnings = phraseLimitWarnings(story, { "like a": 2, "forty-one": 0, kitchen: 3 }, manifest);
    expect(warnings).toEqual([
      {
        file: "stories/quay/campaign.json",
        line: 4,
        message: 'phraseLimits "like a": 3 times, at most 2:\n    act1.ink:2 (2 times)\n    act1.ink:5',
      },
      {
        file: "stories/quay/campaign.json",
        line: 5,
        message: 'phraseLimits "forty-one": retired (0), still used 2 times:\n    act1.ink:7 (2 times)',
      },
    ]);
  });

  it("is part of the manifest: a phrase with a limit of 0 or more", () => {
    const withLimits = (phraseLimits: unknown) => () =>
      parseManifest({ ...structuredClone(miniManifest), phraseLimits }, "stories/test/campaign.json");
    expect(withLimits({ "like a": 19, "four hundred": 0 })().phraseLimits).toEqual({ "like a": 19, "four hundred": 0 });
    expect(withLimits({ "like a": -1 })).toThrow(/phraseLimits.*0 or more/);
    expect(withLimits({ "like a": 1.5 })).toThrow(/phraseLimits/);
    expect(withLimits({ "...": 2 })).toThrow(/a counted phrase has at least one word/);
  });
});
