import { describe, expect, it } from "vitest";
import { SceneKeys, sceneKeyForStage } from "../../src/game/stageDirector";

describe("sceneKeyForStage", () => {
  it("stages each campaign in its own city during the story", () => {
    expect(sceneKeyForStage({ screen: "story", campaign: "neo-lumen" })).toBe(SceneKeys.neoLumen);
    expect(sceneKeyForStage({ screen: "story", campaign: "neo-unity" })).toBe(SceneKeys.neoUnity);
  });

  it("stages the festival on the report screen", () => {
    expect(sceneKeyForStage({ screen: "report", campaign: "neo-lumen" })).toBe(SceneKeys.festival);
    expect(sceneKeyForStage({ screen: "report", campaign: "neo-unity" })).toBe(SceneKeys.festival);
  });

  it("shows the title backdrop whenever there is no city to stage", () => {
    expect(sceneKeyForStage({ screen: "boot", campaign: null })).toBe(SceneKeys.title);
    expect(sceneKeyForStage({ screen: "title", campaign: "neo-lumen" })).toBe(SceneKeys.title);
    expect(sceneKeyForStage({ screen: "story", campaign: null })).toBe(SceneKeys.title);
    expect(sceneKeyForStage({ screen: "story", campaign: "atlantis" })).toBe(SceneKeys.title);
  });
});
