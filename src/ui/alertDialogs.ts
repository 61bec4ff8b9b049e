import { button, element, uniqueId } from "./dom";
import { openModal } from "./modal";

/**
 * Questions that need an answer before play goes on, as role="alertdialog". The focus starts on
 * the first answer, or (`focusCancel`) on the one that changes nothing: where an answer replaces a
 * game, a Space pressed to hurry the story on as the dialog opens must not choose it.
 */
function alertDialog<T>(
  title: string,
  message: string,
  answers: { label: string; value: T; primary?: boolean }[],
  cancelValue: T,
  fallbackFocus?: () => HTMLElement | null,
  focusCancel = false,
): Promise<T> {
  return new Promise((resolve) => {
    let answer = cancelValue;
    const modal = openModal({
      title,
      role: "alertdialog",
      className: "alert",
      fallbackFocus,
      onClose: () => resolve(answer),
    });
    const messageId = uniqueId("alert-message");
    modal.dialog.setAttribute("aria-describedby", messageId);
    const buttons = answers.map((entry) =>
      button(
        entry.label,
        () => {
          answer = entry.value;
          modal.close();
        },
        { className: entry.primary ? "primary" : "" },
      ),
    );
    modal.body.append(
      element("p", { className: "alert-message", text: message, attributes: { id: messageId } }),
      element("div", { className: "dialog-actions", children: buttons }),
    );
    const cancelButton = buttons[answers.findIndex((entry) => entry.value === cancelValue)];
    (focusCancel && cancelButton ? cancelButton : buttons[0])?.focus();
  });
}

export function confirmDialog(options: {
  title: string;
  message: string;
  confirm: string;
  cancel?: string;
  /** The confirming answer replaces something: the focus starts on Cancel. */
  replaces?: boolean;
}): Promise<boolean> {
  return alertDialog(
    options.title,
    options.message,
    [
      { label: options.confirm, value: true, primary: true },
      { label: options.cancel ?? "Cancel", value: false },
    ],
    false,
    undefined,
    options.replaces ?? false,
  );
}

export type RecoveryAnswer = "restart-act" | "new-game" | "export" | "title";

/** A save that cannot be used: why, and the ways on. */
export function recoveryDialog(options: {
  reason: string;
  /** "Act III", when starting that act again is possible; null hides that way. */
  restartAct: string | null;
  /** Null when the campaign is unknown (New game then goes to the title to choose one). */
  campaignTitle: string | null;
  /** Offer to export the save as it is (to keep it, or to send it to the writers). */
  canExport?: boolean;
  fallbackFocus?: () => HTMLElement | null;
}): Promise<RecoveryAnswer> {
  const answers: { label: string; value: RecoveryAnswer; primary?: boolean }[] = [];
  if (options.restartAct) answers.push({ label: "Start this act again", value: "restart-act", primary: true });
  answers.push({ label: "New game", value: "new-game", primary: options.restartAct === null });
  if (options.canExport) answers.push({ label: "Export it", value: "export" });
  answers.push({ label: "Back to the title", value: "title" });
  const ways = [
    options.restartAct ? `start ${options.restartAct} again from the choices the save still holds` : null,
    options.campaignTitle ? `begin ${options.campaignTitle} anew` : "choose a campaign to begin anew",
  ].filter(Boolean);
  const message = `This save cannot be used: ${options.reason}. Your other saves are untouched, and this one is kept in Load until you replace it. You can ${ways.join(", or ")}.`;
  return alertDialog("The save cannot be read", message, answers, "title", options.fallbackFocus, true);
}

export type GameInProgressAnswer = "continue" | "start-over" | "cancel";

/** Before a new game replaces a game in progress: continue it, or start over (it stays loadable). */
export function gameInProgressDialog(campaignTitle: string, place: string): Promise<GameInProgressAnswer> {
  return alertDialog(
    "You have a game in progress",
    `You have a game in progress: ${place}. Continue it, or start over? If you start over, it stays in Load as the previous ${campaignTitle} game.`,
    [
      { label: "Continue it", value: "continue", primary: true },
      { label: "Start over", value: "start-over" },
      { label: "Cancel", value: "cancel" },
    ],
    "cancel",
  );
}

export type StoryErrorAnswer = "rewind" | "load" | "choose-again";

/** A story error at a choice: what happened, and the ways on. The game is back before that choice. */
export function storyErrorDialog(reason: string, canRewind: boolean): Promise<StoryErrorAnswer> {
  const answers: { label: string; value: StoryErrorAnswer; primary?: boolean }[] = [];
  if (canRewind) answers.push({ label: "Rewind", value: "rewind", primary: true });
  answers.push({ label: "Load", value: "load", primary: !canRewind }, { label: "Choose again", value: "choose-again" });
  return alertDialog(
    "The story stopped with an error",
    `The story could not go on from that choice: ${reason}. Your game is back where it was before it. You can ${canRewind ? "take back the choice before it (Rewind), " : ""}load a save, or choose again.`,
    answers,
    "choose-again",
  );
}

/** A message with one way on (a bad import, a story that failed to load). */
export function messageDialog(title: string, message: string): Promise<void> {
  return alertDialog(title, message, [{ label: "OK", value: undefined, primary: true }], undefined);
}

/** Text to copy by hand when the clipboard refuses. */
export function copyTextDialog(title: string, explanation: string, text: string): void {
  const modal = openModal({ title, className: "copy-dialog" });
  const area = element("textarea", {
    className: "copy-text",
    attributes: { readonly: "", rows: "10", "aria-label": title },
  });
  area.value = text;
  modal.body.append(
    element("p", { text: explanation }),
    area,
    element("div", {
      className: "dialog-actions",
      children: [button("Close", () => modal.close(), { className: "primary" })],
    }),
  );
  area.focus();
  area.select();
}
