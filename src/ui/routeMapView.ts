import { END_OF_STORY, type RouteMapModel, type RouteState } from "../engine/replay/routeMap";
import { element } from "./dom";
import { romanNumeral } from "./formatting";

/**
 * The route map of a night: one row per act, a node per decision point, under it a small node per
 * option (this run's route bright, earlier runs faint, never-taken branches locked) and a curve to
 * the decision each option leads to. The drawing is a picture for sighted players; the same
 * information follows as a nested list, one heading per act, for screen readers and keyboards.
 * Nothing here names a branch the player has not taken on this run.
 */
export interface RouteMapViewOptions {
  model: RouteMapModel;
  campaignTitle: string;
  /** Seen lines over written lines, 0..1. */
  completion: number;
}

const SVG = "http://www.w3.org/2000/svg";
const COLUMN = 64;
const ROW = 112;
const LEFT = 78;
const TOP = 26;
const OPTION_GAP = 14;
const OPTION_DROP = 30;
/** An act with more decisions than this goes on in another row under the first. */
const PER_ROW = 14;
const SUB_ROW = 70;

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
  const { model, campaignTitle, completion } = options;
  const percent = Math.round(completion * 100);
  const summary = `You have seen ${percent}% of ${campaignTitle}. This playthrough took ${model.counts.current} of its ${model.counts.options} branches; over all your playthroughs you have taken ${model.counts.everTaken}.`;
  return element("section", {
    className: "route-map",
    attributes: { "aria-label": "Route map" },
    children: [
      element("p", { className: "route-summary", text: summary }),
      routeLegend(),
      routeDrawing(model),
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

function routeDrawing(model: RouteMapModel): HTMLElement {
  const widest = Math.min(PER_ROW, Math.max(1, ...model.acts.map((act) => act.decisions.length)));
  const width = LEFT + widest * COLUMN + 16;
  // Each act's band is as tall as its rows of decisions.
  const tops: number[] = [];
  let height = TOP;
  for (const act of model.acts) {
    tops.push(height);
    height += ROW + (Math.ceil(Math.max(1, act.decisions.length) / PER_ROW) - 1) * SUB_ROW;
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
      const column = index % PER_ROW;
      const subRow = Math.floor(index / PER_ROW);
      where.set(decision.id, { x: LEFT + column * COLUMN + COLUMN / 2, y: (tops[row] ?? 0) + subRow * SUB_ROW + 18 });
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
  model.acts.forEach((act, row) => {
    const y = tops[row] ?? 0;
    drawing.append(svg("text", { class: "route-act", x: 8, y: y + 22 }, actHeading(act.act)));
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
    }
  });
  for (const kind of LAYERS) {
    const parts = marks.get(kind);
    if (parts) drawing.append(svg("path", { class: kind, d: parts.join("") }));
  }
  return element("div", { className: "route-drawing-frame", children: [drawing] });
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
  for (const act of model.acts) {
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
          children: [
            element("span", { text: `Decision ${decision.number} (${STATE_WORDS[decision.state]})` }),
            optionsList,
          ],
        }),
      );
    }
    container.append(decisions);
  }
  return container;
}
