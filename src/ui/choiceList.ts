import type { StoryChoice } from "../engine/storyRunner";
import { element } from "./dom";

/**
 * The choices as real buttons in a group labelled "Choices", each named by its text alone (the
 * number shown beside it, for the 1-9 keys, is CSS generated content with empty alternative text).
 * When they appear the group takes the focus, not an option: a Space or Enter pressed to hurry the
 * text on never takes one. Tab or an arrow key goes in, arrow keys move between them; Enter, Space,
 * click, touch and the number keys choose.
 */
export interface ChoiceList {
  element: HTMLElement;
  /** `takenBefore`: targets of options taken in an earlier playthrough (a tick, and "taken before" in the name). */
  show(choices: readonly StoryChoice[], takenBefore?: ReadonlySet<string>): void;
  hide(): void;
  /** Choose by position (the number keys); false when there is no such choice showing. */
  chooseNumber(position: number): boolean;
  /** Focus the group (not an option): the next Tab or arrow key lands on the first choice. */
  focusGroup(): void;
  readonly visible: boolean;
  /**
   * Let go of the group's listener: the browser may keep the last focused element of a page a
   * while (focus bookkeeping), and its listener would otherwise hold the whole disposed game.
   */
  dispose(): void;
}

export function createChoiceList(onChoose: (index: number) => void): ChoiceList {
  const group = element("div", {
    className: "choices",
    attributes: { role: "group", "aria-label": "Choices" },
  });
  group.hidden = true;
  group.tabIndex = -1;
  let buttons: HTMLButtonElement[] = [];
  const listening = new AbortController();

  const take = (index: number) => {
    if (group.hidden || buttons.some((candidate) => candidate.disabled)) return;
    // Disable at once: a double click or a held key must not choose twice.
    for (const candidate of buttons) candidate.disabled = true;
    onChoose(index);
  };

  group.addEventListener(
    "keydown",
    (event) => {
      const keys = ["ArrowDown", "ArrowRight", "ArrowUp", "ArrowLeft", "Home", "End"];
      if (!keys.includes(event.key)) return;
      const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
      const last = buttons.length - 1;
      if (current < 0) {
        // From the group itself: down or Home to the first choice, up or End to the last.
        if (event.target !== group) return;
        event.preventDefault();
        buttons[event.key === "ArrowUp" || event.key === "ArrowLeft" || event.key === "End" ? last : 0]?.focus();
        return;
      }
      event.preventDefault();
      const next =
        event.key === "Home"
          ? 0
          : event.key === "End"
            ? last
            : event.key === "ArrowDown" || event.key === "ArrowRight"
              ? (current + 1) % buttons.length
              : (current - 1 + buttons.length) % buttons.length;
      buttons[next]?.focus();
    },
    { signal: listening.signal },
  );

  return {
    element: group,
    show(choices, takenBefore) {
      group.replaceChildren();
      buttons = choices.map((choice, position) => {
        // The number badge is drawn by CSS from data-number, so the button's name starts with
        // exactly the choice's text; a choice taken before adds a tick and says so. The name is an
        // aria-label: hidden text in the button would be read as a block, "text , taken before".
        const taken = choice.target !== undefined && takenBefore?.has(choice.target) === true;
        const attributes: Record<string, string> = position < 9 ? { "data-number": String(position + 1) } : {};
        if (taken) attributes["aria-label"] = `${choice.text}, taken before`;
        const node = element("button", {
          className: taken ? "choice taken-before" : "choice",
          text: taken ? undefined : choice.text,
          attributes,
          children: taken
            ? [
                document.createTextNode(choice.text),
                element("span", { className: "taken-tick", text: "✓", attributes: { "aria-hidden": "true" } }),
              ]
            : [],
        });
        node.type = "button";
        node.addEventListener("click", () => take(choice.index));
        return node;
      });
      group.append(...buttons);
      group.hidden = choices.length === 0;
    },
    hide() {
      group.hidden = true;
      group.replaceChildren();
      buttons = [];
    },
    chooseNumber(position) {
      const target = buttons[position - 1];
      if (group.hidden || !target || target.disabled) return false;
      target.click();
      return true;
    },
    focusGroup() {
      group.focus({ preventScroll: true });
    },
    get visible() {
      return !group.hidden;
    },
    dispose() {
      this.hide();
      listening.abort();
    },
  };
}
