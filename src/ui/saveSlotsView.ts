import type { SlotId } from "../engine/saveSlots";
import { button, element } from "./dom";
import { openModal } from "./modal";

/** The save slots as buttons, each showing what it holds (campaign, act, scene, local time). */
export interface SlotSummary {
  slot: SlotId;
  /** "Slot 1", "Autosave". */
  label: string;
  status: "empty" | "ok" | "damaged" | "unavailable";
  /** What it holds, why it is damaged, or that the browser's storage cannot be used at all. */
  description: string;
}

export function openSaveSlots(options: {
  mode: "save" | "load";
  slots: readonly SlotSummary[];
  onPick(slot: SlotSummary): void;
}): void {
  const modal = openModal({ title: options.mode === "save" ? "Save" : "Load", className: "slots-dialog" });
  const list = element("ul", { className: "slot-list" });
  for (const summary of options.slots) {
    const text =
      summary.status === "empty"
        ? "empty"
        : summary.status === "damaged"
          ? `cannot be read: ${summary.description}`
          : summary.description;
    const node = button(
      "",
      () => {
        modal.close();
        options.onPick(summary);
      },
      {
        className: `slot slot-${summary.status}`,
        // Named by its visible text; the hidden colon keeps label and description apart for screen readers.
        children: [
          element("span", { className: "slot-label", text: summary.label }),
          element("span", { className: "visually-hidden", text: ": " }),
          element("span", { className: "slot-description", text }),
        ],
      },
    );
    // An empty slot has nothing to load; a damaged one still opens, to offer the ways on.
    node.disabled = options.mode === "load" && (summary.status === "empty" || summary.status === "unavailable");
    list.append(element("li", { children: [node] }));
  }
  modal.body.append(
    list,
    element("div", { className: "dialog-actions", children: [button("Cancel", () => modal.close())] }),
  );
  list.querySelector<HTMLButtonElement>("button:not(:disabled)")?.focus();
}
