import type { FestivalReportData } from "../stage/gameSession";
import { markCharacter } from "./campaignStyle";
import { button, element } from "./dom";
import { leaning } from "./formatting";
import { createStanceChart } from "./stanceChart";

/** The end of a playthrough: the outcome, where everyone stands, and how they got there. */
export interface FestivalReportHooks {
  playAgain(): void;
  /** Absent when the report is a replay from the endings gallery (there is no playthrough to copy). */
  copyLog?(): void;
  title(): void;
  /** Opens the route map; focus returns to the button that opened it. */
  routeMap?(opener: HTMLElement): void;
}

export function createFestivalReport(report: FestivalReportData, hooks: FestivalReportHooks): HTMLElement {
  const { manifest, outcome } = report;
  const characters = manifest.characters.map((character) => ({
    id: character.id,
    name: character.name,
    start: report.startingStances[character.id] ?? character.start,
    final: report.finalStances[character.id] ?? character.start,
  }));

  const heading = element("h2", {
    className: "report-outcome",
    text: outcome?.title ?? "The festival ends",
    attributes: { id: "festival-outcome", "data-outcome": outcome?.id ?? "" },
  });
  const inputs = report.inputs ?? [];
  const marksOf = (id: string) =>
    inputs.filter((input) => input.shown === "meter" && input.character === id).map((input) => input.line);
  const ledgerLines = inputs.filter((input) => input.shown === "ledger");
  const ledger =
    ledgerLines.length > 0
      ? element("ul", {
          className: "report-ledger",
          attributes: { "aria-label": "Ledger" },
          children: ledgerLines.map((input) => element("li", { text: input.line })),
        })
      : null;
  const stances = element("ul", { className: "final-stances" });
  characters.forEach((character, index) => {
    const bar = element("span", {
      className: "final-axis",
      attributes: { "aria-hidden": "true" },
      children: [element("span", { className: "stance-centre" }), element("span", { className: "stance-marker" })],
    });
    bar.style.setProperty("--stance", String(character.final));
    const item = markCharacter(
      element("li", {
        className: `final-stance character-${index}`,
        children: [
          element("span", { className: "final-name", text: character.name }),
          element("span", {
            className: "final-value",
            text: `${Math.round(character.final)}, ${leaning(character.final)} (began at ${Math.round(character.start)})`,
          }),
          ...marksOf(character.id).map((line) => element("span", { className: "final-input", text: line })),
          bar,
        ],
      }),
      index,
    );
    stances.append(item);
  });

  const playAgain = button("Play again", () => hooks.playAgain(), { className: "primary" });
  const region = element("section", {
    className: "festival-report",
    attributes: { "aria-label": "Festival report", "data-outcome": outcome?.id ?? "" },
    children: [
      element("p", { className: "report-kicker", text: `Festival report · ${manifest.title}, ${manifest.subtitle}` }),
      heading,
      outcome?.summary ? element("p", { className: "report-summary", text: outcome.summary }) : null,
      element("h3", { text: "Where everyone stands" }),
      stances,
      ledger ? element("h3", { text: "The ledger" }) : null,
      ledger,
      element("h3", { text: "How they moved" }),
      createStanceChart(characters, report.history, report.turns, window.matchMedia?.("(max-width: 719px)").matches),
      element("div", {
        className: "report-actions",
        children: [
          playAgain,
          hooks.routeMap ? button("Route map", (event) => hooks.routeMap?.(event.currentTarget as HTMLElement)) : null,
          hooks.copyLog ? button("Copy playthrough log", () => hooks.copyLog?.()) : null,
          button("Title", () => hooks.title()),
        ],
      }),
    ],
  });
  region.tabIndex = -1;
  return region;
}
