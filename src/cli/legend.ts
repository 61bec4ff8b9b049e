import { DECIDING_ABOVE, DECORATIVE_BELOW, FORCED_MIN_RUNS, FORCED_SHARE } from "../engine/analyzer";
import { PINNED_SHARE } from "../engine/stanceReach";

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** What analyze's words mean: the same in --help, under the terminal report and in the HTML report. */
export const ANALYZE_LEGEND: readonly { term: string; meaning: string }[] = [
  {
    term: "impact",
    meaning:
      "of the swaps at a choice point (each other option played instead, the rest of the run the same random player), the share that changed the outcome",
  },
  { term: "swaps", meaning: "how many such swapped runs were played at that point" },
  {
    term: "verdict",
    meaning: `decorative: impact under ${percent(DECORATIVE_BELOW)} (the outcome was settled before it); deciding: over ${percent(DECIDING_ABOVE)}; shaping: in between`,
  },
  {
    term: "forced",
    meaning: `an option whose runs end in one outcome ${percent(FORCED_SHARE)} of the time or more (${FORCED_MIN_RUNS} runs at least, at a point that is not decorative): a button for that ending`,
  },
  { term: "climax", meaning: 'the choice points inside the knots and stitches campaign.json names as "climax"' },
  {
    term: "decided at",
    meaning:
      'for each run, the act of the last choice point whose swap changed the outcome ("none": no single swap changed it); open at climax: the share of runs whose outcome a swap at the climax or later still changed',
  },
  {
    term: "stance reach",
    meaning: `each character's final stance over the runs (min, p10, median, p90, max, share below 0); a warning when one ends on one side of 0 in more than ${percent(PINNED_SHARE)} of runs`,
  },
  {
    term: "contracts",
    meaning:
      "every # needs: line checked each time a run (not a swap) shows it; a broken one is listed with its file:line, condition and the play command that shows it",
  },
  {
    term: "rule reach",
    meaning:
      "counted per call of the outcome rule (a story may ask more than once a run), so its shares differ from the outcome shares per run",
  },
];

/** The legend for a terminal: terms in a column, meanings wrapped beside them. */
export function legendText(width = 100): string {
  const column = Math.max(...ANALYZE_LEGEND.map((entry) => entry.term.length)) + 4;
  const lines: string[] = ["How to read it:"];
  for (const entry of ANALYZE_LEGEND) {
    let line = `  ${entry.term.padEnd(column - 2)}`;
    for (const word of entry.meaning.split(" ")) {
      if (line.length + word.length + 1 > width && line.trim() !== entry.term) {
        lines.push(line.trimEnd());
        line = " ".repeat(column);
      }
      line += `${word} `;
    }
    lines.push(line.trimEnd());
  }
  return lines.join("\n");
}
