import { describe, expect, it } from "vitest";
import { shownInputs } from "../../src/engine/ruleInputs";
import { miniRunner } from "../support/fixtures";

describe("what the screen shows of the rule's declared inputs", () => {
  const inputs = [
    { id: "liora_trust", label: "Liora's trust in you", shown: "meter", character: "liora" },
    { id: "relay_cut", label: "The Stacks' feed", shown: "ledger", values: { true: "cut", false: "kept" } },
    { id: "vote", label: "Your vote", shown: "ledger" },
  ] as const;
  const start = { liora_trust: 0, relay_cut: false, vote: "" };

  it("shows nothing before the story sets an input", () => {
    expect(shownInputs(inputs, start, start)).toEqual([]);
  });

  it("marks a meter input on its character and gives a ledger line in the campaign's words", () => {
    const shown = shownInputs(inputs, { liora_trust: 2, relay_cut: true, vote: "okoro" }, start);
    expect(shown.map((input) => [input.shown, input.character, input.line])).toEqual([
      ["meter", "liora", "Liora's trust in you: 2"],
      ["ledger", null, "The Stacks' feed: cut"],
      ["ledger", null, "Your vote: okoro"],
    ]);
  });

  it("follows the running story: the bell shows in the ledger once it is rung", () => {
    const runner = miniRunner();
    runner.continueToChoice();
    expect(runner.shownInputs()).toEqual([]);
    runner.choose(0);
    runner.continueToChoice();
    runner.choose(runner.choices.findIndex((choice) => choice.text === "Ring the bell"));
    runner.continueToChoice();
    expect(runner.shownInputs().map((input) => input.line)).toEqual(["The bell: rung"]);
  });
});
