import { button, element } from "./dom";

/**
 * Small, non-blocking notices (role="status"): a failed autosave, a story update, a copied log.
 * Some problems would repeat on every choice (a full storage); those are reported once.
 */
export interface Notices {
  element: HTMLElement;
  show(message: string, options?: { sticky?: boolean }): void;
  /** Show a message only the first time this key is reported. */
  showOnce(key: string, message: string): void;
}

const SHOWN_MS = 6000;

export function createNotices(): Notices {
  // role="status" is a polite live region by itself; the story log stays the only aria-live="polite" element.
  const area = element("div", { className: "notices", attributes: { role: "status" } });
  const reported = new Set<string>();
  const show = (message: string, options: { sticky?: boolean } = {}) => {
    const notice = element("p", { className: "notice", children: [element("span", { text: message })] });
    const dismiss = () => notice.remove();
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
