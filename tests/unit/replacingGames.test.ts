import { describe, expect, it, vi } from "vitest";
import { GameLoader } from "../../src/app/gameLoader";
import { ReplayRecords } from "../../src/app/replayRecords";
import { slotKey } from "../../src/app/savePeek";
import type { ChapterSnapshot } from "../../src/engine/replay/chapterSnapshots";
import type { ReachedEnding } from "../../src/engine/replay/endingsGallery";
import { parseSave } from "../../src/engine/save";
import {
  autosaveSlot,
  type KeyValueStorage,
  keptSlot,
  previousGameSlot,
  SaveSlots,
  type SlotId,
} from "../../src/engine/saveSlots";
import { GameSession } from "../../src/stage/gameSession";
import { miniJson, miniManifest } from "../support/fixtures";
import { memoryStorage } from "../support/memoryStorage";

/**
 * The four ways the reliability probe of 2026-12-07 lost a game without an update (N1, S1b, T2,
 * H3), and storage cleared mid-game (S3): each as a player meets it, over the loader, the slots
 * and the replay records. Run: npx vitest run --project unit tests/unit/replacingGames.test.ts
 */
vi.mock("../../src/content/campaignCatalog", () => ({
  isCampaignId: (value: unknown) => value === "mini",
  manifestOf: () => miniManifest,
  loadCompiledStory: async () => miniJson,
}));

/** localStorage with a quota, as a browser has: a write that would pass it throws QuotaExceededError. */
function quotaStorage(limit: number): KeyValueStorage & { map: Map<string, string>; limit: number } {
  const storage = memoryStorage();
  const size = (map: Map<string, string>) => [...map].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
  const limited = {
    ...storage,
    limit,
    setItem: (key: string, value: string) => {
      const next = new Map(storage.map).set(key, value);
      if (size(next) > limited.limit) throw Object.assign(new Error("quota"), { name: "QuotaExceededError" });
      storage.map.set(key, value);
    },
  };
  return limited;
}

/** Play `choices` of the mini campaign as a new game autosaving in `storage`; the game is then put away. */
function play(storage: KeyValueStorage, choices: number[], saveTo?: SlotId): string {
  const slots = new SaveSlots(storage);
  const { session } = GameSession.newGame(miniManifest, miniJson, slots);
  for (const choice of choices) {
    session.choose(choice);
    session.autosave();
  }
  if (saveTo) session.saveToSlot(saveTo);
  session.dispose();
  return storage.getItem(slotKey(autosaveSlot("mini"))) ?? "";
}

const choicesIn = (storage: KeyValueStorage, slot: SlotId) => {
  const text = storage.getItem(slotKey(slot));
  return text === null ? null : parseSave(text).choicesTaken.length;
};

describe("N1: Import or Load over a game in progress", () => {
  it("asks first, and keeps the game in progress as the previous game when the player agrees", async () => {
    const storage = memoryStorage();
    play(storage, [], "1"); // an older game, saved in Slot 1 before its first choice
    const inProgress = play(storage, [1]); // the game in progress, one choice in
    const asked: (number | null)[] = [];
    const opened = await new GameLoader(storage).resumeSlot("1", null, false, async (game) => {
      asked.push(game?.choicesTaken.length ?? null);
      return true;
    });
    expect(asked).toEqual([1]);
    expect(opened.kind).toBe("play");
    expect(storage.getItem(slotKey(previousGameSlot("mini")))).toBe(inProgress);
    // The loaded game writes the autosave from here on: the game in progress is still in Load.
    if (opened.kind === "play") opened.session.autosave();
    expect(choicesIn(storage, autosaveSlot("mini"))).toBe(0);
    expect(choicesIn(storage, previousGameSlot("mini"))).toBe(1);
  });

  it("an imported file: a player who says no has the game in progress untouched", async () => {
    const storage = memoryStorage();
    const older = play(memoryStorage(), []);
    const inProgress = play(storage, [1]);
    const opened = await new GameLoader(storage).resume(parseSave(older), older, null, false, async () => false);
    expect(opened).toEqual({ kind: "cancelled" });
    expect(storage.getItem(slotKey(autosaveSlot("mini")))).toBe(inProgress);
    expect(storage.getItem(slotKey(previousGameSlot("mini")))).toBeNull();
  });

  it("Continue of the game itself asks nothing", async () => {
    const storage = memoryStorage();
    play(storage, [1]);
    const ask = vi.fn(async () => true);
    const opened = await new GameLoader(storage).resumeSlot(autosaveSlot("mini"), "mini", false, ask);
    expect(opened.kind).toBe("play");
    expect(ask).not.toHaveBeenCalled();
  });
});

describe("S1b: storage full, then Start over", () => {
  it("does not replace the game in progress when it cannot be kept, and says why", async () => {
    const storage = quotaStorage(Number.POSITIVE_INFINITY);
    const inProgress = play(storage, [1]);
    // Full: no room for a copy, though a new game's smaller save would fit over the old one.
    storage.limit = [...storage.map].reduce((sum, [key, value]) => sum + key.length + value.length, 0) + 10;
    const opened = await new GameLoader(storage).newGame("mini" as never, async () => "start");
    expect(opened).toMatchObject({ kind: "stopped", reason: expect.stringMatching(/storage is full.*not replaced/) });
    expect(storage.getItem(slotKey(autosaveSlot("mini")))).toBe(inProgress);
  });

  it("with room, starts over and keeps the old game as the previous one, past the new game's first act", async () => {
    const storage = memoryStorage();
    const inProgress = play(storage, [1]);
    const opened = await new GameLoader(storage).newGame("mini" as never, async () => "start");
    expect(opened.kind).toBe("play");
    if (opened.kind === "play") {
      opened.session.choose(0); // into Act II
      opened.session.autosave();
    }
    expect(storage.getItem(slotKey(previousGameSlot("mini")))).toBe(inProgress);
  });
});

describe("a save that opens only further back", () => {
  it("is kept aside whole before its game writes over it", async () => {
    const storage = memoryStorage();
    const save = JSON.parse(play(storage, [1]));
    // Made on an earlier build, whose second choice this story no longer has.
    const older = JSON.stringify({
      ...save,
      storyHash: "an-earlier-build",
      choicesTaken: [...save.choicesTaken, { index: 0, text: "A choice the writer deleted", target: "gone.0.c-1" }],
    });
    storage.setItem(slotKey(autosaveSlot("mini")), older);
    const opened = await new GameLoader(storage).resumeSlot(autosaveSlot("mini"), "mini");
    expect(opened).toMatchObject({ kind: "play", notice: expect.stringMatching(/1 of your 2 choices kept/) });
    expect(storage.getItem(slotKey(keptSlot("mini")))).toBe(older);
  });
});

describe("S3: storage cleared while playing", () => {
  it("goes on autosaving into the emptied slot, blaming no other tab", () => {
    const storage = memoryStorage();
    const { session } = GameSession.newGame(miniManifest, miniJson, new SaveSlots(storage));
    session.choose(1);
    expect(session.autosave().ok).toBe(true);
    storage.map.clear();
    session.choose(0);
    expect(session.autosave()).toEqual({ ok: true });
    expect(choicesIn(storage, autosaveSlot("mini"))).toBe(2);
  });
});

const ending = (campaign: string, outcome: string, reachedAt: string): ReachedEnding => ({
  campaign,
  outcome,
  reachedAt,
  startingStances: { ada: 0 },
  finalStances: { ada: 10 },
  history: [],
  turns: 3,
});

const snapshot = (act: number, run: string): ChapterSnapshot => ({
  act,
  enteredAt: "2026-12-07T20:00:00Z",
  choices: [{ index: 0, text: "Go" }],
  stances: { ada: 0 },
  scene: null,
  run,
});

describe("T2: two tabs on different campaigns", () => {
  it("keep both tabs' endings and chapters", () => {
    const storage = memoryStorage();
    const tabA = new ReplayRecords(storage, () => undefined);
    const tabB = new ReplayRecords(storage, () => undefined);
    // Tab A shows the title (its counts read the gallery), then tab B plays to an ending.
    expect(tabA.endingsOf("lumen")).toEqual([]);
    tabB.recordActEntry("unity", snapshot(2, "b"));
    tabB.recordEnding(ending("unity", "coops", "2026-12-07T20:01:00Z"), "b");
    tabA.recordActEntry("lumen", snapshot(2, "a"));
    tabA.recordEnding(ending("lumen", "reboot", "2026-12-07T20:02:00Z"), "a");
    const fresh = new ReplayRecords(storage, () => undefined);
    expect(fresh.endingsOf("unity").map((entry) => entry.outcome)).toEqual(["coops"]);
    expect(fresh.endingsOf("lumen").map((entry) => entry.outcome)).toEqual(["reboot"]);
    expect(fresh.chaptersOf("unity").map((entry) => entry.act)).toEqual([2]);
    expect(fresh.chaptersOf("lumen").map((entry) => entry.act)).toEqual([2]);
  });

  it("keep both tabs' lines read of one campaign", () => {
    const storage = memoryStorage();
    const tabA = new ReplayRecords(storage, () => undefined);
    const tabB = new ReplayRecords(storage, () => undefined);
    tabA.seenLines("lumen").markSeen(["0000000a"]);
    tabB.seenLines("lumen").markSeen(["0000000b"]);
    tabB.saveSeen("lumen");
    tabA.saveSeen("lumen");
    const fresh = new ReplayRecords(storage, () => undefined).seenLines("lumen");
    expect([fresh.has("0000000a"), fresh.has("0000000b")]).toEqual([true, true]);
  });
});

describe("H3: an imported file's endings gallery", () => {
  it("never pushes out an ending the player reached, and brings in only endings this game has", () => {
    const storage = memoryStorage();
    const records = new ReplayRecords(storage, () => undefined);
    records.recordEnding(ending("mini", "together", "2026-12-07T20:00:00Z"), "run");
    const junk = Array.from({ length: 64 }, (_, n) => ending("zzz", `a-${n}`, "9999-01-01T00:00:00Z"));
    const file = JSON.stringify({
      format: "dreamers-of-2145/save",
      endingsGallery: { version: 1, endings: [...junk, ending("mini", "apart", "2026-12-01T00:00:00Z")] },
    });
    records.importFile(file, [miniManifest]);
    const fresh = new ReplayRecords(storage, () => undefined);
    expect(fresh.endingsOf("mini").map((entry) => entry.outcome)).toEqual(["together", "apart"]);
    expect(fresh.endingsOf("zzz")).toEqual([]);
  });
});

describe("records written by a newer version of the game (a tab updated after this one loaded)", () => {
  it("are left as they are: read as empty with a word, never written over", () => {
    const newer = JSON.stringify({ version: 2, endings: [], shelf: "something this build does not know" });
    const storage = memoryStorage();
    storage.setItem("dreamers-of-2145/replay/endings", newer);
    const notices: string[] = [];
    const records = new ReplayRecords(storage, (_key, message) => notices.push(message));
    expect(records.endingsOf("mini")).toEqual([]);
    expect(notices.join(" ")).toMatch(/newer version of the game.*reload the page/);
    records.recordEnding(ending("mini", "together", "2026-12-07T20:00:00Z"), "run");
    expect(storage.getItem("dreamers-of-2145/replay/endings")).toBe(newer);
  });
});
