import { describe, expect, it } from "vitest";
import { startingStances } from "../../src/engine/campaign";
import type { StoryStep } from "../../src/engine/storyRunner";
import { emptyStaging } from "../../src/engine/tags";
import { createStageStore } from "../../src/stage/stageStore";
import { miniManifest, miniRunner } from "../support/fixtures";

/** The stage store's actions, fed the steps a real runner hands out (the mini campaign). */
function playedTurns(choices: number[]): StoryStep[][] {
  const runner = miniRunner();
  const turns = [runner.continueToChoice().steps];
  for (const choice of choices) {
    runner.choose(choice);
    turns.push(runner.continueToChoice().steps);
  }
  return turns;
}

function enteredStage() {
  const store = createStageStore({ screen: "title" });
  store.getState().enterStory(miniManifest, {
    staging: emptyStaging(),
    stances: startingStances(miniManifest),
    history: [],
    speaker: null,
  });
  return store;
}

describe("the stage store", () => {
  it("enters a story at its start: the campaign's screen, starting stances, no staging yet", () => {
    const store = enteredStage();
    expect(store.getState()).toMatchObject({
      screen: "story",
      campaign: "mini",
      scene: null,
      mood: null,
      act: null,
      speaker: null,
      stances: { ada: 0, bo: 50 },
      history: [],
      outcome: null,
    });
  });

  it("plays each step: its staging, its speaker as a character id, its sound, its stance moves", () => {
    const store = enteredStage();
    const [opening = [], afterChoice = []] = playedTurns([0]);
    for (const step of opening) store.getState().playStep(step, miniManifest);
    // "Announcer" is an extra, not a character: no portrait, so no speaker.
    expect(store.getState()).toMatchObject({ scene: "hall", mood: "calm", act: 1, speaker: null, sfx: null });

    const [bo] = afterChoice;
    if (!bo) throw new Error("no step after the choice");
    store.getState().playStep(bo, miniManifest);
    expect(store.getState().speaker).toBe("bo");
    expect(store.getState().stances).toEqual({ ada: 0, bo: -25 });
    expect(store.getState().moves).toEqual([expect.objectContaining({ character: "bo", before: 50, after: -25 })]);
    expect(store.getState().history).toEqual(store.getState().moves);

    for (const step of afterChoice.slice(1)) store.getState().playStep(step, miniManifest);
    expect(store.getState()).toMatchObject({ scene: "roof", mood: "tense", act: 2, moves: [] });
    expect(store.getState().history).toHaveLength(1);
  });

  it("retriggers a sound each time a step carries it, even the same one", () => {
    const store = enteredStage();
    const bell: StoryStep = { line: null, tags: { sfx: "bell", unknown: [] }, nudges: [], staging: emptyStaging() };
    store.getState().playStep(bell, miniManifest);
    const first = store.getState().sfx;
    store.getState().playStep(bell, miniManifest);
    expect(first).toEqual({ id: "bell", serial: 1 });
    expect(store.getState().sfx).toEqual({ id: "bell", serial: 2 });
  });

  it("rewinds to a moment at once, with no moves to call out", () => {
    const store = enteredStage();
    for (const step of playedTurns([0]).flat()) store.getState().playStep(step, miniManifest);
    store.getState().rewind({
      staging: { scene: "hall", mood: "calm", act: 1 },
      stances: { ada: 0, bo: 50 },
      history: [],
      speaker: null,
    });
    expect(store.getState()).toMatchObject({
      screen: "story",
      scene: "hall",
      act: 1,
      stances: { ada: 0, bo: 50 },
      history: [],
      moves: [],
    });
  });

  it("shows the report with its outcome, and goes back to the title clean", () => {
    const store = enteredStage();
    store.getState().showReport("together");
    expect(store.getState()).toMatchObject({ screen: "report", outcome: "together", speaker: null });
    store.getState().toTitle();
    expect(store.getState()).toMatchObject({
      screen: "title",
      campaign: null,
      scene: null,
      stances: {},
      outcome: null,
    });
  });

  it("shows a reached ending again from the title: its report and final stances, no story staging", () => {
    const store = createStageStore({ screen: "title" });
    store.getState().showEnding(miniManifest, { ada: -40, bo: 70 }, "apart");
    expect(store.getState()).toMatchObject({
      screen: "report",
      campaign: "mini",
      scene: null,
      act: null,
      stances: { ada: -40, bo: 70 },
      history: [],
      outcome: "apart",
    });
  });

  it("tells a selector's subscriber only when its slice changes", () => {
    const store = enteredStage();
    const moods: (string | null)[] = [];
    store.subscribe(
      (state) => state.mood,
      (mood) => moods.push(mood),
    );
    const step = (mood: string): StoryStep => ({
      line: null,
      tags: { unknown: [] },
      nudges: [],
      staging: { scene: "hall", mood, act: 1 },
    });
    store.getState().playStep(step("calm"), miniManifest);
    store.getState().playStep(step("calm"), miniManifest);
    store.getState().playStep(step("tense"), miniManifest);
    store.getState().applySettings({ reducedMotion: true, highContrast: false, visualQuality: "auto" });
    expect(moods).toEqual(["calm", "tense"]);
  });
});
