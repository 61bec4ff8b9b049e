import { describe, expect, it } from "vitest";
import { parseManifest } from "../../src/engine/campaign";
import { type InkValue, lintContract, readContract } from "../../src/engine/contracts";
import { lintCampaign } from "../../src/engine/storyLint";
import { parseTags } from "../../src/engine/tags";
import { miniManifest } from "../support/fixtures";

const story = {
  variables: new Set(["told_mira", "eliot_refused", "trust", "mood"]),
  knots: new Set(["harbour", "evening", "evening.dusk"]),
  labels: new Set<string>(),
};

describe("a continuity contract (# needs:)", () => {
  it("is a line's tag, read as its condition", () => {
    expect(parseTags(["needs: told_mira and not eliot_refused", "speaker: ada"])).toEqual({
      needs: "told_mira and not eliot_refused",
      speaker: "ada",
      unknown: [],
    });
  });

  it("reads ink's expressions over variables and visit counts", () => {
    const values: Record<string, InkValue> = { told_mira: true, eliot_refused: false, trust: 2, mood: "calm" };
    const holds = (condition: string, visits: Record<string, number> = {}) =>
      readContract(condition).contract((name) => values[name] ?? visits[name] ?? 0);
    expect(holds("told_mira and not eliot_refused")).toBe(true);
    expect(holds("told_mira && !told_mira")).toBe(false);
    expect(holds("trust >= 2 and trust < 3")).toBe(true);
    expect(holds('mood == "calm" or eliot_refused')).toBe(true);
    expect(holds("harbour > 0")).toBe(false);
    expect(holds("evening.dusk", { "evening.dusk": 1 })).toBe(true);
    expect(holds("trust mod 2 == 0 and trust + 1 == 3")).toBe(true);
    expect(readContract("evening.dusk > 0 or trust").names).toEqual(["evening.dusk", "trust"]);
  });

  it("is rejected when it does not parse or names what the story does not have", () => {
    expect(lintContract("told_mira and not eliot_refused", story)).toBeNull();
    expect(lintContract("evening.dusk > 0 and harbour", story)).toBeNull();
    expect(lintContract("told_mria", story)).toBe(
      'contract "told_mria" names "told_mria", not a global variable, knot, knot.stitch or label of the story',
    );
    expect(lintContract("evening.dawn > 0", story)).toMatch(/names "evening.dawn"/);
    expect(lintContract("trust >=", story)).toMatch(/^contract "trust >=": cannot read/);
    expect(lintContract("reached(harbour)", story)).toMatch(/CallExpression is not part of a contract/);
  });

  it("is checked by story:check with file and line, in a campaign and in any ink story", () => {
    const text = `VAR told_mira = false
-> harbour
=== harbour ===
= dusk
Quiet. # needs: harbour.dusk > 0
Thanks for telling me. # needs: told_mira or toldmira
-> END
`;
    for (const manifest of [miniManifest, null]) {
      const errors = lintCampaign([{ path: "harbour.ink", text }], manifest).errors;
      expect(errors).toContainEqual({
        file: "harbour.ink",
        line: 6,
        message: expect.stringMatching(/contract "told_mira or toldmira" names "toldmira"/),
      });
      expect(errors.filter((error) => error.line === 5)).toEqual([]);
    }
  });
});

describe("a contract on a labelled choice or gather", () => {
  const text = `-> harbour
=== harbour ===
* (asked) [Ask]
    ** (pressed) [Press her]
    -- (listened) You listen.
* [Walk on]
- (quay) The quay. # needs: harbour.quay
Asked, then. # needs: asked
-> tower
=== tower ===
= stair
+ (lit) [Light it] -> top
= top
Lit. # needs: tower.stair.lit and harbour.pressed and harbour.listened
Nowhere. # needs: tower.lit
-> END
`;

  it("names it by its full path, in a knot, a stitch or a nested weave", () => {
    for (const manifest of [miniManifest, null]) {
      const errors = lintCampaign([{ path: "harbour.ink", text }], manifest).errors;
      expect(errors.filter((error) => [7, 14].includes(error.line))).toEqual([]);
    }
  });

  it("is rejected with the full path when it uses ink's short form, and as unknown when it names a label of another flow", () => {
    const errors = lintCampaign([{ path: "harbour.ink", text }], null).errors;
    expect(errors).toEqual([
      {
        file: "harbour.ink",
        line: 8,
        message:
          'contract "asked" names "asked", not a global variable, knot, knot.stitch or label of the story (a label is written with its full path: harbour.asked)',
      },
      {
        file: "harbour.ink",
        line: 15,
        message: expect.stringMatching(
          /^contract "tower.lit" names "tower.lit", not .*\(a label is written with its full path: tower.stair.lit\)$/,
        ),
      },
    ]);
  });
});

describe("the declared rule inputs", () => {
  const withInputs =
    (decisions: unknown[], extra: Record<string, unknown> = {}) =>
    () =>
      parseManifest({ ...structuredClone(miniManifest), decisions, ...extra }, "stories/test/campaign.json");
  const bell = { id: "rang_bell", label: "The bell", shown: "ledger" };

  it("declare how the player sees each one", () => {
    const manifest = withInputs([
      { ...bell, values: { true: "rung" } },
      { id: "trust", label: "Bo's trust in you", shown: "meter", character: "bo" },
    ])();
    expect(manifest.decisions.map((input) => [input.id, input.shown])).toEqual([
      ["rang_bell", "ledger"],
      ["trust", "meter"],
    ]);
  });

  it("refuse a meter without its character, a ledger with one, and an unknown character", () => {
    expect(withInputs([{ ...bell, shown: "meter" }])).toThrow(
      /decisions\[0\]: a meter input names its character; a ledger input names none/,
    );
    expect(withInputs([{ ...bell, character: "bo" }])).toThrow(/decisions\[0\]: a meter input names its character/);
    expect(withInputs([{ ...bell, shown: "meter", character: "cy" }])).toThrow(
      /decisions\[0\]\.character: "cy" is not one of its characters/,
    );
    expect(withInputs([{ ...bell, shown: "dial" }])).toThrow(/decisions\[0\]\.shown/);
    expect(withInputs([bell, bell])).toThrow(/decisions lists "rang_bell" twice/);
  });

  it("must cover every name the rule reads", () => {
    expect(withInputs([])).toThrow(
      'stories/test/campaign.json: rule.conditions[0].when: unknown name "rang_bell" (not a stance, mean or spread, a measure, nor an input declared in decisions)',
    );
  });

  it("and the climax must name a knot or stitch of the story", () => {
    const manifest = withInputs([bell], { climax: ["roof_scene", "roof_scene.top", "attic"] })();
    const text = "VAR rang_bell = false\n-> roof_scene\n=== roof_scene ===\n= top\nUp.\n-> END\n";
    const errors = lintCampaign([{ path: "stories/test/main.ink", text }], manifest).errors;
    expect(errors.filter((error) => error.message.startsWith("climax"))).toEqual([
      {
        file: "stories/test/campaign.json",
        line: 1,
        message: 'climax[2]: "attic" is not a knot or knot.stitch of the story',
      },
    ]);
  });
});
