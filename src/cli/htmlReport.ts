import type { ChoicePointReport } from "../engine/analyzer";
import type { ContractReport } from "../engine/contracts";
import type { StanceReach } from "../engine/stanceReach";
import type { AnalyzeFile } from "./analyze";
import type { ExploreFile } from "./exploreFiles";
import { coverageSummary } from "./lcov";
import { ANALYZE_LEGEND } from "./legend";

/**
 * analyze --html and explore --html: one self-contained page (inline CSS and SVG, nothing
 * fetched), so a CI artifact opens anywhere, offline, as it was written.
 */

const escapeHtml = (text: string | number) =>
  String(text).replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** A colour per outcome, the same for the same name on every chart of the page. */
const PALETTE = ["#3b6ea8", "#c2553a", "#4f9a5b", "#8e5ba8", "#c9962b", "#2f9a9a", "#a8436e", "#6b6b6b"];
function colourer(outcomes: readonly string[]) {
  const order = [...new Set(outcomes)].sort();
  return (outcome: string) => PALETTE[Math.max(0, order.indexOf(outcome)) % PALETTE.length] ?? "#6b6b6b";
}

/** Labelled horizontal bars, one a row: a share of the whole, with its count. */
function barChart(
  rows: { label: string; value: number; total: number; colour: string; note?: string }[],
  title: string,
): string {
  const rowHeight = 24;
  const labelWidth = 260;
  const barWidth = 360;
  const height = rows.length * rowHeight + 8;
  const bars = rows
    .map((row, index) => {
      const share = row.total > 0 ? row.value / row.total : 0;
      const y = index * rowHeight + 4;
      return `<g><text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(row.label)}</text><rect x="${labelWidth}" y="${y + 3}" width="${barWidth}" height="16" fill="#eee"/><rect x="${labelWidth}" y="${y + 3}" width="${(share * barWidth).toFixed(1)}" height="16" fill="${row.colour}"/><text x="${labelWidth + barWidth + 8}" y="${y + 15}">${escapeHtml(row.note ?? `${percent(share)} (${row.value} of ${row.total})`)}</text></g>`;
    })
    .join("");
  return `<svg role="img" aria-label="${escapeHtml(title)}" width="${labelWidth + barWidth + 160}" height="${height}" viewBox="0 0 ${labelWidth + barWidth + 160} ${height}">${bars}</svg>`;
}

/** One bar split by outcome: where the runs that took an option ended. */
function stackedBar(outcomes: Record<string, number>, colour: (outcome: string) => string, width = 240): string {
  const total = Object.values(outcomes).reduce((sum, count) => sum + count, 0);
  let x = 0;
  const parts = Object.entries(outcomes)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([outcome, count]) => {
      const part = total > 0 ? (count / total) * width : 0;
      const rect = `<rect x="${x.toFixed(1)}" y="0" width="${part.toFixed(1)}" height="14" fill="${colour(outcome)}"><title>${escapeHtml(`${outcome}: ${count} of ${total}`)}</title></rect>`;
      x += part;
      return rect;
    })
    .join("");
  const label = Object.entries(outcomes)
    .map(([outcome, count]) => `${outcome} ${percent(count / Math.max(1, total))}`)
    .join(", ");
  return `<svg role="img" aria-label="${escapeHtml(label || "no runs")}" width="${width}" height="14"><rect width="${width}" height="14" fill="#eee"/>${parts}</svg>`;
}

/** A stance range on the -100 (unity) .. 100 (individuality) axis: min to max, a tick at the median. */
function stanceRange(stance: { min: number; median: number; max: number }, width = 300): string {
  const x = (value: number) => (((Math.max(-100, Math.min(100, value)) + 100) / 200) * width).toFixed(1);
  return `<svg role="img" aria-label="${escapeHtml(`min ${stance.min}, median ${stance.median}, max ${stance.max}`)}" width="${width}" height="18"><line x1="0" y1="9" x2="${width}" y2="9" stroke="#ccc"/><line x1="${width / 2}" y1="2" x2="${width / 2}" y2="16" stroke="#999"/><rect x="${x(stance.min)}" y="4" width="${Math.max(1, Number(x(stance.max)) - Number(x(stance.min))).toFixed(1)}" height="10" fill="#3b6ea8" opacity="0.6"/><rect x="${Number(x(stance.median)) - 1}" y="1" width="3" height="16" fill="#1b2f4a"/></svg>`;
}

function legendSection(entries: readonly { term: string; meaning: string }[]): string {
  return `<section id="legend"><h2>What the words mean</h2><dl>${entries
    .map((entry) => `<dt>${escapeHtml(entry.term)}</dt><dd>${escapeHtml(entry.meaning)}</dd>`)
    .join("")}</dl></section>`;
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d1d1f}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.5rem 0}td,th{padding:.25rem .6rem;text-align:left;vertical-align:top;border-bottom:1px solid #eee}
svg text{font:13px system-ui,sans-serif;fill:#1d1d1f}code{font-size:.85em;word-break:break-all}td>code:first-child{white-space:nowrap;word-break:normal}
.key span{display:inline-block;margin-right:1rem}.key i{display:inline-block;width:.9em;height:.9em;margin-right:.3em;vertical-align:-.1em}
.deciding{color:#a33}.shaping{color:#8a5a00}.decorative{color:#666}dt{font-weight:600;margin-top:.4rem}
.meta{color:#555}.warning{color:#8a5a00}.error{color:#a33}
</style></head><body>
${body}
</body></html>
`;
}

function outcomeSection(
  outcomes: Record<string, number>,
  declared: readonly string[],
  runs: number,
  colour: (o: string) => string,
) {
  const names = [...new Set([...Object.keys(outcomes), ...declared])];
  const rows = names
    .map((outcome) => ({ label: outcome, value: outcomes[outcome] ?? 0, total: runs, colour: colour(outcome) }))
    .sort((a, b) => b.value - a.value);
  const never = names.filter((outcome) => !outcomes[outcome]);
  return `<section id="outcomes"><h2>Outcome shares</h2>${barChart(rows, "outcome shares")}${
    never.length ? `<p class="warning">Never reached: ${never.map(escapeHtml).join(", ")}</p>` : ""
  }</section>`;
}

/** Final stances on the -100 (unity) .. 100 (individuality) axis: min to max, p10 to p90 as a box, a tick at the median. */
function stanceBox(stance: StanceReach, width = 300): string {
  const x = (value: number) => ((Math.max(-100, Math.min(100, value)) + 100) / 200) * width;
  const label = `min ${stance.min}, p10 ${stance.p10}, median ${stance.median}, p90 ${stance.p90}, max ${stance.max}`;
  return `<svg role="img" aria-label="${escapeHtml(label)}" width="${width}" height="18"><line x1="0" y1="9" x2="${width}" y2="9" stroke="#ccc"/><line x1="${width / 2}" y1="2" x2="${width / 2}" y2="16" stroke="#999"/><line x1="${x(stance.min).toFixed(1)}" y1="9" x2="${x(stance.max).toFixed(1)}" y2="9" stroke="#3b6ea8" stroke-width="2"/><rect x="${x(stance.p10).toFixed(1)}" y="4" width="${Math.max(1, x(stance.p90) - x(stance.p10)).toFixed(1)}" height="10" fill="#3b6ea8" opacity="0.6"/><rect x="${(x(stance.median) - 1).toFixed(1)}" y="1" width="3" height="16" fill="#1b2f4a"/></svg>`;
}

function stanceReachSection(reach: Record<string, StanceReach>): string {
  return `<section id="stance-reach"><h2>Each lead's stance reach</h2><p>Each character's final stance over the finished runs: the line runs from the lowest to the highest, the box from the 10th to the 90th percentile, the dark tick is the median; the axis runs from -100 (unity) to 100 (individuality).</p><table><tr><th>lead</th><th>min</th><th>p10</th><th>median</th><th>p90</th><th>max</th><th>below 0</th><th></th></tr>${Object.entries(
    reach,
  )
    .map(
      ([id, stance]) =>
        `<tr><td>${escapeHtml(id)}</td><td>${stance.min}</td><td>${stance.p10}</td><td>${stance.median}</td><td>${stance.p90}</td><td>${stance.max}</td><td>${percent(stance.belowZero)}</td><td>${stanceBox(stance)}</td></tr>`,
    )
    .join("")}</table></section>`;
}

function contractsSection(contracts: ContractReport, story: string): string {
  return `<section id="contracts"><h2>Contracts</h2><p>${contracts.lines} <code># needs:</code> lines, checked ${contracts.checked} times, <span class="${contracts.violations.length ? "error" : ""}">${contracts.violations.length} broken</span>.</p><ul>${contracts.violations
    .map(
      (violation) =>
        `<li class="error"><code>${escapeHtml(violation.location)}</code> needs ${escapeHtml(violation.condition)} (${violation.count} times)<br><code>npm run play -- ${escapeHtml(story)} --seed ${violation.seed} --choices ${violation.choices.join(",")}</code></li>`,
    )
    .join("")}</ul></section>`;
}

/** Which colour is which outcome, for the bars split by outcome. */
function outcomeKey(points: readonly ChoicePointReport[], colour: (outcome: string) => string): string {
  const outcomes = [
    ...new Set(points.flatMap((point) => point.options.flatMap((option) => Object.keys(option.outcomes)))),
  ].sort();
  return `<p class="key">${outcomes.map((outcome) => `<span><i style="background:${colour(outcome)}"></i>${escapeHtml(outcome)}</span>`).join("")}</p>`;
}

function choicePointRows(points: readonly ChoicePointReport[], colour: (outcome: string) => string): string {
  return `${outcomeKey(points, colour)}<table><tr><th>where</th><th>impact</th><th>options: where their runs ended</th></tr>${points
    .map(
      (point) =>
        `<tr><td><code>${escapeHtml(point.location)}</code><br>${escapeHtml(point.knot)}</td><td class="${point.verdict}">${percent(point.impact)}<br>${point.verdict}<br><small>${point.runs} runs, ${point.swaps} swaps</small></td><td><table>${point.options
          .map(
            (option) =>
              `<tr><td>${option.forced ? "<strong>forced</strong> " : ""}${escapeHtml(option.text)} <small>(${option.runs})</small></td><td>${stackedBar(option.outcomes, colour)}</td></tr>`,
          )
          .join("")}</table></td></tr>`,
    )
    .join("")}</table>`;
}

function decidedSection(decided: AnalyzeFile["decidedAt"]): string {
  const open =
    decided.openAtClimax !== null && decided.reachedClimax !== null
      ? `<p>Still open at the climax: ${percent(decided.openAtClimax)} of runs (${percent(decided.reachedClimax)} reached it).</p>`
      : "";
  return `<section id="decided-at"><h2>When the ending is decided</h2><p>The act of each run's last choice point whose swap changed its outcome.</p>${barChart(
    Object.entries(decided.byAct).map(([act, share]) => ({
      label: act === "none" ? "no swap changed it" : `act ${act}`,
      value: share,
      total: 1,
      colour: "#8e5ba8",
      note: percent(share),
    })),
    "when the ending is decided",
  )}${open}</section>`;
}

export function analyzeHtml(report: AnalyzeFile): string {
  const colour = colourer([...Object.keys(report.outcomes), ...report.declaredOutcomes]);
  const finished = report.runs - report.errors;
  const parts: string[] = [
    `<h1>analyze: ${escapeHtml(report.story)}</h1><p class="meta">${report.runs} runs, seed ${report.seed}, story build <code>${escapeHtml(report.storyHash)}</code>${report.errors ? `, <span class="error">${report.errors} runs ended in an error</span>` : ""}</p>`,
    outcomeSection(report.outcomes, report.declaredOutcomes, finished, colour),
  ];

  if (report.stanceReach && Object.keys(report.stanceReach).length > 0)
    parts.push(stanceReachSection(report.stanceReach));
  else if (report.ruleReach) {
    const reach = report.ruleReach;
    parts.push(
      `<section id="stance-reach"><h2>Each lead's stance reach</h2><p>Where each stance stood when the story asked for its outcome (${reach.calls} calls): the bar runs from the lowest to the highest, the dark tick is the median; the axis runs from -100 (unity) to 100 (individuality).</p><table><tr><th>lead</th><th>min</th><th>median</th><th>max</th><th></th></tr>${Object.entries(
        reach.stances,
      )
        .map(
          ([id, stance]) =>
            `<tr><td>${escapeHtml(id)}</td><td>${stance.min}</td><td>${stance.median}</td><td>${stance.max}</td><td>${stanceRange(stance)}</td></tr>`,
        )
        .join("")}</table></section>`,
    );
  }

  parts.push(
    `<section id="choice-points"><h2>Choice points by impact</h2>${choicePointRows(report.choicePoints, colour)}</section>`,
  );

  if (report.climax.length > 0)
    parts.push(
      `<section id="climax"><h2>The climax</h2><p>The choice points inside the knots and stitches campaign.json names as its climax, in story order.</p>${choicePointRows(report.climax, colour)}</section>`,
    );
  parts.push(decidedSection(report.decidedAt), contractsSection(report.contracts, report.story));

  if (report.ruleReach) {
    const reach = report.ruleReach;
    parts.push(
      `<section id="rule-reach"><h2>Rule reach</h2><p>How often each condition of the outcome rule held, of the ${reach.calls} times the story asked.</p>${barChart(
        reach.conditions.map((condition) => ({
          label: `${condition.name} → ${condition.outcome}`,
          value: condition.held,
          total: reach.calls,
          colour: colour(condition.outcome),
        })),
        "rule conditions held",
      )}</section>`,
    );
  }

  parts.push(
    `<section id="routes"><h2>Shortest routes found</h2><table><tr><th>outcome</th><th>choices</th><th>replay</th></tr>${Object.entries(
      report.routes,
    )
      .map(
        ([outcome, route]) =>
          `<tr><td>${escapeHtml(outcome)}</td><td>${route.choices.length}</td><td><code>npm run play -- ${escapeHtml(report.story)} --seed ${route.seed} --choices ${route.choices.join(",")}</code></td></tr>`,
      )
      .join("")}${report.declaredOutcomes
      .filter((outcome) => !report.routes[outcome])
      .map(
        (outcome) => `<tr><td>${escapeHtml(outcome)}</td><td colspan="2" class="warning">no run reached it</td></tr>`,
      )
      .join("")}</table></section>`,
    `<section id="warnings"><h2>${report.warnings.length} warnings</h2><ul>${report.warnings
      .map((warning) => `<li class="warning">${escapeHtml(warning)}</li>`)
      .join("")}</ul></section>`,
    legendSection(ANALYZE_LEGEND),
  );
  return page(`analyze: ${report.story}`, parts.join("\n"));
}

const EXPLORE_LEGEND = [
  { term: "run", meaning: "one playthrough taking seeded random choices from the start to an end" },
  { term: "knot reached", meaning: "a knot or stitch at least one run visited" },
  { term: "choice offered", meaning: "a choice at least one run was shown" },
  {
    term: "ink line executed",
    meaning:
      "a line of ink source whose content at least one run ran; lines with no content (comments, blanks) are not counted",
  },
];

export function exploreHtml(report: ExploreFile): string {
  const colour = colourer([...Object.keys(report.outcomes), ...report.declaredOutcomes]);
  const finished = report.runs - report.errors.reduce((sum, error) => sum + error.count, 0);
  const coverage = report.coverage ? coverageSummary(report.coverage) : [];
  const unreached = (title: string, places: { location: string; knot: string }[]) =>
    places.length
      ? `<p>${escapeHtml(title)}:</p><ul>${places.map((place) => `<li><code>${escapeHtml(place.location)}</code> (${escapeHtml(place.knot)})</li>`).join("")}</ul>`
      : "";
  const parts = [
    `<h1>explore: ${escapeHtml(report.story)}</h1><p class="meta">${report.runs} runs${report.shard ? ` (shard ${escapeHtml(report.shard.slice)})` : ""}, seed ${report.seed}, story build <code>${escapeHtml(report.storyHash)}</code>; choices per run: min ${report.turns.min}, mean ${report.turns.mean}, max ${report.turns.max}</p>`,
    outcomeSection(report.outcomes, report.declaredOutcomes, finished, colour),
    `<section id="coverage"><h2>Coverage</h2>${barChart(
      [
        { label: "knots reached", value: report.knots.reached, total: report.knots.total, colour: "#3b6ea8" },
        { label: "choices offered", value: report.choices.reached, total: report.choices.total, colour: "#3b6ea8" },
        ...coverage.map((file) => ({
          label: `ink lines: ${file.file.split("/").slice(-2).join("/")}`,
          value: file.hit,
          total: file.lines,
          colour: "#4f9a5b",
        })),
      ],
      "coverage",
    )}${unreached("Never reached", report.knots.unreached)}${unreached("Never offered", report.choices.unreached)}</section>`,
    Object.keys(report.stanceReach).length > 0 ? stanceReachSection(report.stanceReach) : "",
    contractsSection(report.contracts, report.story),
    `<section id="errors"><h2>${report.errors.length} errors</h2><ul>${report.errors
      .map(
        (error) =>
          `<li class="error">${escapeHtml(error.message)} (${error.count} runs)<br><code>npm run play -- ${escapeHtml(report.story)} --seed ${error.seed} --choices ${error.path.join(",")}</code></li>`,
      )
      .join("")}</ul></section>`,
    legendSection(EXPLORE_LEGEND),
  ];
  return page(`explore: ${report.story}`, parts.join("\n"));
}
