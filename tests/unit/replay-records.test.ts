import { describe, expect, it } from "vitest";
import { ReplayRecords } from "../../src/app/replayRecords";
import { CHAPTERS_KEY, chaptersFormat } from "../../src/engine/replay/chapterSnapshots";
import {
  addEndingsToSaveFile,
  ENDINGS_KEY,
  endingsFormat,
  endingsFromSaveFile,
  endingsOf,
  mergeEndings,
  type ReachedEnding,
  recordEnding,
} from "../../src/engine/replay/endingsGallery";
import {
  completionShare,
  MAX_RUNS,
  MAX_SEEN_LINES,
  SeenLines,
  seenFormat,
  seenKey,
} from "../../src/engine/replay/seenLines";
import { parseRecord, REPLAY_KEY_PREFIX, readRecord, writeRecord } from "../../src/engine/replay/storedRecord";
import { SaveSlots } from "../../src/engine/saveSlots";

function memoryStorage(entries: Record<string, string> = {}) {
  const map = new Map(Object.entries(entries));
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

const id = (n: number) => n.toString(16).padStart(8, "0");

describe("the seen-line record", () => {
  it("starts empty, remembers lines and runs, and reads back what it wrote", () => {
    const storage = memoryStorage();
    const seen = new SeenLines(readRecord(storage, seenKey("city"), seenFormat).value);
    expect(seen.markSeen([id(1), id(2), id(1)])).toBe(true);
    expect(seen.markSeen([id(2)])).toBe(false);
    seen.recordRun({ startedAt: "2026-01-01T00:00:00.000Z", steps: ["a.0.c-0"], outcome: null });
    expect(writeRecord(storage, seenKey("city"), seen.toRecord())).toEqual({ ok: true });
    const again = readRecord(storage, seenKey("city"), seenFormat);
    expect(again.notice).toBeNull();
    expect(new SeenLines(again.value).has(id(2))).toBe(true);
    expect(again.value.runs).toHaveLength(1);
  });

  it.each([
    ["truncated", '{"version":1,"lines":["0000', /could not be read/],
    ["prototype keys", '{"version":1,"lines":[],"runs":[],"__proto__":{"polluted":true}}', /forbidden key/],
    [
      "over the size bound",
      JSON.stringify({ version: 1, lines: [], runs: [], pad: "x".repeat(200_000) }),
      /size limit/,
    ],
    ["not an object", '"hello"', /was damaged/],
  ])("drops a %s record with a notice that the saves are untouched", (_, text, reason) => {
    const read = parseRecord(text, seenFormat);
    expect(read.value).toEqual({ version: 1, lines: [], runs: [] });
    expect(read.notice).toMatch(reason);
    expect(read.notice).toMatch(/saves are untouched/);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it("keeps what still makes sense in a partly damaged record", () => {
    const text = JSON.stringify({
      version: 1,
      lines: [id(1), "<script>", 42, id(2)],
      runs: [{ startedAt: "x", steps: ["a.0.c-0"], outcome: null }, { steps: "nope" }],
    });
    const read = parseRecord(text, seenFormat);
    expect(read.notice).toMatch(/partly damaged/);
    expect(read.value.lines).toEqual([id(1), id(2)]);
    expect(read.value.runs).toHaveLength(1);
  });

  it("never touches the saves when it is damaged", () => {
    const storage = memoryStorage({
      "dreamers-of-2145/save/1": "a save the slots own",
      [`${REPLAY_KEY_PREFIX}${seenKey("city")}`]: "{broken",
    });
    const read = readRecord(storage, seenKey("city"), seenFormat);
    expect(read.notice).not.toBeNull();
    writeRecord(storage, seenKey("city"), read.value);
    expect(storage.map.get("dreamers-of-2145/save/1")).toBe("a save the slots own");
    expect(new SaveSlots(storage).read("2").status).toBe("empty");
  });

  it("stays inside its bounds however long it is played", () => {
    const seen = new SeenLines(seenFormat.empty());
    seen.markSeen(Array.from({ length: MAX_SEEN_LINES + 50 }, (_, n) => id(n)));
    expect(seen.size).toBe(MAX_SEEN_LINES);
    expect(seen.has(id(0))).toBe(false);
    expect(seen.has(id(MAX_SEEN_LINES + 49))).toBe(true);
    for (let run = 0; run < MAX_RUNS + 5; run++)
      seen.recordRun({ startedAt: `run ${run}`, steps: [`s${run}`], outcome: "x" });
    expect(seen.runs()).toHaveLength(MAX_RUNS);
    expect(seen.runs()[0]?.startedAt).toBe("run 5");
  });

  it("folds a game continued after a reload into the run it began", () => {
    const seen = new SeenLines(seenFormat.empty());
    seen.recordRun({ startedAt: "first visit", steps: ["a", "b"], outcome: null });
    seen.recordRun({ startedAt: "after reload", steps: ["a", "b", "c"], outcome: "end" });
    seen.recordRun({ startedAt: "another game", steps: ["a", "x"], outcome: null });
    expect(seen.runs().map((run) => run.startedAt)).toEqual(["after reload", "another game"]);
    expect([...seen.stepsOfOtherRuns("another game")]).toEqual(["a", "b", "c"]);
  });

  it("counts the share of written lines seen", () => {
    const seen = new SeenLines(seenFormat.empty());
    seen.markSeen([id(1), id(2), id(99)]);
    expect(completionShare(seen, [id(1), id(2), id(3), id(4)])).toBe(0.5);
    expect(completionShare(seen, [])).toBe(0);
  });
});

const ending = (outcome: string, reachedAt: string): ReachedEnding => ({
  campaign: "city",
  outcome,
  reachedAt,
  startingStances: { ada: -20 },
  finalStances: { ada: 40 },
  history: [{ character: "ada", before: -20, after: 40, turn: 3 }],
  turns: 5,
});

describe("the endings gallery", () => {
  it("keeps one entry per ending, the latest visit, per campaign", () => {
    let record = endingsFormat.empty();
    record = recordEnding(record, ending("dawn", "2026-01-01"));
    record = recordEnding(record, ending("dusk", "2026-01-02"));
    record = recordEnding(record, ending("dawn", "2026-01-03"));
    expect(endingsOf(record, "city").map((entry) => [entry.outcome, entry.reachedAt])).toEqual([
      ["dusk", "2026-01-02"],
      ["dawn", "2026-01-03"],
    ]);
    expect(endingsOf(record, "elsewhere")).toEqual([]);
  });

  it("travels in an exported save file and is validated and merged on import", () => {
    const here = recordEnding(endingsFormat.empty(), ending("dawn", "2026-02-01"));
    const file = addEndingsToSaveFile(
      JSON.stringify({ format: "dreamers-of-2145/save" }),
      recordEnding(recordEnding(endingsFormat.empty(), ending("dawn", "2026-01-01")), ending("dusk", "2026-01-05")),
    );
    const read = endingsFromSaveFile(file);
    expect(read?.notice).toBeNull();
    const merged = mergeEndings(here, read?.value ?? endingsFormat.empty());
    expect(endingsOf(merged, "city").map((entry) => [entry.outcome, entry.reachedAt])).toEqual([
      ["dawn", "2026-02-01"],
      ["dusk", "2026-01-05"],
    ]);
  });

  it("reports a damaged gallery in an imported file, keeps its sound entries, and ignores files without one", () => {
    const damaged = JSON.stringify({
      format: "dreamers-of-2145/save",
      endingsGallery: {
        version: 1,
        endings: [ending("dawn", "2026-01-01"), { ...ending("dusk", "x"), finalStances: { ada: 900 } }],
      },
    });
    const read = endingsFromSaveFile(damaged);
    expect(read?.notice).toMatch(/endings gallery was partly damaged/);
    expect(read?.value.endings.map((entry) => entry.outcome)).toEqual(["dawn"]);
    expect(endingsFromSaveFile(JSON.stringify({ format: "dreamers-of-2145/save" }))).toBeNull();
  });
});

describe("damaged replay data, as the game reads it", () => {
  const SAVES = {
    "dreamers-of-2145/save/1": '{"a save":"the slots own"}',
    "dreamers-of-2145/save/auto-city": '{"the game":"in progress"}',
  };
  const records = [
    {
      name: "seen lines",
      key: seenKey("city"),
      what: /lines you have read/,
      read: (replay: ReplayRecords) => replay.seenLines("city").toRecord(),
      empty: seenFormat.empty(),
      play: (replay: ReplayRecords) =>
        replay.recordRun("city", { startedAt: "now", steps: ["a.0.c-0"], outcome: null }),
    },
    {
      name: "the endings gallery",
      key: ENDINGS_KEY,
      what: /endings gallery/,
      read: (replay: ReplayRecords) => replay.endings(),
      empty: endingsFormat.empty(),
      play: (replay: ReplayRecords) => replay.recordEnding(ending("dawn", "2026-03-01"), "now"),
    },
    {
      name: "the chapters",
      key: CHAPTERS_KEY,
      what: /chapters you can replay/,
      read: (replay: ReplayRecords) => replay.chapters(),
      empty: chaptersFormat.empty(),
      play: (replay: ReplayRecords) =>
        replay.recordActEntry("city", { act: 2, enteredAt: "now", choices: [], stances: {}, scene: null, run: "now" }),
    },
  ];
  const damages = [
    ["truncated", '{"version":1,"endings":[{"campaign":"ci', /could not be read/],
    ["of the wrong shape", '["a list", "not a record"]', /was damaged/],
    ["holding a prototype key", '{"version":1,"constructor":{"prototype":{"polluted":true}}}', /forbidden key/],
    ["over the size bound", JSON.stringify({ version: 1, pad: "x".repeat(700_000) }), /size limit/],
  ] as const;

  for (const record of records) {
    it.each(damages)(
      `drops ${record.name} %s with one notice, and play goes on with the saves untouched`,
      (_, text, why) => {
        const storage = memoryStorage({ ...SAVES, [`${REPLAY_KEY_PREFIX}${record.key}`]: text });
        const notices: string[] = [];
        const replay = new ReplayRecords(storage, (_key, message) => notices.push(message));
        expect(record.read(replay)).toEqual(record.empty);
        expect(record.read(replay)).toEqual(record.empty);
        expect(notices).toHaveLength(1);
        expect(notices[0]).toMatch(record.what);
        expect(notices[0]).toMatch(why);
        expect(notices[0]).toMatch(/Your saves are untouched/);
        // Play goes on: the record is rebuilt from what happens next, and reads back cleanly.
        record.play(replay);
        const again: string[] = [];
        record.read(new ReplayRecords(storage, (_key, message) => again.push(message)));
        expect(again).toEqual([]);
        for (const [key, value] of Object.entries(SAVES)) expect(storage.map.get(key)).toBe(value);
        expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
      },
    );
  }

  it("keeps a gallery with more endings than it can hold to the newest it can", () => {
    const many = Array.from({ length: 80 }, (_, n) => ({ ...ending(`end-${n}`, `2026-01-01T00:00:${n}`) }));
    const read = parseRecord(JSON.stringify({ version: 1, endings: many }), endingsFormat);
    expect(read.notice).toMatch(/partly damaged/);
    expect(read.value.endings.length).toBeLessThan(80);
    expect(read.value.endings.at(-1)?.outcome).toBe("end-79");
  });
});
