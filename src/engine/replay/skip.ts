/**
 * Skipping what has been read (Ren'Py's skip): from the step about to show, how many steps go past
 * at once. "seen" stops at the first line never read in any playthrough; "all" runs to the
 * choices. Either way it stops at the choices, and never takes one. A step with no line (only tags
 * or nudges) goes past with the block.
 */
export type SkipMode = "seen" | "all";

export function linesToSkip(
  upcoming: readonly { line: { id?: string } | null }[],
  isSeen: (id: string) => boolean,
  mode: SkipMode,
): number {
  if (mode === "all") return upcoming.length;
  let count = 0;
  for (const { line } of upcoming) {
    if (line && (!line.id || !isSeen(line.id))) break;
    count += 1;
  }
  return count;
}

/** The one sentence a screen reader hears for a skipped block. */
export function skippedSummary(count: number, mode: SkipMode): string {
  const lines = count === 1 ? "1 line" : `${count} lines`;
  return mode === "seen" ? `Skipped ${lines} you have read` : `Skipped ${lines}`;
}
