import type { CampaignManifest } from "../engine/campaign";
import type { ChapterSnapshot } from "../engine/replay/chapterSnapshots";
import { button, element, uniqueId } from "./dom";
import { localTime } from "./formatting";

/**
 * Chapters: per campaign, one button per act the player has reached in any run, which starts that
 * act again from where they entered it (a normal game in its own autosave slot).
 */
export interface ChapterCampaign {
  manifest: CampaignManifest;
  chapters: readonly ChapterSnapshot[];
  /** "Act II — The Transceiver hall". */
  title(snapshot: ChapterSnapshot): string;
}

export function createChaptersView(
  campaigns: readonly ChapterCampaign[],
  start: (manifest: CampaignManifest, snapshot: ChapterSnapshot) => void,
): HTMLElement {
  const region = element("section", { className: "chapters", attributes: { "aria-label": "Chapters" } });
  for (const campaign of campaigns) {
    region.append(element("h3", { text: campaign.manifest.title }));
    if (campaign.chapters.length === 0) {
      region.append(element("p", { className: "chapters-empty", text: "Play this campaign to open its chapters." }));
      continue;
    }
    const list = element("ul", { className: "chapter-list" });
    for (const snapshot of campaign.chapters) {
      const detailId = uniqueId("chapter-detail");
      list.append(
        element("li", {
          children: [
            button(campaign.title(snapshot), () => start(campaign.manifest, snapshot), {
              className: "chapter-start",
              attributes: { "aria-describedby": detailId },
            }),
            element("span", {
              className: "chapter-detail",
              text: `Entered ${localTime(snapshot.enteredAt)}`,
              attributes: { id: detailId },
            }),
          ],
        }),
      );
    }
    region.append(list);
  }
  return region;
}
