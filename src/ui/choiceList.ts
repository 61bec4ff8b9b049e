import type { StoryChoice } from "../engine/storyRunner";
import { element } from "./dom";

/**
 * The choices as real buttons in a group labelled "Choices", each named by its text alone (the
 * number shown beside it, for the 1-9 keys, is CSS generated content with empty alternative text).
 * When they appear the group takes the focus, not an option: a Space or Enter pressed to hurry the
 * text on never takes one. Tab or an arrow key goes in, arrow keys move between them; Enter, Space,
 * click, touch and the number keys choose.
 *
 * A click meant for the text must not take a choice that appeared under it: a pointer's click
 * counts only once the choices have been seen (their appearing animation has run) or the pointer
 * has moved since they appeared. Keys, and the clicks screen readers and keyboards make (detail
 * 0), choose at once.
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

/** How far (CSS pixels) the pointer must travel after the choices appear for its click to count. */
const DELIBERATE_MOVE = 8;
const APPEAR_MS = 450;

/** Where the pointer last was on the page, to tell a pointer that moved from one that stayed put. */
let pointerAt: { x: number; y: number } | null = null;
const notePointer = (event: PointerEvent) => {
  pointerAt = { x: event.clientX, y: event.clientY };
};
if (typeof document !== "undefined") {
  document.addEventListener("pointermove", notePointer, { capture: true, passive: true });
  document.addEventListener("pointerdown", notePointer, { capture: true, passive: true });
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
  /** Whether a pointer's click may take a choice now (see above). */
  let pointerArmed = false;
  let appearing: Animation | null = null;
  let shownWhere: { x: number; y: number } | null = null;

  const armOnMove = (event: PointerEvent) => {
    // A pointer the page has not seen before comes in from outside: that is a move too.
    if (
      shownWhere === null ||
      Math.hypot(event.clientX - shownWhere.x, event.clientY - shownWhere.y) >= DELIBERATE_MOVE
    )
      arm();
  };
  const arm = () => {
    pointerArmed = true;
    document.removeEventListener("pointermove", armOnMove, true);
  };
  const disarm = () => {
    pointerArmed = false;
    appearing?.cancel();
    appearing = null;
    document.removeEventListener("pointermove", armOnMove, true);
  };
  const startArming = () => {
    disarm();
    shownWhere = pointerAt;
    document.addEventListener("pointermove", armOnMove, { capture: true, passive: true });
    // Seen once the appearing animation has run (a fade only, with reduced motion). The animation's
    // own end is the clock, so a paused page or a slowed timeline keeps the guard in step with what is shown.
    const still = document.documentElement.classList.contains("reduced-motion");
    const keyframes: Keyframe[] = still
      ? [{ opacity: 0 }, { opacity: 1 }]
      : [
          { opacity: 0, transform: "translateY(0.6rem)" },
          { opacity: 1, transform: "none" },
        ];
    const animation = group.animate?.(keyframes, { duration: APPEAR_MS, easing: "ease-out" });
    appearing = animation ?? null;
    if (!animation) {
      arm();
      return;
    }
    animation.finished.then(
      () => {
        if (appearing === animation) arm();
      },
      () => undefined,
    );
  };

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
        node.addEventListener("click", (event) => {
          // detail 0: a key or an assistive technology pressed it, never a hurried pointer.
          if (event.detail > 0 && !pointerArmed) return;
          take(choice.index);
        });
        return node;
      });
      group.append(...buttons);
      group.hidden = choices.length === 0;
      if (group.hidden) disarm();
      else startArming();
    },
    hide() {
      disarm();
      // The buttons go before the group hides. Removing the clicked (focused, hovered) button
      // brings the page's style up to date first; a group already hidden by then keeps Chromium's
      // :hover mark (Document's user-action elements) that nothing clears, and once the game is
      // put away that mark holds the whole disposed story panel. A group still shown passes it on.
      group.replaceChildren();
      group.hidden = true;
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
