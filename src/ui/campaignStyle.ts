import type { CampaignManifest } from "../engine/campaign";

/**
 * A campaign's colours as CSS custom properties, from its manifest: the palette (accent, title,
 * card glow) and each character's colour as `--character-<index>`, the colour their name, stance
 * marker and chart line share with their portrait. Set on <html> while a campaign plays, and on
 * each campaign's card on the title screen; `null` takes them off again.
 */
const PALETTE_PROPERTIES = [
  "--accent",
  "--accent-strong",
  "--accent-ink",
  "--campaign-title",
  "--glow-from",
  "--glow-to",
];

export function applyCampaignStyle(target: HTMLElement, manifest: CampaignManifest | null): void {
  for (const property of [...target.style]) {
    if (PALETTE_PROPERTIES.includes(property) || property.startsWith("--character-"))
      target.style.removeProperty(property);
  }
  if (!manifest) return;
  const { palette } = manifest;
  const values: [string, string][] = [
    ["--accent", palette.accent],
    ["--accent-strong", palette.accentStrong],
    ["--accent-ink", palette.accentInk],
    ["--campaign-title", palette.title],
    ["--glow-from", palette.glow[0]],
    ["--glow-to", palette.glow[1]],
    ...manifest.characters.map((character, index): [string, string] => [`--character-${index}`, character.colour]),
  ];
  for (const [property, value] of values) target.style.setProperty(property, value);
}

/**
 * Colours one element (a speaker's name, a stance meter, a chart line) as character `index` of the
 * playing campaign: its `--marker` reads that character's `--character-<index>`, so any number of
 * characters has its colour without a CSS rule per index.
 */
export function markCharacter<Target extends HTMLElement | SVGElement>(target: Target, index: number): Target {
  if (index >= 0) target.style.setProperty("--marker", `var(--character-${index})`);
  return target;
}
