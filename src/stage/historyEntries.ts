import type { StoryLine, TakenChoice } from "../engine/storyRunner";
import { emptyStaging, nextStaging } from "../engine/tags";

export type HistoryEntry =
  | { kind: "chapter"; act: number; scene: string | null }
  | { kind: "line"; speaker: string | null; text: string }
  | { kind: "choice"; text: string };

/**
 * Everything said, in order, with the player's choices between (choice n was taken after every
 * line shown with turn <= n) and a chapter wherever the act changes, by the same rule the story
 * panel follows while playing, so a log rebuilt from this reads exactly as it did live.
 */
export function historyEntries(transcript: readonly StoryLine[], choices: readonly TakenChoice[]): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  let choicesPlaced = 0;
  let act: number | null = null;
  let staging = emptyStaging();
  const placeChoicesUpTo = (turn: number) => {
    while (choicesPlaced < turn && choicesPlaced < choices.length) {
      entries.push({ kind: "choice", text: choices[choicesPlaced]?.text ?? "" });
      choicesPlaced += 1;
    }
  };
  for (const line of transcript) {
    placeChoicesUpTo(line.turn);
    staging = nextStaging(staging, line.tags);
    if (staging.act !== null && staging.act !== act) {
      act = staging.act;
      entries.push({ kind: "chapter", act, scene: staging.scene });
    }
    entries.push({ kind: "line", speaker: line.speaker, text: line.text });
  }
  placeChoicesUpTo(choices.length);
  return entries;
}
