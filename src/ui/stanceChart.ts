import type { NudgeRecord } from "../engine/stances";
import { markCharacter } from "./campaignStyle";
import { element, uniqueId } from "./dom";

/**
 * Each character's stance over the playthrough, drawn from the nudge history: x is the number of
 * choices made, y the stance (individuality up, unity down). Built with createElementNS; lines
 * differ by dash as well as colour so they stay apart without colour vision, and the same story
 * is told in words in the description.
 */
export interface ChartCharacter {
  id: string;
  name: string;
  start: number;
  final: number;
}

const SVG = "http://www.w3.org/2000/svg";
/** A phone gets a narrower drawing rather than a wide one shrunk to unreadable text. */
const SIZES = {
  wide: { width: 640, height: 280 },
  narrow: { width: 340, height: 260 },
};
const MARGIN = { left: 44, right: 14, top: 14, bottom: 30 };
export const DASHES = ["", "10 5", "3 5", "14 4 3 4"];

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number> = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The points of one line: the start, each turn's value after its nudges, and the end. */
export function stanceSeries(
  character: ChartCharacter,
  history: readonly NudgeRecord[],
  turns: number,
): { turn: number; value: number }[] {
  const points = [{ turn: 0, value: character.start }];
  for (const record of history) {
    if (record.character !== character.id) continue;
    const last = points[points.length - 1];
    if (last && last.turn === record.turn) last.value = record.after;
    else points.push({ turn: record.turn, value: record.after });
  }
  const last = points[points.length - 1];
  if (last && last.turn < turns) points.push({ turn: turns, value: last.value });
  return points;
}

export function createStanceChart(
  characters: readonly ChartCharacter[],
  history: readonly NudgeRecord[],
  turns: number,
  narrow = false,
): HTMLElement {
  const { width: WIDTH, height: HEIGHT } = narrow ? SIZES.narrow : SIZES.wide;
  const titleId = uniqueId("chart-title");
  const descriptionId = uniqueId("chart-description");
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const span = Math.max(turns, 1);
  const x = (turn: number) => MARGIN.left + (turn / span) * plotWidth;
  const y = (value: number) => MARGIN.top + ((100 - value) / 200) * plotHeight;

  const description = characters
    .map((character) => `${character.name} went from ${Math.round(character.start)} to ${Math.round(character.final)}`)
    .join(". ");
  const chart = svg("svg", {
    class: "stance-chart",
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: "img",
    "aria-labelledby": titleId,
    "aria-describedby": descriptionId,
    preserveAspectRatio: "xMidYMid meet",
  });
  chart.append(
    svg("title", { id: titleId }, "Stances over the playthrough"),
    svg(
      "desc",
      { id: descriptionId },
      `From unity (-100) to individuality (+100), over ${turns} choices. ${description}.`,
    ),
  );

  const grid = svg("g", { class: "chart-grid", "aria-hidden": "true" });
  for (const value of [100, 50, 0, -50, -100]) {
    grid.append(
      svg("line", {
        x1: MARGIN.left,
        x2: WIDTH - MARGIN.right,
        y1: y(value),
        y2: y(value),
        class: value === 0 ? "chart-axis" : "chart-rule",
      }),
      svg("text", { x: MARGIN.left - 8, y: y(value) + 4, "text-anchor": "end", class: "chart-tick" }, String(value)),
    );
  }
  grid.append(
    svg("text", { x: MARGIN.left + 6, y: y(100) + 14, class: "chart-pole individuality" }, "↑ Individuality"),
    svg("text", { x: MARGIN.left + 6, y: y(-100) - 6, class: "chart-pole unity" }, "↓ Unity"),
    svg("text", { x: MARGIN.left, y: HEIGHT - 8, class: "chart-tick" }, "Start"),
    svg(
      "text",
      { x: WIDTH - MARGIN.right, y: HEIGHT - 8, "text-anchor": "end", class: "chart-tick" },
      `${turns} choices`,
    ),
  );
  chart.append(grid);

  characters.forEach((character, index) => {
    const points = stanceSeries(character, history, turns);
    const line = markCharacter(
      svg("polyline", {
        class: `chart-line character-${index}`,
        points: points.map((point) => `${x(point.turn).toFixed(1)},${y(point.value).toFixed(1)}`).join(" "),
        fill: "none",
      }),
      index,
    );
    const dash = DASHES[index % DASHES.length];
    if (dash) line.setAttribute("stroke-dasharray", dash);
    const end = points[points.length - 1];
    chart.append(line);
    if (end)
      chart.append(
        markCharacter(
          svg("circle", { class: `chart-end character-${index}`, cx: x(end.turn), cy: y(end.value), r: 4 }),
          index,
        ),
      );
  });

  const legend = element("ul", { className: "chart-legend" });
  characters.forEach((character, index) => {
    const swatch = svg("svg", { viewBox: "0 0 36 10", width: 36, height: 10, "aria-hidden": "true" });
    const sample = markCharacter(
      svg("line", { x1: 0, x2: 36, y1: 5, y2: 5, class: `chart-line character-${index}` }),
      index,
    );
    const dash = DASHES[index % DASHES.length];
    if (dash) sample.setAttribute("stroke-dasharray", dash);
    swatch.append(sample);
    legend.append(element("li", { children: [swatch, element("span", { text: character.name })] }));
  });

  return element("figure", {
    className: "chart",
    children: [chart, element("figcaption", { children: [legend] })],
  });
}
