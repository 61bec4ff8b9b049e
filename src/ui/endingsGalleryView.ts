import type { CampaignManifest } from "../engine/campaign";
import { nudgesOf, type ReachedEnding } from "../engine/replay/endingsGallery";
import { applyCampaignStyle } from "./campaignStyle";
import { button, element } from "./dom";
import { endingSilhouette } from "./endingSilhouette";
import { localTime } from "./formatting";
import { createStanceChart } from "./stanceChart";

/**
 * The endings gallery: per campaign, every outcome its manifest lists. A reached one shows its
 * title, when, and the stance chart of the run that reached it, and can be replayed (its staging
 * and report); an unreached one is a silhouette of its own (endingSilhouette.ts) with the writers'
 * hint, never its name.
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
      list.append(ending ? reachedCard(manifest, outcome, ending, replay) : silhouetteCard(outcome, manifest));
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

function silhouetteCard(outcome: CampaignManifest["outcomes"][number], manifest: CampaignManifest): HTMLElement {
  return element("li", {
    className: "ending unreached",
    children: [
      endingSilhouette(outcome, manifest.palette),
      element("h4", { text: "Not yet reached" }),
      element("p", { className: "ending-hint", text: outcome.hint ?? "A road you have not taken yet." }),
    ],
  });
}
