import type { CampaignId } from "../content/campaignCatalog";
import type { CampaignManifest } from "../engine/campaign";
import { applyCampaignStyle } from "./campaignStyle";
import { button, element, uniqueId } from "./dom";

/** The first screen: a campaign to begin, Continue (when an autosave exists), Load, Import save, Settings. */
export interface TitleHooks {
  onCampaign(campaign: CampaignId): void;
  onContinue(): void;
  onLoad(): void;
  onImport(): void;
  onSettings(): void;
  onEndings(opener: HTMLElement): void;
  onChapters(opener: HTMLElement): void;
}

export interface TitleScreen {
  element: HTMLElement;
  /** Show Continue with what it resumes, or hide it (null). */
  setContinue(description: string | null): void;
  /** "1 of 4 endings found", per campaign id. */
  setEndingsCounts(counts: Readonly<Record<string, string>>): void;
  focusFirst(): void;
}

export function createTitleScreen(
  campaigns: readonly { id: CampaignId; manifest: CampaignManifest }[],
  hooks: TitleHooks,
): TitleScreen {
  const endingsCounts = new Map<string, HTMLElement>();
  const campaignButtons = campaigns.map(({ id, manifest }) => {
    const count = element("span", { className: "campaign-endings" });
    endingsCounts.set(id, count);
    const protagonist = manifest.characters.find((character) => character.id === manifest.protagonist);
    const node = button("", () => hooks.onCampaign(id), {
      className: "campaign",
      // Named by its visible text (axe: label-content-name-mismatch); hidden separators keep the parts apart.
      children: [
        element("span", { className: "campaign-title", text: manifest.title }),
        element("span", { className: "visually-hidden", text: " — " }),
        element("span", { className: "campaign-subtitle", text: manifest.subtitle }),
        protagonist ? element("span", { className: "visually-hidden", text: ". " }) : null,
        protagonist
          ? element("span", { className: "campaign-role", text: `You are ${protagonist.name}, ${protagonist.role}` })
          : null,
        element("span", { className: "visually-hidden", text: ". " }),
        count,
      ],
    });
    applyCampaignStyle(node, manifest);
    return node;
  });

  const continueDetailId = uniqueId("continue-detail");
  const continueDetail = element("span", { className: "continue-detail", attributes: { id: continueDetailId } });
  const continueButton = button("Continue", () => hooks.onContinue(), {
    className: "primary continue",
    attributes: { "aria-describedby": continueDetailId },
  });
  const continueGroup = element("div", { className: "continue-group", children: [continueButton, continueDetail] });
  continueGroup.hidden = true;

  const screen = element("section", {
    className: "title-screen",
    attributes: { "aria-labelledby": "game-title" },
    children: [
      element("h1", { text: "Dreamers of 2145", attributes: { id: "game-title" } }),
      element("p", {
        className: "tagline",
        text: "Two festivals of shared dreaming. Will you dream together, or alone?",
      }),
      continueGroup,
      element("div", { className: "campaigns", children: campaignButtons }),
      element("div", {
        className: "title-actions",
        children: [
          button("Endings", (event) => hooks.onEndings(event.currentTarget as HTMLElement)),
          button("Chapters", (event) => hooks.onChapters(event.currentTarget as HTMLElement)),
          button("Load", () => hooks.onLoad()),
          button("Import save", () => hooks.onImport()),
          button("Settings", () => hooks.onSettings()),
        ],
      }),
    ],
  });

  return {
    element: screen,
    setContinue(description) {
      continueGroup.hidden = description === null;
      continueDetail.textContent = description ?? "";
    },
    setEndingsCounts(counts) {
      for (const [id, node] of endingsCounts) node.textContent = counts[id] ?? "";
    },
    focusFirst() {
      (continueGroup.hidden ? campaignButtons[0] : continueButton)?.focus();
    },
  };
}
