import type { InkCoverage } from "../engine/inkCoverage";

/**
 * Ink line coverage in lcov's tracefile format (what genhtml and CI coverage tabs read): per .ink
 * file an SF record, a DA line per line content sits on with the runs that executed it, and the
 * LF/LH totals, as geninfo(1) describes the tracefile format.
 */
export function lcovOf(coverage: InkCoverage, testName: string): string {
  const records: string[] = [];
  for (const [file, lines] of Object.entries(coverage)) {
    const entries = Object.entries(lines).sort(([a], [b]) => Number(a) - Number(b));
    const hit = entries.filter(([, runs]) => runs > 0).length;
    records.push(
      [
        `TN:${testName.replace(/[^\w.-]+/g, "_")}`,
        `SF:${file}`,
        ...entries.map(([line, runs]) => `DA:${line},${runs}`),
        `LF:${entries.length}`,
        `LH:${hit}`,
        "end_of_record",
      ].join("\n"),
    );
  }
  return `${records.join("\n")}\n`;
}

/** Lines executed and lines in all, per file: the one-line summary a tester reads. */
export function coverageSummary(coverage: InkCoverage): { file: string; hit: number; lines: number }[] {
  return Object.entries(coverage).map(([file, lines]) => {
    const counts = Object.values(lines);
    return { file, hit: counts.filter((runs) => runs > 0).length, lines: counts.length };
  });
}
