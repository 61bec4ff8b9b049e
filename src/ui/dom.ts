/**
 * Tiny element builders. Text is only ever set with textContent: story text must never become
 * markup, so nothing in src/ touches innerHTML.
 */
export interface ElementOptions {
  className?: string;
  text?: string;
  attributes?: Record<string, string>;
  children?: (Node | null)[];
}

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [name, value] of Object.entries(options.attributes ?? {})) node.setAttribute(name, value);
  for (const child of options.children ?? []) if (child) node.append(child);
  return node;
}

export function button(text: string, onClick: (event: MouseEvent) => void, options: ElementOptions = {}) {
  const node = element("button", { ...options, text: options.children ? undefined : text });
  node.type = "button";
  node.addEventListener("click", onClick);
  return node;
}

let idCounter = 0;
/** A unique id for aria-labelledby and friends. */
export function uniqueId(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/** Elements a key press or click should leave alone (they handle their own). */
export function isInteractive(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest("button, a, input, select, textarea, label, dialog, [role='meter'], [tabindex]") !== null
  );
}
