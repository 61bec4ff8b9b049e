import { romanNumeral } from "../engine/romanNumeral";

/** Words and numbers as the player reads them: pure, so they are tested without a browser. */

/** Within this distance of 0 a stance reads as balanced. */
const BALANCED_WITHIN = 10;

export function leaning(value: number): string {
  if (Math.abs(value) < BALANCED_WITHIN) return "balanced";
  return value < 0 ? "leans to unity" : "leans to individuality";
}

export function stanceValueText(name: string, value: number): string {
  return `${name}: ${Math.round(value)}, ${leaning(value)}`;
}

/** "+8", "-5": how far a nudge moved a stance, rounded as the meter shows it. */
export function signedChange(before: number, after: number): string {
  const change = Math.round(after) - Math.round(before);
  if (change === 0) return after > before ? "+<1" : after < before ? "-<1" : "0";
  return change > 0 ? `+${change}` : `${change}`;
}

export { romanNumeral };

/** "Act II — The Transceiver hall", or "Act II" when the scene is unknown. */
export function chapterTitle(act: number, scene: string | null): string {
  return scene ? `Act ${romanNumeral(act)} — ${scene}` : `Act ${romanNumeral(act)}`;
}

/** "3 Jun, 14:32" in the player's own locale and time zone. */
export function localTime(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "an unknown time";
  return date.toLocaleString(locale, { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
}

/** "Neo-Lumen, Act II, The Transceiver hall, 3 Jun, 14:32": what a save slot shows. */
export function describeSavePlace(parts: {
  campaignTitle: string;
  act: number | null;
  sceneName: string | null;
  savedAt: string;
}): string {
  return [
    parts.campaignTitle,
    parts.act === null ? null : `Act ${romanNumeral(parts.act)}`,
    parts.sceneName,
    localTime(parts.savedAt),
  ]
    .filter((part): part is string => part !== null && part !== "")
    .join(", ");
}

export function firstName(fullName: string): string {
  const words = fullName.split(/\s+/).filter((word) => !/\.$/.test(word));
  return words[0] ?? fullName;
}
