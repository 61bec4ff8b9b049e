import { element, uniqueId } from "./dom";

/**
 * A modal <dialog>: showModal() makes the rest of the page inert (focus stays inside) and Escape
 * closes it natively. Focus goes back where it was when it closes, or to `fallbackFocus` if that
 * element is gone (the screen behind may have changed).
 */
export interface ModalOptions {
  title: string;
  role?: "dialog" | "alertdialog";
  className?: string;
  /** Show the title as a heading (the dialog is named by it either way). */
  showTitle?: boolean;
  fallbackFocus?: () => HTMLElement | null;
  onClose?: () => void;
}

export interface Modal {
  dialog: HTMLDialogElement;
  body: HTMLDivElement;
  /** Id of the heading, for aria-describedby of follow-up text. */
  close(): void;
}

const FOCUSABLE = "button, [href], input, select, textarea, [tabindex]:not([tabindex='-1'])";

const host = () => document.getElementById("ui") ?? document.body;

export function openModal(options: ModalOptions): Modal {
  const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const headingId = uniqueId("dialog-title");
  const heading = element("h2", { className: "dialog-title", text: options.title, attributes: { id: headingId } });
  if (options.showTitle === false) heading.classList.add("visually-hidden");
  const body = element("div", { className: "dialog-body" });
  const dialog = element("dialog", {
    className: `modal ${options.className ?? ""}`.trim(),
    attributes: { "aria-labelledby": headingId },
    children: [heading, body],
  });
  if (options.role === "alertdialog") dialog.setAttribute("role", "alertdialog");
  dialog.addEventListener("close", () => {
    dialog.remove();
    options.onClose?.();
    // Never to a control on a screen hidden meanwhile (a chapter started from this dialog): it would
    // keep the keys meant for the story, and a Space would press it unseen.
    const shown = (node: HTMLElement | null | undefined) =>
      node?.isConnected && !node.closest("[hidden]") ? node : null;
    (shown(returnFocus) ?? shown(options.fallbackFocus?.()))?.focus();
  });
  // A click on the backdrop (outside the dialog's box) closes it, as players expect of an overlay.
  dialog.addEventListener("click", (event) => {
    if (event.target !== dialog || options.role === "alertdialog") return;
    const box = dialog.getBoundingClientRect();
    const inside =
      event.clientX >= box.left &&
      event.clientX <= box.right &&
      event.clientY >= box.top &&
      event.clientY <= box.bottom;
    if (!inside) dialog.close();
  });
  // showModal() makes the page inert but lets Tab leave for the browser's own toolbar; wrap it
  // around instead, so keyboard players stay in the dialog until they close it.
  dialog.addEventListener("keydown", (event) => {
    if (event.key !== "Tab") return;
    const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (node) =>
        !node.hasAttribute("disabled") &&
        node.getClientRects().length > 0 &&
        // Only the checked radio of a group is a Tab stop.
        !(node instanceof HTMLInputElement && node.type === "radio" && !node.checked),
    );
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  });
  host().append(dialog);
  dialog.showModal();
  return { dialog, body, close: () => dialog.open && dialog.close() };
}

export function anyModalOpen(): boolean {
  return document.querySelector("dialog[open]") !== null;
}
