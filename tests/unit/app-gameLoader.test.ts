import { beforeEach, describe, expect, it, vi } from "vitest";
import { GameLoader } from "../../src/app/gameLoader";
import { slotKey } from "../../src/app/savePeek";
import { autosaveSlot, type KeyValueStorage, SaveSlots } from "../../src/engine/saveSlots";
import { GameSession } from "../../src/stage/gameSession";
import { miniJson, miniManifest } from "../support/fixtures";
import { memoryStorage } from "../support/memoryStorage";

/** The catalog holds the mini campaign; its story can be made to fail to load, as a dropped network does. */
const story = vi.hoisted(() => ({ fails: false }));
vi.mock("../../src/content/campaignCatalog", () => ({
  isCampaignId: (value: unknown) => value === "mini",
  manifestOf: () => miniManifest,
  loadCompiledStory: async () => {
    if (story.fails) throw new Error("Failed to fetch dynamically imported module");
    return miniJson;
  },
}));

/** A game of the mini campaign saved after its first choice, as its autosave. */
function savedGame(storage: KeyValueStorage): string {
  const slots = new SaveSlots(storage);
  const { session } = GameSession.newGame(miniManifest, miniJson, slots);
  session.choose(0);
  session.autosave();
  return storage.getItem(slotKey(autosaveSlot("mini"))) ?? "";
}

const file = (text: string, size = text.length) => ({ name: "save.json", size, text: async () => text });

beforeEach(() => {
  story.fails = false;
});

describe("opening a game comes back as a tagged result", () => {
  it("a new game plays, takes the autosave over from other tabs and writes its first autosave", async () => {
    const storage = memoryStorage();
    const opened = await new GameLoader(storage).newGame("mini" as never, async () => "start");
    expect(opened).toMatchObject({ kind: "play", steal: true, autosave: { ok: true } });
    expect(storage.map.has(slotKey(autosaveSlot("mini")))).toBe(true);
  });

  it("a player who cancels the new-game question gets `cancelled`, and nothing is written", async () => {
    const storage = memoryStorage();
    const text = savedGame(storage);
    const opened = await new GameLoader(storage).newGame("mini" as never, async () => "cancel");
    expect(opened).toEqual({ kind: "cancelled" });
    expect(storage.getItem(slotKey(autosaveSlot("mini")))).toBe(text);
  });

  it("continuing the game in progress instead plays on from its save, where the player left it", async () => {
    const storage = memoryStorage();
    savedGame(storage);
    const opened = await new GameLoader(storage).newGame("mini" as never, async () => "continue");
    expect(opened).toMatchObject({ kind: "play", steal: false, autosave: null });
    // The save was made after the first choice, in act II: play goes on there, not from the start.
    if (opened.kind === "play") expect(opened.session.canRewind).toBe(true);
  });

  it("a story that does not load is `failed`, naming the story and the reason", async () => {
    story.fails = true;
    const opened = await new GameLoader(memoryStorage()).newGame("mini" as never, async () => "start");
    expect(opened).toEqual({
      kind: "failed",
      what: "The Mini story",
      reason: "Failed to fetch dynamically imported module",
    });
  });

  it("an empty slot is `unusable` because the save has gone, with the campaign read from the slot", async () => {
    const opened = await new GameLoader(memoryStorage()).resumeSlot(autosaveSlot("mini"), null);
    expect(opened).toMatchObject({ kind: "unusable", reason: "the save has gone", campaign: "mini" });
  });

  it("a damaged slot is `unusable` with its text kept, and its act can be started again from the choice log", async () => {
    const storage = memoryStorage();
    const text = savedGame(storage);
    const damaged = text.replace('"version":2', '"version":"one"');
    storage.setItem(slotKey(autosaveSlot("mini")), damaged);
    const loader = new GameLoader(storage);
    const opened = await loader.resumeSlot(autosaveSlot("mini"), "mini");
    expect(opened).toMatchObject({ kind: "unusable", rawText: damaged, campaign: "mini", slot: "auto-mini" });
    if (opened.kind !== "unusable") return;
    const recovery = await loader.recovery(opened, ["mini" as never]);
    expect(recovery).toMatchObject({ campaign: "mini", act: "Act II" });
    if ("kind" in recovery || !recovery.restart) throw new Error("no act to start again");
    expect(recovery.restart()).toMatchObject({ kind: "play", notice: "Starting Act II again." });
    // Nothing is written until the player's next choice: the damaged save is still there to export.
    expect(storage.getItem(slotKey(autosaveSlot("mini")))).toBe(damaged);
  });

  it("a save of a campaign this game does not have is `unusable`, with no campaign to start again", async () => {
    const storage = memoryStorage();
    const save = JSON.parse(savedGame(storage));
    const opened = await new GameLoader(storage).resume({ ...save, campaign: "atlantis" }, null);
    expect(opened).toMatchObject({ kind: "unusable", campaign: null });
    if (opened.kind === "unusable") expect(opened.reason).toContain('"atlantis"');
  });
});

describe("an imported file is read before anything changes", () => {
  it("refuses a file too large to be a save, and one that is not a save, saying why", async () => {
    const loader = new GameLoader(memoryStorage());
    expect(await loader.readImport(file("{}", 50_000_000))).toMatchObject({ kind: "refused" });
    const notJson = await loader.readImport(file("<html>"));
    expect(notJson.kind).toBe("refused");
    if (notJson.kind === "refused") expect(notJson.reason.length).toBeGreaterThan(10);
  });

  it("hands back a real save with its text", async () => {
    const text = savedGame(memoryStorage());
    const imported = await new GameLoader(memoryStorage()).readImport(file(text));
    expect(imported).toMatchObject({ kind: "save", text, save: { campaign: "mini" } });
  });
});
