import * as z from "zod/mini";
import type { CampaignManifest } from "./campaign.ts";
import { lintContract, type StoryNames } from "./contracts.ts";

/**
 * The tag vocabulary (stories/README.md), one entry per tag, as Calico's `Tags.add`: how its value
 * is read, how long it lasts, what `story:check` says about a value the campaign does not know, what
 * it does to the stage when its line is shown, and how the story panel presents its line.
 * Everything else derives from this list: the parsed tags of a line, the staging that sticky tags
 * build up, the stage the store folds from the shown steps, the save format's tag schema and the
 * lint. A new tag is one entry here (and its row in stories/README.md), plus a view that shows it
 * when it is something no view shows yet.
 *
 * Tags arrive from ink as strings like "speaker: eliot"; unknown ones are kept aside so
 * `story:check` and tests can report them.
 */
type TagDefinition<Value> = {
  /** The value's type; a written number is read as one. A value it refuses makes the tag unknown. */
  value: z.ZodMiniType<Value>;
  /**
   * What is wrong with a value in this campaign, or null; story:check reports it with file and line.
   * `story` is what the story declares (its variables, knots and stitches), for tags that name them.
   */
  lint?(value: Value, manifest: CampaignManifest, story: StoryNames): string | null;
  /** What its line does to the stage when shown (a sticky tag's staging is applied already). */
  stage?(value: Value, stage: Readonly<TagStage>): Partial<TagStage>;
  /** The story panel's silence before its line, in milliseconds. */
  silenceBefore?(value: Value): number;
} & (
  | /** Belongs to its line. */ { lasts: "line" }
  | {
      /** Holds until a tag changes it (part of `Staging`). */
      lasts: "staging";
      /**
       * Its value before any line sets it, and in a save made before the tag existed (or holding a
       * value this build refuses): a new staging tag never makes an old save unreadable.
       */
      default: Value | null;
    }
);

/**
 * The stage's facts that line tags set (beyond the staging), as the stage store holds them. A
 * sound is an event: its serial grows on every `# sfx:`, so the same sound twice plays twice.
 */
export interface TagStage {
  sfx: { id: string; serial: number } | null;
}

/** The stage before any line's tags. */
export const NO_TAG_STAGE: TagStage = { sfx: null };

const listOf = (ids: readonly string[]) => ids.join(", ");
const idIn =
  (what: string, listName: string, ids: (manifest: CampaignManifest) => string[]) =>
  (value: string, manifest: CampaignManifest) =>
    ids(manifest).includes(value) ? null : `unknown ${what} "${value}" (${listName}: ${listOf(ids(manifest))})`;

export const TAGS = {
  speaker: {
    value: z.string().check(z.minLength(1)),
    lasts: "line",
    lint: (value, manifest) =>
      [...manifest.characters.map((character) => character.id), ...manifest.extras].includes(value)
        ? null
        : `unknown speaker "${value}" (characters: ${listOf(manifest.characters.map((character) => character.id))}; extras are listed in campaign.json)`,
  } satisfies TagDefinition<string>,
  scene: {
    value: z.string().check(z.minLength(1)),
    lasts: "staging",
    default: null,
    lint: idIn("scene", "scenes", (manifest) => manifest.scenes.map((scene) => scene.id)),
  } satisfies TagDefinition<string>,
  mood: {
    value: z.string().check(z.minLength(1)),
    lasts: "staging",
    default: null,
    lint: idIn("mood", "moods", (manifest) => manifest.moods.map((mood) => mood.id)),
  } satisfies TagDefinition<string>,
  sfx: {
    value: z.string().check(z.minLength(1)),
    lasts: "line",
    lint: idIn("sfx", "sounds", (manifest) => manifest.sfx.map((sound) => sound.id)),
    stage: (value, stage) => ({ sfx: { id: value, serial: (stage.sfx?.serial ?? 0) + 1 } }),
  } satisfies TagDefinition<string>,
  act: {
    value: z.int(),
    lasts: "staging",
    default: null,
    lint: (value) => (value >= 1 && value <= 5 ? null : `act must be 1 to 5, not "${value}"`),
  } satisfies TagDefinition<number>,
  /** A beat of silence before the next line, in seconds; a key skips it. */
  pause: {
    value: z.number(),
    lasts: "line",
    lint: (value) =>
      value > 0 && value <= 10 ? null : `pause must be more than 0 and at most 10 seconds, not ${value}`,
    silenceBefore: (seconds) => seconds * 1000,
  } satisfies TagDefinition<number>,
  /**
   * A continuity contract: the line presumes the condition (ink's expression syntax over the story's
   * global variables and knot/stitch visit counts). No staging effect; explore and analyze check it
   * each time the line is shown (contracts.ts).
   */
  needs: {
    value: z.string().check(z.minLength(1)),
    lasts: "line",
    lint: (value, _manifest, story) => lintContract(value, story),
  } satisfies TagDefinition<string>,
} as const;

export type TagKey = keyof typeof TAGS;
export const TAG_KEYS = Object.keys(TAGS) as TagKey[];
type TagValue<Key extends TagKey> = z.output<(typeof TAGS)[Key]["value"]>;
type StagingKey = { [Key in TagKey]: (typeof TAGS)[Key]["lasts"] extends "staging" ? Key : never }[TagKey];

/** The tags of one line, read; tags outside the vocabulary (or with a value it refuses) in `unknown`. */
export type LineTags = { [Key in TagKey]?: TagValue<Key> } & { unknown: string[] };

/** Scene, mood and act: the tags that hold until changed. */
export type Staging = { [Key in StagingKey]: TagValue<Key> | null };

export const STAGING_KEYS = TAG_KEYS.filter((key): key is StagingKey => TAGS[key].lasts === "staging");

/** A staging tag's registry entry (`lasts: "staging"` entries carry a default). */
function stagingDefinition(key: StagingKey): Extract<TagDefinition<unknown>, { lasts: "staging" }> {
  return TAGS[key] as Extract<TagDefinition<unknown>, { lasts: "staging" }>;
}

/** The staging before any line: each staging tag at its registry default. */
export function emptyStaging(): Staging {
  return Object.fromEntries(STAGING_KEYS.map((key) => [key, stagingDefinition(key).default])) as Staging;
}

/** The staging after a line's tags: each sticky tag on it replaces what was. */
export function nextStaging(previous: Staging, tags: LineTags): Staging {
  const next = { ...previous };
  for (const key of STAGING_KEYS) if (tags[key] !== undefined) (next as Record<string, unknown>)[key] = tags[key];
  return next;
}

/** What a shown line's tags change on the stage: each registered stage change in turn. */
export function tagStageChanges(stage: Readonly<TagStage>, tags: LineTags): Partial<TagStage> {
  const changes: Partial<TagStage> = {};
  for (const key of TAG_KEYS) {
    const value = tags[key];
    const change = (TAGS[key] as TagDefinition<unknown>).stage;
    if (value !== undefined && change) Object.assign(changes, change(value, { ...stage, ...changes }));
  }
  return changes;
}

/** The silence the story panel keeps before a line, in milliseconds: the longest any of its tags asks. */
export function silenceBefore(tags: LineTags): number {
  let silence = 0;
  for (const key of TAG_KEYS) {
    const value = tags[key];
    const hold = (TAGS[key] as TagDefinition<unknown>).silenceBefore;
    if (value !== undefined && hold) silence = Math.max(silence, hold(value));
  }
  return silence;
}

/** The save format's schema of a line's tags, derived from the vocabulary. */
export const lineTagsSchema = z.object({
  ...(Object.fromEntries(TAG_KEYS.map((key) => [key, z.optional(TAGS[key].value)])) as {
    [Key in TagKey]: z.ZodMiniOptional<(typeof TAGS)[Key]["value"]>;
  }),
  unknown: z.array(z.string()),
});

/**
 * The save format's schema of the staging, derived from the vocabulary. A key the save lacks (it
 * was made before the tag existed) or holds a value this build refuses reads as the tag's default:
 * the choice log rebuilds the staging anyway, so nothing is lost by it.
 */
export const stagingSchema = z.object(
  Object.fromEntries(
    STAGING_KEYS.map((key) => [
      key,
      z.catch(z.nullable(TAGS[key].value as z.ZodMiniType<unknown>), stagingDefinition(key).default),
    ]),
  ) as {
    [Key in StagingKey]: z.ZodMiniCatch<z.ZodMiniNullable<(typeof TAGS)[Key]["value"]>>;
  },
);

export function isTagKey(key: string): key is TagKey {
  return Object.hasOwn(TAGS, key);
}

export function splitTag(tag: string): { key: string; value: string } | null {
  const separator = tag.indexOf(":");
  if (separator < 0) return null;
  return { key: tag.slice(0, separator).trim(), value: tag.slice(separator + 1).trim() };
}

/** A written value as its definition reads it: as written, or as a number when it is one. */
function readValue(key: TagKey, written: string): { success: true; data: unknown } | { success: false } {
  const schema = TAGS[key].value as z.ZodMiniType<unknown>;
  const asText = schema.safeParse(written);
  if (asText.success || !/^-?\d+(\.\d+)?$/.test(written)) return asText;
  return schema.safeParse(Number(written));
}

/** A tag read by its definition, or null when the vocabulary does not know it or refuses its value. */
export function readTag(tag: string): { key: TagKey; value: unknown } | null {
  const pair = splitTag(tag);
  if (!pair || !isTagKey(pair.key) || pair.value === "") return null;
  const parsed = readValue(pair.key, pair.value);
  return parsed.success ? { key: pair.key, value: parsed.data } : null;
}

const NO_NAMES: StoryNames = { variables: new Set(), knots: new Set(), labels: new Set() };

/** What story:check says about a written tag in this campaign, or null when it is fine. */
export function lintTag(tag: string, manifest: CampaignManifest, story: StoryNames = NO_NAMES): string | null {
  const pair = splitTag(tag);
  if (!pair) return `tag "# ${tag}" must be written "# key: value"`;
  if (!isTagKey(pair.key)) return `unknown tag "${pair.key}" (the vocabulary: ${listOf(TAG_KEYS)})`;
  const parsed = readValue(pair.key, pair.value);
  if (pair.value === "" || !parsed.success) return `tag "${pair.key}" cannot be "${pair.value}"`;
  return (TAGS[pair.key] as TagDefinition<unknown>).lint?.(parsed.data, manifest, story) ?? null;
}

export function parseTags(tags: readonly string[] | null | undefined): LineTags {
  const parsed: LineTags = { unknown: [] };
  if (!tags) return parsed;
  for (const tag of tags) {
    const read = readTag(tag);
    if (read) (parsed as Record<string, unknown>)[read.key] = read.value;
    else parsed.unknown.push(tag);
  }
  return parsed;
}
