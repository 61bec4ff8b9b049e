import { describe, expect, it } from "vitest";
import { looseCampaign, looseChoiceLog, planActRestart } from "../../src/app/saveRecovery";
import { miniJson, miniOptions } from "../support/fixtures";

describe("recovering from a damaged save", () => {
  it("reads the choice log loosely, as far as it goes", () => {
    expect(looseChoiceLog(null)).toBeNull();
    expect(looseChoiceLog("{not json")).toBeNull();
    expect(looseChoiceLog('{"choicesTaken": "no"}')).toBeNull();
    const text = JSON.stringify({
      stances: 5,
      choicesTaken: [{ index: 0, text: "A" }, { index: -1 }, { index: 1, text: "B" }],
    });
    expect(looseChoiceLog(text)).toEqual([{ index: 0, text: "A" }]);
    expect(looseCampaign('{"campaign":"neo-lumen"}', ["neo-lumen"])).toBe("neo-lumen");
    expect(looseCampaign('{"campaign":"elsewhere"}', ["neo-lumen"])).toBeNull();
  });

  it("plans a restart at the last act the log reached", () => {
    const log = [
      { index: 0, text: "Ask Bo to join in" },
      { index: 0, text: "Ring the bell" },
    ];
    expect(planActRestart(miniJson, miniOptions, log)).toEqual({ choices: [log[0]], act: 2 });
  });

  it("stops where the log no longer fits the story, and offers nothing before the second act", () => {
    expect(planActRestart(miniJson, miniOptions, [{ index: 0, text: "A choice the writer removed" }])).toBeNull();
    expect(planActRestart(miniJson, miniOptions, [])).toBeNull();
    const partly = [
      { index: 1, text: "Let Bo go his own way" },
      { index: 0, text: "Something that is gone" },
    ];
    expect(planActRestart(miniJson, miniOptions, partly)).toEqual({ choices: [partly[0]], act: 2 });
  });
});
