import { button, element } from "./dom";

/**
 * Small, non-blocking notices (role="status"): a failed autosave, a story update, a copied log.
 * Some problems would repeat on every choice (a full storage); those are reported once.
 */
export interface Notices {
  element: HTMLElement;
  show(message: string, options?: NoticeOptions): void;
  /** Show a message only the first time this key is reported. */
  showOnce(key: string, message: string): void;
}

export interface NoticeOptions {
  sticky?: boolean;
  /** A way on offered beside the message ("Take over"); pressing it also dismisses the notice. */
  action?: { label: string; run(): void };
  /** A notice shown under the same key replaces this one. */
  key?: string;
}

const SHOWN_MS = 6000;

export function createNotices(): Notices {
  // role="status" is a polite live region by itself; the story log stays the only aria-live="polite" element.
  const area = element("div", { className: "notices", attributes: { role: "status" } });
  const reported = new Set<string>();
  const show = (message: string, options: NoticeOptions = {}) => {
    if (options.key) for (const old of area.querySelectorAll(`[data-key="${options.key}"]`)) old.remove();
    const notice = element("p", { className: "notice", children: [element("span", { text: message })] });
    if (options.key) notice.dataset.key = options.key;
    const dismiss = () => notice.remove();
    const { action } = options;
    if (action) {
      notice.append(
        button(action.label, () => {
          dismiss();
          action.run();
        }),
      );
    }
    notice.append(button("Dismiss", dismiss, { className: "notice-dismiss", attributes: { "aria-label": "Dismiss" } }));
    area.append(notice);
    if (!options.sticky) setTimeout(dismiss, SHOWN_MS);
  };
  return {
    element: area,
    show,
    showOnce(key, message) {
      if (reported.has(key)) return;
      reported.add(key);
      show(message, { sticky: true });
    },
  };
}
