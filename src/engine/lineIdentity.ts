import type { Story } from "inkjs";
import { hashText } from "./hash";
import { knotOfPath } from "./storyRunner";

/**
 * A line's stable id: its knot (and stitch) in the compiled story plus its text. Edits elsewhere
 * (another knot, a line added above it) leave it alone; changing the line or moving it to another
 * knot makes it a new line, which is what a player who skips "what they have read" would expect.
 * Eight hex digits keep the seen-line store small; a clash among a campaign's few thousand lines
 * is about one in a thousand campaigns, and costs at most one line skipped unread.
 */
export function lineId(knot: string, text: string): string {
  return hashText(`${knot}\n${cleanLineText(text)}`).slice(-8);
}

/** ink's own output cleaning: runs of spaces and tabs become one, the ends are trimmed. */
export function cleanLineText(text: string): string {
  return text.replace(/[ \t]+/g, " ").trim();
}

interface OutputPiece {
  parent?: unknown;
  path?: { toString(): string };
  value?: unknown;
}

/**
 * The knot the line just continued came from: the first piece of written text in ink's output
 * stream that still sits in the compiled story (pieces ink split or computed have no parent).
 * Falls back to where the story stands now.
 */
export function knotOfCurrentLine(story: Story): string {
  for (const piece of story.state.outputStream as OutputPiece[]) {
    if (typeof piece.value === "string" && piece.parent && piece.value.trim() !== "" && piece.path) {
      return knotOfPath(piece.path.toString());
    }
  }
  return knotOfPath(story.state.currentPathString ?? story.state.previousPointer?.path?.toString());
}
