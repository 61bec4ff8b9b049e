import { button, element, uniqueId } from "./dom";
import { type Modal, openModal } from "./modal";

/** The in-game menu. Each action closes the menu first, so focus comes back to the Menu button. */
export interface MenuActions {
  history(): void;
  rewind(): void;
  routeMap(): void;
  save(): void;
  load(): void;
  exportSave(): void;
  importSave(): void;
  copyLog(): void;
  settings(): void;
  title(): void;
}

export function openMenu(options: {
  canRewind: boolean;
  actions: MenuActions;
  fallbackFocus: () => HTMLElement | null;
}): Modal {
  const modal = openModal({ title: "Menu", className: "menu-dialog", fallbackFocus: options.fallbackFocus });
  const then = (action: () => void) => () => {
    modal.close();
    action();
  };
  const { actions } = options;
  const hintId = uniqueId("rewind-hint");
  const rewind = button("Rewind", then(actions.rewind), {
    attributes: { "aria-describedby": hintId },
  });
  rewind.disabled = !options.canRewind;
  const resume = button("Resume", () => modal.close(), { className: "primary" });
  modal.body.append(
    element("div", {
      className: "menu-actions",
      children: [
        resume,
        button("History", then(actions.history)),
        rewind,
        element("span", {
          className: "visually-hidden",
          text: options.canRewind ? "Take back your last choice" : "No choice to take back yet",
          attributes: { id: hintId },
        }),
        button("Route map", then(actions.routeMap)),
        button("Save", then(actions.save)),
        button("Load", then(actions.load)),
        button("Export save", then(actions.exportSave)),
        button("Import save", then(actions.importSave)),
        button("Copy playthrough log", then(actions.copyLog)),
        button("Settings", then(actions.settings)),
        button("Title", then(actions.title)),
      ],
    }),
  );
  resume.focus();
  return modal;
}
