import type { HistoryEntry } from "../stage/historyEntries";
import { markCharacter } from "./campaignStyle";
import { button, element } from "./dom";
import { openModal } from "./modal";

/** Everything said so far, with the player's choices, to read back. Opens at the latest line. */
export function openHistory(options: {
  entries: readonly HistoryEntry[];
  speakerName(speaker: string | null): string | null;
  speakerIndex(speaker: string | null): number;
  chapterTitle(act: number, scene: string | null): string;
}): void {
  const modal = openModal({ title: "History", className: "history-dialog" });
  const list = element("ol", {
    className: "history-list",
    attributes: { tabindex: "0", "aria-label": "Everything said" },
  });
  for (const entry of options.entries) {
    if (entry.kind === "choice") {
      list.append(
        element("li", {
          className: "history-choice",
          children: [
            element("span", { className: "visually-hidden", text: "You chose: " }),
            element("span", { text: entry.text }),
          ],
        }),
      );
      continue;
    }
    if (entry.kind === "chapter") {
      list.append(element("li", { className: "history-chapter", text: options.chapterTitle(entry.act, entry.scene) }));
      continue;
    }
    const name = options.speakerName(entry.speaker);
    const index = options.speakerIndex(entry.speaker);
    list.append(
      element("li", {
        className: name ? "history-line spoken" : "history-line narration",
        children: [
          name ? markCharacter(element("span", { className: "speaker", text: name }), index) : null,
          name ? element("span", { className: "visually-hidden", text: ": " }) : null,
          element("span", { className: "text", text: entry.text }),
        ],
      }),
    );
  }
  if (options.entries.length === 0) list.append(element("li", { text: "Nothing has been said yet." }));
  modal.body.append(
    list,
    element("div", {
      className: "dialog-actions",
      children: [button("Close", () => modal.close(), { className: "primary" })],
    }),
  );
  list.scrollTop = list.scrollHeight;
  list.focus({ preventScroll: true });
}
