import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readManifest, STORIES_DIR } from "../../src/build/campaigns";
import { compileInkFile } from "../../src/build/compileInk";
import { compileRule } from "../../src/engine/outcomeRule";
import { matchChoice, parsePlaythroughScript } from "../../src/engine/playthrough";
import { asSentence, whyThisEndingSteps } from "../../src/engine/ruleReadout";
import { autosaveSlot, SaveSlots } from "../../src/engine/saveSlots";
import { type Beat, GameSession } from "../../src/stage/gameSession";
import { memoryStorage } from "../support/memoryStorage";

/**
 * Neo-Lumen asks its rule twice: at the surge, whose answer the story keeps as the night, and at
 * the end. The report's "Why this ending" names the clause that decided the night, as it read then.
 */
const manifest = readManifest(path.join(STORIES_DIR, "neo-lumen"));
const compiled = compileInkFile(path.join(STORIES_DIR, "neo-lumen", "main.ink"));
const script = parsePlaythroughScript(
  JSON.parse(
    fs.readFileSync(path.resolve(import.meta.dirname, "../playthroughs/neo-lumen-callback-reboot-retold.json"), "utf8"),
  ),
);
/** The script's choices, by their words (its other steps check lines and stances, which this test does not need). */
const choices = script.steps.flatMap((step) => ("choose" in step ? [step.choose] : []));
const rebootClauses = compileRule(manifest)
  .conditions.filter((condition) => condition.outcome === "the-reboot")
  .map((condition) => asSentence(condition.name));
/** The year after's clause that turns a rebooted night into a retold one, whatever its wording. */
const retoldClause = asSentence(
  compileRule(manifest).conditions.find(
    (condition) => condition.outcome === "living-tapestry" && condition.when.includes("'the-reboot'"),
  )?.name ?? "(no clause retells a rebooted night)",
);

function json(): string {
  if (!compiled.json) throw new Error(`neo-lumen does not compile: ${JSON.stringify(compiled.diagnostics)}`);
  return compiled.json;
}

/** Take one of the script's choices by its words. */
function take(session: GameSession, beat: Beat, wanted: string | number): Beat {
  const choice = matchChoice(beat.choices, wanted);
  if (!choice) throw new Error(`"${wanted}" is not offered: ${beat.choices.map((each) => each.text).join(" | ")}`);
  return session.choose(choice.index);
}

function reasonsOf(session: GameSession) {
  const report = session.report();
  return whyThisEndingSteps(
    manifest,
    { stances: report.finalStances, decisions: report.decisions ?? {} },
    report.asked ?? [],
  );
}

describe("why a Neo-Lumen ending, when the night was kept", () => {
  it("says what decided the night and what turned it after, the same after a save and restore past the surge", () => {
    const slots = new SaveSlots(memoryStorage());
    let { session, beat } = GameSession.newGame(manifest, json(), slots);
    let restored = false;
    for (const wanted of choices) {
      beat = take(session, beat, wanted);
      if (!restored && session.snapshot().decisions.night_outcome === "the-reboot") {
        // The night is sealed: save, and go on in a game loaded from that save.
        session.autosave();
        const read = slots.read(autosaveSlot("neo-lumen"));
        if (read.status !== "ok") throw new Error("autosave unreadable");
        ({ session, beat } = GameSession.fromSave(read.save, manifest, json(), slots));
        restored = true;
      }
    }
    expect(restored).toBe(true);
    expect(session.ended).toBe(true);
    expect(session.report().outcome?.id).toBe("living-tapestry");

    const steps = reasonsOf(session);
    expect(steps.map((step) => step.lead)).toEqual(["The night", "Then"]);
    // The night: one of the clauses that reboot, with what the player had told Eliot then.
    expect(rebootClauses).toContain(steps[0]?.sentence);
    expect(steps[0]?.read).toContainEqual({ label: "What you told Eliot at the surge", text: "reboot it" });
    expect(steps[0]?.read.map((read) => read.label)).not.toContain("How the festival night ended");
    // Then: the year's telling turned it.
    expect(steps[1]?.sentence).toBe(retoldClause);
    expect(steps[1]?.read).toContainEqual({
      label: "Your year after the festival",
      text: "collected what people remember of the night",
    });
    // The night it read is the step before: not said twice.
    expect(steps[1]?.read.map((read) => read.label)).not.toContain("How the festival night ended");

    // A game played through without the save says exactly the same.
    const straight = GameSession.newGame(manifest, json(), new SaveSlots(memoryStorage()));
    let straightBeat = straight.beat;
    for (const wanted of choices) straightBeat = take(straight.session, straightBeat, wanted);
    expect(reasonsOf(straight.session)).toEqual(steps);
    // Taking the last choice back and making it again says the same too.
    const rewound = session.rewind();
    if (!rewound) throw new Error("nothing to rewind");
    take(session, rewound.beat, choices.at(-1) ?? "");
    expect(reasonsOf(session)).toEqual(steps);
    // The playthrough log's title says the same two steps.
    expect(session.playthroughLog().title).toContain(
      `Why this ending: The night: ${steps[0]?.line} Then: ${steps[1]?.line}`,
    );
  });
});
