import { describe, expect, it } from "vitest";
import {
  chapterTitle,
  describeSavePlace,
  firstName,
  leaning,
  romanNumeral,
  signedChange,
  stanceValueText,
} from "../../src/ui/formatting";
import { stanceSeries } from "../../src/ui/stanceChart";

describe("what the player reads", () => {
  it("words a stance", () => {
    expect(stanceValueText("Maris Solara", 62.4)).toBe("Maris Solara: 62, leans to individuality");
    expect(leaning(-40)).toBe("leans to unity");
    expect(leaning(4)).toBe("balanced");
  });

  it("shows how far a nudge moved a stance", () => {
    expect(signedChange(50, 58.2)).toBe("+8");
    expect(signedChange(10, 4.6)).toBe("-5");
    expect(signedChange(10, 10.2)).toBe("+<1");
  });

  it("titles acts and save slots", () => {
    expect(romanNumeral(4)).toBe("IV");
    expect(chapterTitle(2, "The Transceiver hall")).toBe("Act II — The Transceiver hall");
    expect(chapterTitle(5, null)).toBe("Act V");
    const place = describeSavePlace({
      campaignTitle: "Neo-Lumen",
      act: 3,
      sceneName: "The festival grounds",
      savedAt: "2145-06-01T20:00:00Z",
    });
    expect(place.startsWith("Neo-Lumen, Act III, The festival grounds, ")).toBe(true);
    expect(firstName("Dr. Liora Veer")).toBe("Liora");
  });

  it("plots a stance from its start through each turn's last value to the end", () => {
    const record = (turn: number, after: number) => ({
      character: "ada",
      percent: 10,
      before: 0,
      after,
      knot: "k",
      choice: null,
      turn,
    });
    const series = stanceSeries(
      { id: "ada", name: "Ada", start: 0, final: 30 },
      [record(1, 10), record(1, 20), record(3, 30)],
      5,
    );
    expect(series).toEqual([
      { turn: 0, value: 0 },
      { turn: 1, value: 20 },
      { turn: 3, value: 30 },
      { turn: 5, value: 30 },
    ]);
  });
});
