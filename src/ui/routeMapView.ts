import { END_OF_STORY, type RouteMapModel, type RouteState, routeSummary } from "../engine/replay/routeMap";
import { element } from "./dom";
import { romanNumeral } from "./formatting";

/**
 * The route map of a night: one row per act, a node per decision point, under it a small node per
 * option (this run's route bright, earlier runs faint, never-taken branches locked) and a curve to
 * the decision each option leads to. Each decision carries its number, and hovering it says what
 * was chosen there (clicking it goes to its entry in the list). The same information follows as a
 * nested list, one heading per act, for screen readers, keyboards and touch. The drawing wraps to
 * the width it is given at its own scale, so it is never shrunk out of reading or cut off.
 * Nothing here names a branch the player has not taken on this run.
 */
export interface RouteMapViewOptions {
  model: RouteMapModel;
  campaignTitle: string;
  /** CSS pixels the drawing may take across (by default, what the route map dialog leaves on this screen). */
  width?: number;
}

const SVG = "http://www.w3.org/2000/svg";
const COLUMN = 64;
const ROW = 124;
/** Room for the act's name beside its rows; on a narrow screen the name goes above them instead. */
const WIDE_LEFT = 78;
const NARROW_LEFT = 8;
const NARROW_BELOW = 520;
const ACT_LABEL_ROW = 24;
const TOP = 26;
const DECISION_DROP = 30;
const OPTION_GAP = 14;
const OPTION_DROP = 30;
/** An act never has more decisions than this in a row, however wide the screen. */
const MOST_PER_ROW = 14;
const SUB_ROW = 82;
/** The route map dialog's width on this screen, less its padding and a scrollbar (see styles.css). */
const dialogDrawingWidth = () => Math.min(980, window.innerWidth - 24) - 64;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number> = {},
  text?: string,
) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

const STATE_WORDS: Record<RouteState, string> = {
  current: "your route this time",
  earlier: "taken in an earlier playthrough",
  locked: "locked: not taken yet",
};

export function actHeading(act: number | null): string {
  return act === null ? "Prologue" : `Act ${romanNumeral(act)}`;
}

export function createRouteMap(options: RouteMapViewOptions): HTMLElement {
  const { model, campaignTitle, width = dialogDrawingWidth() } = options;
  const summary = routeSummary(model.counts, campaignTitle);
  return element("section", {
    className: "route-map",
    attributes: { "aria-label": "Route map" },
    children: [
      element("p", { className: "route-summary", text: summary }),
      routeLegend(),
      routeDrawing(model, width),
      routeList(model),
    ],
  });
}

function routeLegend(): HTMLElement {
  const item = (state: RouteState, text: string) =>
    element("li", {
      className: `legend-${state}`,
      children: [
        element("span", { className: "legend-swatch", attributes: { "aria-hidden": "true" } }),
        element("span", { text }),
      ],
    });
  return element("ul", {
    className: "route-legend",
    attributes: { "aria-label": "Legend" },
    children: [item("current", "Your route"), item("earlier", "Earlier playthroughs"), item("locked", "Not taken yet")],
  });
}

/** Bottom to top: locked under earlier under this run's, so the player's own road is never hidden. */
const LAYERS = [
  "route-edge locked",
  "route-edge earlier",
  "route-edge current",
  "lock-shackle",
  "lock-body",
  "route-dot earlier",
  "route-dot current",
  "route-decision locked",
  "route-decision earlier",
  "route-decision current",
];

function decisionKey(row: number, number: number): string {
  return `route-decision-${row}-${number}`;
}

function routeDrawing(model: RouteMapModel, available: number): HTMLElement {
  const narrow = available < NARROW_BELOW;
  const left = narrow ? NARROW_LEFT : WIDE_LEFT;
  const labelRow = narrow ? ACT_LABEL_ROW : 0;
  const perRow = Math.max(2, Math.min(MOST_PER_ROW, Math.floor((available - left - 16) / COLUMN)));
  const widest = Math.min(perRow, Math.max(1, ...model.acts.map((act) => act.decisions.length)));
  const width = left + widest * COLUMN + 16;
  // Each act's band is as tall as its rows of decisions.
  const tops: number[] = [];
  let height = TOP;
  for (const act of model.acts) {
    tops.push(height);
    height += labelRow + ROW + (Math.ceil(Math.max(1, act.decisions.length) / perRow) - 1) * SUB_ROW;
  }
  const drawing = svg("svg", {
    class: "route-drawing",
    viewBox: `0 0 ${width} ${height}`,
    "aria-hidden": "true",
    focusable: "false",
    preserveAspectRatio: "xMinYMin meet",
  });
  drawing.style.setProperty("--route-width", `${width}px`);

  const where = new Map<string, { x: number; y: number }>();
  model.acts.forEach((act, row) => {
    act.decisions.forEach((decision, index) => {
      const column = index % perRow;
      const subRow = Math.floor(index / perRow);
      where.set(decision.id, {
        x: left + column * COLUMN + COLUMN / 2,
        y: (tops[row] ?? 0) + labelRow + subRow * SUB_ROW + DECISION_DROP,
      });
    });
  });

  // One path per kind of mark and state, not an element per mark: a night has a few hundred
  // branches, and a few paths lay out and paint many times faster than a thousand elements.
  const marks = new Map<string, string[]>();
  const mark = (kind: string, d: string) => {
    const list = marks.get(kind);
    if (list) list.push(d);
    else marks.set(kind, [d]);
  };
  const labels = svg("g", { class: "route-labels" });
  model.acts.forEach((act, row) => {
    const y = tops[row] ?? 0;
    drawing.append(
      svg("text", { class: "route-act", x: 8, y: y + (narrow ? 14 : 22 + DECISION_DROP - 18) }, actHeading(act.act)),
    );
    if (row > 0) drawing.append(svg("line", { class: "route-act-rule", x1: 0, x2: width, y1: y - 12, y2: y - 12 }));
    for (const decision of act.decisions) {
      const at = where.get(decision.id);
      if (!at) continue;
      const spread = (decision.options.length - 1) * OPTION_GAP;
      decision.options.forEach((option, index) => {
        const to = { x: at.x - spread / 2 + index * OPTION_GAP, y: at.y + OPTION_DROP };
        mark(`route-edge ${option.state}`, `M${at.x} ${at.y}L${to.x} ${to.y}`);
        for (const next of option.next) {
          const edge = edgePath(to, next === END_OF_STORY ? null : where.get(next));
          if (edge) mark(`route-edge ${option.state}`, edge);
        }
        if (option.state === "locked") {
          // A padlock: a shackle over a small body. No text, ever.
          mark("lock-shackle", `M${to.x - 3} ${to.y - 1}v-3a3 3 0 0 1 6 0v3`);
          mark("lock-body", roundedBox(to.x - 4.5, to.y - 1, 9, 7, 1.5));
        } else {
          mark(`route-dot ${option.state}`, dot(to.x, to.y, option.state === "current" ? 5.5 : 4.5));
        }
      });
      mark(`route-decision ${decision.state}`, dot(at.x, at.y, 9));
      // Its number (the list's "Decision N"), and a target that names it on hover and leads to it.
      labels.append(
        svg("text", { class: `route-number ${decision.state}`, x: at.x, y: at.y - 14 }, String(decision.number)),
      );
      const target = svg("circle", {
        class: "route-target",
        cx: at.x,
        cy: at.y + OPTION_DROP / 2,
        r: 22,
        "data-key": decisionKey(row, decision.number),
      });
      target.append(
        svg("title", {}, `${actHeading(act.act)}, decision ${decision.number}: ${decisionWords(decision)}`),
      );
      labels.append(target);
    }
  });
  for (const kind of LAYERS) {
    const parts = marks.get(kind);
    if (parts) drawing.append(svg("path", { class: kind, d: parts.join("") }));
  }
  drawing.append(labels);
  const frame = element("div", { className: "route-drawing-frame", children: [drawing] });
  // A decision clicked (or tapped, where there is no hover) brings its entry in the list into view.
  drawing.addEventListener("click", (event) => {
    const key = (event.target as Element).closest(".route-target")?.getAttribute("data-key");
    const entry = key ? frame.parentElement?.querySelector<HTMLElement>(`#${key}`) : null;
    if (!entry) return;
    entry.scrollIntoView({ block: "center" });
    entry.focus({ preventScroll: true });
  });
  return frame;
}

/** What a decision came to on this run, in words that name no branch the player has not taken. */
function decisionWords(decision: RouteMapModel["acts"][number]["decisions"][number]): string {
  const taken = decision.options.find((option) => option.label !== null);
  return taken?.label ? `you chose “${taken.label}”` : STATE_WORDS[decision.state];
}

/** From an option to the decision it leads to (a short stub at the end of the story). */
function edgePath(from: { x: number; y: number }, to: { x: number; y: number } | null | undefined): string | null {
  if (to === undefined) return null;
  if (to === null) return `M${from.x} ${from.y}v14`;
  const bend = Math.max(24, Math.abs(to.y - from.y) / 2);
  return `M${from.x} ${from.y}C${from.x} ${from.y + bend},${to.x} ${to.y - bend},${to.x} ${to.y - 9}`;
}

function dot(x: number, y: number, r: number): string {
  return `M${x - r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`;
}

function roundedBox(x: number, y: number, width: number, height: number, r: number): string {
  const h = width - 2 * r;
  const v = height - 2 * r;
  return `M${x + r} ${y}h${h}a${r} ${r} 0 0 1 ${r} ${r}v${v}a${r} ${r} 0 0 1 ${-r} ${r}h${-h}a${r} ${r} 0 0 1 ${-r} ${-r}v${-v}a${r} ${r} 0 0 1 ${r} ${-r}z`;
}

function routeList(model: RouteMapModel): HTMLElement {
  const container = element("div", { className: "route-list" });
  model.acts.forEach((act, row) => {
    container.append(element("h3", { text: actHeading(act.act) }));
    const decisions = element("ol", { className: "route-decisions" });
    for (const decision of act.decisions) {
      const optionsList = element("ul");
      decision.options.forEach((option, index) => {
        const words = option.label !== null ? `you chose “${option.label}”` : STATE_WORDS[option.state];
        optionsList.append(
          element("li", { className: `route-option-item ${option.state}`, text: `Branch ${index + 1}: ${words}` }),
        );
      });
      decisions.append(
        element("li", {
          className: `route-decision-item ${decision.state}`,
          attributes: { id: decisionKey(row, decision.number), tabindex: "-1" },
          children: [
            element("span", { text: `Decision ${decision.number} (${STATE_WORDS[decision.state]})` }),
            optionsList,
          ],
        }),
      );
    }
    container.append(decisions);
  });
  return container;
}
