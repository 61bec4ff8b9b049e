import type { CampaignManifest } from "../engine/campaign";
import type { DecisionValue } from "../engine/outcome";
import type { ShownInput } from "../engine/ruleInputs";
import { axisPosition, gaugeValues, type RuleGauge, readingText, ruleGauges } from "../engine/ruleReadout";
import type { NudgeRecord } from "../engine/stances";
import type { StageStoreApi } from "../stage/stageStore";
import { markCharacter } from "./campaignStyle";
import { element, uniqueId } from "./dom";
import { firstName, leaning, signedChange, stanceValueText } from "./formatting";

/**
 * Each character on the unity–individuality axis as a focusable meter, following the stage's
 * stances. Why it last moved (the choice and how far) shows on hover and focus, and for a few
 * seconds right after a step moves it; after a restore or rewind the reasons come back quietly.
 */
export interface StancePanel {
  element: HTMLElement;
  /** Stop following the stage. */
  dispose(): void;
}

const REASON_SHOWN_MS = 4000;

interface Meter {
  node: HTMLElement;
  name: string;
  value: HTMLElement;
  /** "+8" beside the value for a moment after a move. */
  change: HTMLElement;
  reason: HTMLElement;
  /** The declared inputs marked on this meter ("Liora's trust in you: 2"). */
  mark: HTMLElement;
  hideTimer: ReturnType<typeof setTimeout> | null;
}

/** A number the ending rule reads beside the stances (the cast's mean, a measure): a meter like theirs. */
interface GaugeRow {
  gauge: RuleGauge;
  node: HTMLElement;
  value: HTMLElement;
}

function gaugeRow(gauge: RuleGauge): GaugeRow {
  const aboutId = uniqueId("gauge-about");
  const value = element("span", { className: "stance-value", attributes: { "aria-hidden": "true" } });
  const node = element("div", {
    className: "stance rule-gauge",
    attributes: {
      role: "meter",
      tabindex: "0",
      "aria-label": gauge.label,
      "aria-valuemin": String(gauge.min),
      "aria-valuemax": String(gauge.max),
      "aria-describedby": aboutId,
    },
    children: [
      element("span", {
        className: "stance-name",
        attributes: { "aria-hidden": "true" },
        children: [
          element("span", { className: "name-full", text: gauge.label }),
          element("span", { className: "name-short", text: gauge.short }),
        ],
      }),
      element("span", { className: "stance-numbers", children: [value] }),
      element("span", {
        className: "stance-axis",
        attributes: { "aria-hidden": "true" },
        children: [element("span", { className: "stance-centre" }), element("span", { className: "stance-marker" })],
      }),
      element("span", { className: "stance-reason", text: gauge.about, attributes: { id: aboutId } }),
    ],
  });
  return { gauge, node, value };
}

/** A gauge's value on its row: the number as the meters round it, its marker on the same axis. */
function showGauge(row: GaugeRow, raw: DecisionValue | undefined): void {
  const { gauge, node, value } = row;
  const number = typeof raw === "number" && Number.isFinite(raw) ? raw : null;
  const clamped = number === null ? gauge.min : Math.min(gauge.max, Math.max(gauge.min, number));
  const text = readingText(raw);
  node.setAttribute("aria-valuenow", String(Math.round(clamped)));
  node.setAttribute(
    "aria-valuetext",
    number !== null && gauge.min < 0 ? `${gauge.label}: ${text}, ${leaning(number)}` : `${gauge.label}: ${text}`,
  );
  node.style.setProperty("--stance", String(axisPosition(gauge, raw)));
  value.textContent = text;
}

export function createStancePanel(manifest: CampaignManifest, stage: StageStoreApi): StancePanel {
  const meters = new Map<string, Meter>();
  const list = element("div", { className: "stance-list" });
  manifest.characters.forEach((character, index) => {
    const reasonId = uniqueId("stance-reason");
    const value = element("span", { className: "stance-value", attributes: { "aria-hidden": "true" } });
    const change = element("span", { className: "stance-change", attributes: { "aria-hidden": "true" } });
    const reason = element("span", { className: "stance-reason", attributes: { id: reasonId } });
    const markId = uniqueId("stance-input");
    const mark = element("span", { className: "stance-input", attributes: { id: markId } });
    mark.hidden = true;
    const node = element("div", {
      className: `stance character-${index}`,
      attributes: {
        role: "meter",
        tabindex: "0",
        "aria-label": character.name,
        "aria-valuemin": "-100",
        "aria-valuemax": "100",
        "aria-describedby": `${reasonId} ${markId}`,
      },
      children: [
        element("span", {
          className: "stance-name",
          attributes: { "aria-hidden": "true" },
          children: [
            element("span", { className: "name-full", text: character.name }),
            element("span", { className: "name-short", text: firstName(character.name) }),
          ],
        }),
        element("span", { className: "stance-numbers", children: [change, value] }),
        element("span", {
          className: "stance-axis",
          attributes: { "aria-hidden": "true" },
          children: [element("span", { className: "stance-centre" }), element("span", { className: "stance-marker" })],
        }),
        mark,
        reason,
      ],
    });
    markCharacter(node, index);
    meters.set(character.id, { node, name: character.name, value, change, reason, mark, hideTimer: null });
    list.append(node);
  });

  // What the ending rule reads of them all together (the mean, its measures), under the cast.
  const gauges = ruleGauges(manifest).map(gaugeRow);
  const gaugeList =
    gauges.length > 0
      ? element("div", { className: "stance-list rule-gauges", children: gauges.map((row) => row.node) })
      : null;
  const showGauges = ([stances, decisions]: readonly [
    Readonly<Record<string, number>>,
    Readonly<Record<string, DecisionValue>>,
  ]) => {
    const values = gaugeValues(manifest, { stances, decisions });
    gauges.forEach((row, index) => {
      showGauge(row, values[index]?.value);
    });
  };

  // After a choice, the choice that moved the stances shows once under them (the same text is in
  // each moved meter's description, which is what assistive technology reads).
  const caption = element("p", { className: "stance-caption", attributes: { "aria-hidden": "true" } });
  let captionTimer: ReturnType<typeof setTimeout> | null = null;
  const showCaption = (text: string) => {
    caption.textContent = text;
    caption.classList.add("showing");
    if (captionTimer) clearTimeout(captionTimer);
    captionTimer = setTimeout(() => caption.classList.remove("showing"), REASON_SHOWN_MS);
  };

  // What the rule reads that is not a stance: a line each, once a shown line has set it.
  const ledger = element("ul", { className: "stance-ledger", attributes: { "aria-label": "Ledger" } });
  ledger.hidden = true;
  let shownText = "";
  const showInputs = (shown: readonly ShownInput[]) => {
    const text = shown.map((input) => input.line).join("\n");
    if (text === shownText) return;
    shownText = text;
    for (const [id, meter] of meters) {
      const marks = shown.filter((input) => input.shown === "meter" && input.character === id);
      meter.mark.textContent = marks.map((input) => input.line).join("; ");
      meter.mark.hidden = marks.length === 0;
    }
    const lines = shown.filter((input) => input.shown === "ledger");
    ledger.replaceChildren(...lines.map((input) => element("li", { text: input.line })));
    ledger.hidden = lines.length === 0;
  };

  const panel = element("section", {
    className: "stance-panel",
    attributes: { "aria-label": "Stances" },
    children: [
      element("div", {
        className: "stance-poles",
        attributes: { "aria-hidden": "true" },
        children: [element("span", { text: "Unity" }), element("span", { text: "Individuality" })],
      }),
      list,
      gaugeList,
      ledger,
      caption,
    ],
  });

  const describe = (meter: Meter, record: NudgeRecord) => {
    const change = signedChange(record.before, record.after);
    meter.reason.textContent = record.choice ? `“${record.choice}” ${change}` : `${change}`;
  };

  const setStances = (stances: Readonly<Record<string, number>>) => {
    for (const [id, meter] of meters) {
      const raw = stances[id];
      if (raw === undefined) continue;
      const rounded = Math.round(raw);
      meter.node.setAttribute("aria-valuenow", String(rounded));
      meter.node.setAttribute("aria-valuetext", stanceValueText(meter.name, raw));
      meter.node.style.setProperty("--stance", String(raw));
      meter.value.textContent = String(rounded);
    }
  };
  const noteMove = (record: NudgeRecord) => {
    const meter = meters.get(record.character);
    if (!meter) return;
    describe(meter, record);
    meter.change.textContent = signedChange(record.before, record.after);
    if (record.choice) showCaption(`Moved by “${record.choice}”`);
    meter.node.classList.add("moved", record.after >= record.before ? "moved-individual" : "moved-unity");
    meter.node.classList.remove(record.after >= record.before ? "moved-unity" : "moved-individual");
    if (meter.hideTimer) clearTimeout(meter.hideTimer);
    meter.hideTimer = setTimeout(() => meter.node.classList.remove("moved"), REASON_SHOWN_MS);
  };
  const setLastMoves = (history: readonly NudgeRecord[]) => {
    const moves: Record<string, NudgeRecord> = {};
    for (const record of history) moves[record.character] = record;
    caption.classList.remove("showing");
    for (const [id, meter] of meters) {
      const record = moves[id];
      if (meter.hideTimer) clearTimeout(meter.hideTimer);
      meter.node.classList.remove("moved", "moved-unity", "moved-individual");
      if (record) describe(meter, record);
      else meter.reason.textContent = "Not moved yet";
    }
  };

  const unsubscribe = [
    stage.subscribe((state) => state.stances, setStances, { fireImmediately: true }),
    stage.subscribe(
      (state) => state.history,
      (history) => {
        const { moves } = stage.getState();
        if (moves.length > 0) for (const record of moves) noteMove(record);
        else setLastMoves(history);
      },
      { fireImmediately: true },
    ),
    // Any step, rewind or restore may set an input, with or without moving a stance.
    stage.subscribe((state) => state.inputs, showInputs, { fireImmediately: true }),
    ...(gauges.length > 0
      ? [
          stage.subscribe((state) => [state.stances, state.decisions] as const, showGauges, {
            fireImmediately: true,
            equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1],
          }),
        ]
      : []),
  ];
  return {
    element: panel,
    dispose() {
      for (const stop of unsubscribe) stop();
    },
  };
}
