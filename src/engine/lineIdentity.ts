import type { Story } from "inkjs";
import { outputPieces } from "./inkInternals.ts";

/**
 * A line's stable id: its knot (and stitch) in the compiled story plus its text. Edits elsewhere
 * (another knot, a line added above it) leave it alone; changing the line or moving it to another
 * knot makes it a new line, which is what a player who skips "what they have read" would expect.
 * Eight hex digits (FNV-1a, 32 bits) keep the seen-line store small; a clash among a campaign's few thousand lines
 * is about one in a thousand campaigns, and costs at most one line skipped unread.
 */
export function lineId(knot: string, text: string): string {
  return lineIdOfClean(knot, cleanLineText(text));
}

/**
 * The id of a line ink has already cleaned (what `Continue()` returns, trimmed): the runner's
 * path, once per line shown, so it is kept cheap. FNV-1a over the knot and the text, 32 bits.
 */
export function lineIdOfClean(knot: string, text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < knot.length; i++) hash = Math.imul(hash ^ knot.charCodeAt(i), 0x01000193);
  hash = Math.imul(hash ^ 10, 0x01000193);
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/** ink's own output cleaning: runs of spaces and tabs become one, the ends are trimmed. */
export function cleanLineText(text: string): string {
  return text.replace(/[ \t]+/g, " ").trim();
}

/**
 * The knot the line just continued came from: the first piece of written text in ink's output
 * stream that still sits in the compiled story (pieces ink split or computed have no parent).
 * Falls back to where the story stands now.
 */
export function knotOfCurrentLine(story: Story): string {
  for (const piece of outputPieces(story)) {
    if (typeof piece.value === "string" && piece.parent && piece.value.trim() !== "" && piece.path) {
      return knotOfPath(piece.path.toString());
    }
  }
  return knotOfPath(story.state.currentPathString ?? story.state.previousPointer?.path?.toString());
}

/** "a1_studio.meet.0.c-2.4" -> "a1_studio.meet": the named knot and stitch, without weave internals. */
export function knotOfPath(path: string | null | undefined): string {
  if (!path) return "";
  const named: string[] = [];
  for (const part of path.split(".")) {
    if (/^\d+$/.test(part) || /^[cgs]-\d+$/.test(part) || part === "s" || part.startsWith("$")) break;
    named.push(part);
  }
  return named.join(".");
}
