import { DECIDING_ABOVE, DECORATIVE_BELOW, FORCED_SHARE } from "../engine/analyzer";

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** What analyze's words mean, the same in the terminal and in the HTML report. */
export const ANALYZE_LEGEND: readonly { term: string; meaning: string }[] = [
  {
    term: "swap",
    meaning:
      "one run replayed with another option taken at this choice point, the rest of the run drawn from the same random stream",
  },
  { term: "impact", meaning: "the share of a choice point's swaps that ended in a different outcome" },
  {
    term: "verdict",
    meaning: `decorative: impact under ${percent(DECORATIVE_BELOW)}; deciding: over ${percent(DECIDING_ABOVE)}; shaping: in between`,
  },
  {
    term: "forced",
    meaning: `an option whose runs end in one outcome ${percent(FORCED_SHARE)} of the time or more, at a point that is not decorative`,
  },
  {
    term: "rule reach",
    meaning:
      "counted per call of the outcome rule (a story may ask more than once a run), so its shares differ from the outcome shares per run",
  },
];

export function legendText(): string {
  const width = Math.max(...ANALYZE_LEGEND.map((entry) => entry.term.length));
  return ANALYZE_LEGEND.map((entry) => `  ${entry.term.padEnd(width)}  ${entry.meaning}`).join("\n");
}
