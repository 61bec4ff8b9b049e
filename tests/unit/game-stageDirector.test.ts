import { describe, expect, it } from "vitest";
import { SceneKeys, sceneKeyForStage } from "../../src/game/stageDirector";

const known = (campaign: string) => ["neo-lumen", "lighthouse"].includes(campaign);

describe("sceneKeyForStage", () => {
  it("stages every known campaign in the one city scene during the story", () => {
    expect(sceneKeyForStage({ screen: "story", campaign: "neo-lumen" }, known)).toBe(SceneKeys.city);
    expect(sceneKeyForStage({ screen: "story", campaign: "lighthouse" }, known)).toBe(SceneKeys.city);
  });

  it("stages the festival on the report screen", () => {
    expect(sceneKeyForStage({ screen: "report", campaign: "neo-lumen" }, known)).toBe(SceneKeys.festival);
    expect(sceneKeyForStage({ screen: "report", campaign: "lighthouse" }, known)).toBe(SceneKeys.festival);
  });

  it("shows the title backdrop whenever there is no city to stage", () => {
    expect(sceneKeyForStage({ screen: "boot", campaign: null }, known)).toBe(SceneKeys.title);
    expect(sceneKeyForStage({ screen: "title", campaign: "neo-lumen" }, known)).toBe(SceneKeys.title);
    expect(sceneKeyForStage({ screen: "story", campaign: null }, known)).toBe(SceneKeys.title);
    expect(sceneKeyForStage({ screen: "story", campaign: "atlantis" }, known)).toBe(SceneKeys.title);
  });
});
