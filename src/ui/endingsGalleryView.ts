import type { CampaignManifest } from "../engine/campaign";
import { nudgesOf, type ReachedEnding } from "../engine/replay/endingsGallery";
import { applyCampaignStyle } from "./campaignStyle";
import { button, element } from "./dom";
import { localTime } from "./formatting";
import { createStanceChart } from "./stanceChart";

/**
 * The endings gallery: per campaign, every outcome its manifest lists. A reached one shows its
 * title, when, and the stance chart of the run that reached it, and can be replayed (its staging
 * and report); an unreached one is a silhouette with the writers' hint, never its name.
 */
export interface GalleryCampaign {
  manifest: CampaignManifest;
  reached: readonly ReachedEnding[];
}

export function endingsCount(manifest: CampaignManifest, reached: readonly ReachedEnding[]): string {
  const ids = new Set(reached.map((ending) => ending.outcome));
  const found = manifest.outcomes.filter((outcome) => ids.has(outcome.id)).length;
  return `${found} of ${manifest.outcomes.length} endings found`;
}

export function createEndingsGallery(
  campaigns: readonly GalleryCampaign[],
  replay: (ending: ReachedEnding, manifest: CampaignManifest) => void,
): HTMLElement {
  const region = element("section", { className: "endings-gallery", attributes: { "aria-label": "Endings" } });
  for (const { manifest, reached } of campaigns) {
    const list = element("ul", { className: "endings-list" });
    for (const outcome of manifest.outcomes) {
      const ending = reached.find((entry) => entry.outcome === outcome.id);
      list.append(ending ? reachedCard(manifest, outcome, ending, replay) : silhouetteCard(outcome.hint));
    }
    // Each campaign's part wears its palette: the charts' lines are its characters' colours.
    const part = element("div", {
      className: "endings-campaign",
      children: [element("h3", { text: `${manifest.title} — ${endingsCount(manifest, reached)}` }), list],
    });
    applyCampaignStyle(part, manifest);
    region.append(part);
  }
  return region;
}

function reachedCard(
  manifest: CampaignManifest,
  outcome: CampaignManifest["outcomes"][number],
  ending: ReachedEnding,
  replay: (ending: ReachedEnding, manifest: CampaignManifest) => void,
): HTMLElement {
  const characters = manifest.characters.map((character) => ({
    id: character.id,
    name: character.name,
    start: ending.startingStances[character.id] ?? character.start,
    final: ending.finalStances[character.id] ?? character.start,
  }));
  return element("li", {
    className: "ending reached",
    attributes: { "data-outcome": outcome.id },
    children: [
      element("h4", { text: outcome.title }),
      element("p", { className: "ending-date", text: `Reached ${localTime(ending.reachedAt)}` }),
      createStanceChart(characters, nudgesOf(ending.history), ending.turns, true),
      button(`Replay ${outcome.title}`, () => replay(ending, manifest), { className: "ending-replay" }),
    ],
  });
}

const SVG = "http://www.w3.org/2000/svg";
/** Towers, spires and domes against a faint glow: a city whose ending is still dark. */
const SKYLINE =
  "M0 80V60h10V44l4-10 4 10v36h6V52h12V30l5-14 5 14v50h6V56c0-8 16-8 16 0v24h8V36l3-18 3 18v44h7V48h14V62h6V26l5-12 5 12v54h8V50c0-9 18-9 18 0v30h6V40l4-12 4 12v40h10V58h10v22z";

function skyline(): SVGSVGElement {
  const drawing = document.createElementNS(SVG, "svg");
  drawing.setAttribute("viewBox", "0 0 200 80");
  drawing.setAttribute("preserveAspectRatio", "xMidYMax slice");
  drawing.setAttribute("class", "ending-silhouette");
  drawing.setAttribute("aria-hidden", "true");
  const towers = document.createElementNS(SVG, "path");
  towers.setAttribute("d", SKYLINE);
  drawing.append(towers);
  return drawing;
}

function silhouetteCard(hint: string | undefined): HTMLElement {
  return element("li", {
    className: "ending unreached",
    children: [
      skyline(),
      element("h4", { text: "Not yet reached" }),
      element("p", { className: "ending-hint", text: hint ?? "A road you have not taken yet." }),
    ],
  });
}
