import { meanStance } from "../engine/outcome";
import { axisPosition, gaugeValues, readingText, whyThisEndingSteps } from "../engine/ruleReadout";
import type { FestivalReportData } from "../stage/gameSession";
import { markCharacter } from "./campaignStyle";
import { button, element, uniqueId } from "./dom";
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
  // What the rule read of them together, valued as in play. A replayed ending kept no decisions:
  // only what the stances alone give (the mean, the spread) is shown then.
  const decisions = report.decisions;
  const finalStances = Object.fromEntries(characters.map((character) => [character.id, character.final]));
  for (const { gauge, value } of gaugeValues(manifest, { stances: finalStances, decisions: decisions ?? {} })) {
    if (!decisions && gauge.name !== "mean" && gauge.name !== "spread") continue;
    const bar = element("span", {
      className: "final-axis",
      attributes: { "aria-hidden": "true" },
      children: [element("span", { className: "stance-centre" }), element("span", { className: "stance-marker" })],
    });
    bar.style.setProperty("--stance", String(axisPosition(gauge, value)));
    const began =
      gauge.name === "mean"
        ? ` (began at ${Math.round(meanStance(Object.fromEntries(characters.map((character) => [character.id, character.start]))))})`
        : "";
    const text =
      typeof value === "number" && gauge.min < 0
        ? `${readingText(value)}, ${leaning(value)}${began}`
        : readingText(value);
    stances.append(
      element("li", {
        className: "final-stance final-gauge",
        children: [
          element("span", { className: "final-name", text: gauge.label }),
          element("span", { className: "final-value", text }),
          bar,
        ],
      }),
    );
  }

  // Which clause of the rule named this ending, and what it read: the player can check it above.
  // An outcome the story kept (the night) is explained as the rule decided it then, one sentence a step.
  const steps = decisions ? whyThisEndingSteps(manifest, { stances: finalStances, decisions }, report.asked ?? []) : [];
  const whyId = uniqueId("report-why");
  const whySection =
    steps.length > 0
      ? element("div", {
          className: "report-why",
          attributes: { role: "group", "aria-labelledby": whyId },
          children: [
            element("h3", { text: "Why this ending", attributes: { id: whyId } }),
            ...steps.flatMap((step) => [
              element("p", {
                className: "report-why-sentence",
                text: step.lead ? `${step.lead}: ${step.sentence}` : step.sentence,
              }),
              step.read.length > 0
                ? element("ul", {
                    className: "report-why-read",
                    attributes: {
                      "aria-label": step.lead === "The night" ? "What the night's call read" : "What it read",
                    },
                    children: step.read.map((read) => element("li", { text: `${read.label}: ${read.text}` })),
                  })
                : null,
            ]),
          ],
        })
      : null;

  // The festival's picture is the reward, so the report opens as a caption under it (outcome,
  // summary, actions) and the stances and chart unfold on request, with the actions kept in view.
  const detailsId = uniqueId("report-details");
  const details = element("div", {
    className: "report-details",
    // It scrolls when the screen is short: focusable, so the keyboard can scroll it too.
    attributes: {
      id: detailsId,
      role: "group",
      "aria-label": "Where everyone stands and how they moved",
      tabindex: "0",
    },
    children: [
      element("div", {
        className: "report-stances",
        children: [
          element("h3", { text: "Where everyone stands" }),
          stances,
          ledger ? element("h3", { text: "The ledger" }) : null,
          ledger,
        ],
      }),
      element("div", {
        className: "report-chart",
        children: [
          element("h3", { text: "How they moved" }),
          createStanceChart(
            characters,
            report.history,
            report.turns,
            window.matchMedia?.("(max-width: 719px)").matches,
          ),
        ],
      }),
    ],
  });
  details.hidden = true;
  const toggle = button(
    "How everyone moved",
    () => {
      details.hidden = !details.hidden;
      toggle.setAttribute("aria-expanded", String(!details.hidden));
      region.classList.toggle("expanded", !details.hidden);
    },
    { className: "report-toggle", attributes: { "aria-expanded": "false", "aria-controls": detailsId } },
  );

  const playAgain = button("Play again", () => hooks.playAgain(), { className: "primary" });
  const region = element("section", {
    className: "festival-report",
    attributes: { "aria-label": "Festival report", "data-outcome": outcome?.id ?? "" },
    children: [
      element("p", { className: "report-kicker", text: `Festival report · ${manifest.title}, ${manifest.subtitle}` }),
      heading,
      outcome?.summary ? element("p", { className: "report-summary", text: outcome.summary }) : null,
      whySection,
      details,
      element("div", {
        className: "report-actions",
        children: [
          playAgain,
          toggle,
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
