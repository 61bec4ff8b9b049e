/**
 * Tag parsing: ink tags arrive as strings like "speaker: eliot". The vocabulary is fixed
 * (stories/README.md); the runner keeps unknown keys so `story:check` and tests can report them.
 */
export const TAG_KEYS = ["speaker", "scene", "mood", "sfx", "act"] as const;
export type TagKey = (typeof TAG_KEYS)[number];

export interface LineTags {
  speaker?: string;
  scene?: string;
  mood?: string;
  sfx?: string;
  act?: number;
  /** Tags outside the vocabulary, as written. */
  unknown: string[];
}

export function isTagKey(key: string): key is TagKey {
  return (TAG_KEYS as readonly string[]).includes(key);
}

export function splitTag(tag: string): { key: string; value: string } | null {
  const separator = tag.indexOf(":");
  if (separator < 0) return null;
  return { key: tag.slice(0, separator).trim(), value: tag.slice(separator + 1).trim() };
}

export function parseTags(tags: readonly string[] | null | undefined): LineTags {
  const parsed: LineTags = { unknown: [] };
  if (!tags) return parsed;
  for (const tag of tags) {
    const pair = splitTag(tag);
    if (!pair || !isTagKey(pair.key) || pair.value === "") {
      parsed.unknown.push(tag);
      continue;
    }
    if (pair.key === "act") {
      const act = Number(pair.value);
      if (Number.isInteger(act)) parsed.act = act;
      else parsed.unknown.push(tag);
    } else {
      parsed[pair.key] = pair.value;
    }
  }
  return parsed;
}
