import { describe, expect, it } from "vitest";
import { SaveSlots } from "../../src/engine/saveSlots";
import type { StoryStep } from "../../src/engine/storyRunner";
import { emptyStaging } from "../../src/engine/tags";
import { advance } from "../../src/stage/advance";
import { beatFrom, GameSession } from "../../src/stage/gameSession";
import { createStageStore, newActAt, onStepsShown } from "../../src/stage/stageStore";
import { compiledFixture, miniJson, miniManifest } from "../support/fixtures";
import { memoryStorage } from "../support/memoryStorage";

/** A new game of the mini campaign on a fresh stage: the store is fed what the session hands out. */
function newGame() {
  const { session, beat } = GameSession.newGame(miniManifest, miniJson, new SaveSlots(memoryStorage()));
  const store = createStageStore({ screen: "title" });
  store.getState().enterStory(miniManifest, beat);
  return { session, store, beat };
}

/** Show every step of the beat on stage, one at a time. */
function showAll(store: ReturnType<typeof newGame>["store"]) {
  const { beat } = store.getState();
  for (const _ of beat?.steps ?? []) store.getState().showNext();
}

describe("the stage store", () => {
  it("enters a new game where it begins: the story screen, starting stances, nothing shown yet", () => {
    const { store, beat } = newGame();
    expect(store.getState()).toMatchObject({
      screen: "story",
      campaign: "mini",
      beat,
      shown: 0,
      scene: null,
      mood: null,
      act: null,
      speaker: null,
      stances: { ada: 0, bo: 50 },
      history: [],
      outcome: null,
    });
  });

  it("shows the steps one by one: each brings its staging, its speaker as a character id, its stance moves", () => {
    const { store, session } = newGame();
    showAll(store);
    // "Announcer" is an extra, not a character: no portrait, so no speaker.
    expect(store.getState()).toMatchObject({ shown: 2, scene: "hall", mood: "calm", act: 1, speaker: null });

    store.getState().play(session.choose(0));
    expect(store.getState()).toMatchObject({ shown: 0, stances: { ada: 0, bo: 50 } });
    store.getState().showNext();
    expect(store.getState().speaker).toBe("bo");
    expect(store.getState().stances).toEqual({ ada: 0, bo: -25 });
    expect(store.getState().moves).toEqual([expect.objectContaining({ character: "bo", before: 50, after: -25 })]);
    expect(store.getState().history).toEqual(store.getState().moves);

    showAll(store);
    expect(store.getState()).toMatchObject({ scene: "roof", mood: "tense", act: 2, moves: [] });
    expect(store.getState().history).toHaveLength(1);
    // The stances shown are the session's, reached forwards from the steps shown.
    expect(store.getState().stances).toEqual(session.snapshot().stances);
  });

  it("shows a skipped block at once, with all its moves, and nothing past the beat's end", () => {
    const { store, session } = newGame();
    showAll(store);
    const beat = session.choose(0);
    store.getState().play(beat);
    store.getState().showNext(beat.steps.length + 5);
    expect(store.getState()).toMatchObject({ shown: beat.steps.length, act: 2, stances: { bo: -25 } });
    expect(store.getState().moves).toHaveLength(1);
    store.getState().showNext();
    expect(store.getState().shown).toBe(beat.steps.length);
  });

  it("retriggers a sound each time a step carries it, even the same one", () => {
    const store = createStageStore({ screen: "title" });
    const bell: StoryStep = { line: null, tags: { sfx: "bell", unknown: [] }, nudges: [], staging: emptyStaging() };
    const before = { staging: emptyStaging(), stances: {}, history: [], speaker: null, inputs: [], decisions: {} };
    store.getState().enterStory(miniManifest, beatFrom(before, [bell, bell]));
    store.getState().showNext();
    const first = store.getState().sfx;
    store.getState().showNext();
    expect(first).toEqual({ id: "bell", serial: 1 });
    expect(store.getState().sfx).toEqual({ id: "bell", serial: 2 });
  });

  it("shows a rewound turn whole at once, with no moves to call out", () => {
    const { store, session } = newGame();
    showAll(store);
    store.getState().play(session.choose(0));
    showAll(store);
    const rewound = session.rewind();
    if (!rewound) throw new Error("nothing to rewind");
    store.getState().enterStory(miniManifest, rewound.beat);
    expect(store.getState()).toMatchObject({
      screen: "story",
      shown: rewound.beat.steps.length,
      scene: "hall",
      act: 1,
      stances: { ada: 0, bo: 50 },
      history: [],
      moves: [],
    });
  });

  it("shows the report with its outcome, and goes back to the title clean", () => {
    const { store, session } = newGame();
    store.getState().showReport({ ...session.report(), outcome: { id: "together", title: "Together", summary: "" } });
    expect(store.getState()).toMatchObject({
      screen: "report",
      outcome: "together",
      speaker: null,
      report: { replayed: false },
    });
    store.getState().toTitle();
    expect(store.getState()).toMatchObject({
      screen: "title",
      campaign: null,
      beat: null,
      scene: null,
      stances: {},
      outcome: null,
      report: null,
    });
  });

  it("shows a reached ending again from the title: its report and final stances, no story staging", () => {
    const store = createStageStore({ screen: "title" });
    store.getState().showEnding({
      manifest: miniManifest,
      outcome: { id: "apart", title: "Apart", summary: "" },
      startingStances: { ada: 0, bo: 50 },
      finalStances: { ada: -40, bo: 70 },
      history: [],
      turns: 3,
    });
    expect(store.getState()).toMatchObject({
      screen: "report",
      campaign: "mini",
      beat: null,
      scene: null,
      act: null,
      stances: { ada: -40, bo: 70 },
      outcome: "apart",
      report: { replayed: true },
    });
  });

  it("tells step followers about each step shown, a new act where it begins, never a beat shown at once", () => {
    const { store, session } = newGame();
    const seen: string[] = [];
    onStepsShown(store, (beat, index) => {
      const act = newActAt(beat, index);
      seen.push(`${beat.steps[index]?.line?.text ?? "-"}${act === null ? "" : ` (act ${act})`}`);
    });
    showAll(store);
    const chosen = session.choose(0);
    store.getState().play(chosen);
    store.getState().showNext(99);
    const rewound = session.rewind();
    if (rewound) store.getState().enterStory(miniManifest, rewound.beat);
    expect(seen[0]).toBe("The hall is quiet. (act 1)");
    expect(seen.filter((entry) => entry.includes("(act"))).toEqual([
      "The hall is quiet. (act 1)",
      expect.stringContaining("(act 2)"),
    ]);
    expect(seen).toHaveLength(2 + chosen.steps.length);
  });

  it("shows a declared input once the line that sets it is shown, not when the beat is computed", () => {
    const json = compiledFixture("ledger-beat/main.ink");
    const { session } = GameSession.newGame(miniManifest, json, new SaveSlots(memoryStorage()));
    const store = createStageStore({ screen: "title" });
    store.getState().enterStory(miniManifest, session.currentBeat());
    advance(session, store, 0);
    const ledger = () => store.getState().inputs.map((input) => input.line);
    const lines: string[] = [];
    for (const _ of store.getState().beat?.steps ?? []) {
      store.getState().showNext();
      const { beat, shown } = store.getState();
      lines.push(`${beat?.steps[shown - 1]?.line?.text} | ${ledger().join("; ")}`);
    }
    expect(lines).toEqual([
      "You take the rope. | ",
      "It is cold in your hands. | ",
      "The bell rings. | The bell: rung",
      "Its note carries over the roofs. | The bell: rung",
    ]);
  });
});
