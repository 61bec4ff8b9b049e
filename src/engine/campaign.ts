import * as z from "zod/mini";
import { outcomeRuleSchema, ruleProblems } from "./outcomeRule.ts";
import "./schemaMessages.ts";

/**
 * The campaign manifest (stories/<id>/campaign.json): the single source that the runtime,
 * `story:check`, the Vite plugin and the writers' guide read. Everything a writer tunes lives here:
 * the cast (with the colour their name, portrait and chart share), the places each `# scene:`
 * draws, the music of each `# mood:`, the file and the stage's reaction for each `# sfx:`, the
 * outcomes with their festival staging, and the campaign's palette. A new scene, mood or sound is
 * one entry here; nothing in src/ names a campaign.
 */
const idPattern = /^[a-z][a-z0-9-]*$/;
const characterIdPattern = /^[a-z]+$/;
const colour = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, "a colour is written #rrggbb"));
/** A file name under public/audio/<folder>/, without the .ogg. */
const audioFile = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "an audio file name is lower-case words joined by -"));

/** A non-empty text, an id of a scene, mood, sound or outcome, and a character's id. */
const text = () => z.string().check(z.minLength(1));
const id = () => z.string().check(z.regex(idPattern));
const characterId = () => z.string().check(z.regex(characterIdPattern));
const nonEmpty = <Item extends z.ZodMiniType>(item: Item) => z.array(item).check(z.minLength(1));

/**
 * An image file in the campaign's folder, written relative to it with `/` (`places/harbour.webp`):
 * PNG, JPEG, WebP or SVG. The name only has to look like one; `story:check` and the build read the
 * file's bytes to make sure it is one.
 */
export const IMAGE_EXTENSIONS = ["png", "jpg", "jpeg", "webp", "svg"] as const;
const imagePath = z
  .string()
  .check(
    z.regex(
      /^(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9_][A-Za-z0-9_./-]*\.(?:png|jpe?g|webp|svg)$/i,
      "an image is a path inside the campaign's folder (places/harbour.webp) ending .png, .jpg, .jpeg, .webp or .svg",
    ),
  );

/**
 * An input of the outcome rule that is not a stance (a trust, a tally, a decision): the ink
 * variable, what the player calls it, and how the screen shows it: `meter`, a mark on that
 * character's stance meter; `ledger`, a line in the ledger of the stance panel and the Festival
 * report. `values` gives display words for values (`{ "true": "cut" }`); others show as they are.
 */
const ruleInputSchema = z
  .object({
    id: z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "an input's id is the ink variable's name")),
    label: text(),
    shown: z.enum(["meter", "ledger"]),
    character: z.optional(characterId()),
    values: z.optional(z.record(z.string(), text())),
  })
  .check(
    z.refine(
      (input) => (input.shown === "meter") === (input.character !== undefined),
      "a meter input names its character; a ledger input names none",
    ),
  );

/** The drawing a scene or outcome uses: a place builder's id (src/game/places) and its parameters. */
const builtPlaceSchema = z.strictObject({
  builder: id(),
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]))),
});
/** One picture, drawn to fill the stage. */
const picturePlaceSchema = z.strictObject({ image: imagePath });
/**
 * Pictures stacked back to front (a sky, a skyline, a foreground), each swaying sideways by `drift`
 * CSS pixels (the nearer, the more: 6, 14, 24... when omitted), so a flat picture gains depth.
 */
const layeredPlaceSchema = z.strictObject({
  layers: nonEmpty(z.strictObject({ image: imagePath, drift: z.optional(z.number().check(z.gte(0), z.lte(200))) })),
});
const placeSchema = z.union([builtPlaceSchema, picturePlaceSchema, layeredPlaceSchema], {
  error: 'a place is { "builder": <place builder> }, { "image": <file> } or { "layers": [{ "image": <file> }, ...] }',
});

const manifestFields = z.object({
  id: id(),
  title: text(),
  subtitle: text(),
  /** A line of the campaign's own under its card on the title screen. */
  tagline: z.optional(text()),
  protagonist: characterId(),
  /** The campaign's colours on the title card and the story overlay (all meet AA on the dark panel). */
  palette: z.object({
    accent: colour,
    accentStrong: colour,
    accentInk: colour,
    title: colour,
    glow: z.tuple([colour, colour]),
  }),
  characters: nonEmpty(
    z.object({
      id: characterId(),
      name: text(),
      role: text(),
      start: z.number().check(z.gte(-100), z.lte(100)),
      /** The character's one colour: name, stance marker, chart line and portrait. */
      colour,
      /** The portrait emblem (src/game/portraits.ts) to paint in that colour; the id's own when omitted. */
      portrait: z.optional(characterId()),
      /** Or an image of the campaign's folder as the portrait, drawn as it is (it wins over `portrait`). */
      emblem: z.optional(imagePath),
      why: text(),
    }),
  ),
  extras: z.array(text()),
  scenes: nonEmpty(z.object({ id: id(), name: text(), place: placeSchema })),
  /** Each `# mood:` id with its music loop (public/audio/music/<music>.ogg); the first is the opening mood. */
  moods: nonEmpty(z.object({ id: id(), music: audioFile })),
  /** Each `# sfx:` id with its file (public/audio/sfx/<file>.ogg) and how the stage answers it. */
  sfx: z.array(
    z.object({
      id: id(),
      file: audioFile,
      /** A flash of light over the scene: colour and strength 0..1. */
      flash: z.optional(z.object({ colour, strength: z.number().check(z.gte(0), z.lte(1)) })),
      /** A camera shake: milliseconds and intensity (skipped under reduced motion). */
      shake: z.optional(
        z.object({
          milliseconds: z.number().check(z.positive()),
          intensity: z.number().check(z.positive(), z.lte(0.05)),
        }),
      ),
    }),
  ),
  outcomes: nonEmpty(
    z.object({
      id: id(),
      title: text(),
      summary: text(),
      /** The festival picture of this ending. */
      staging: placeSchema,
      /** What the endings gallery shows before the ending is reached: a question, never its name. */
      hint: z.optional(text()),
    }),
  ),
  /** Every rule input that is not a stance, with how the player sees it (stories/README.md). */
  decisions: z.array(ruleInputSchema),
  /** The knots or `knot.stitch`es whose choice points are the campaign's climax (analyze reports them apart). */
  climax: z.optional(z.array(z.string().check(z.regex(/^\w+(\.\w+)?$/, "a climax is a knot or knot.stitch")))),
  /** Counted phrases: each phrase with the most times the prose may use it, 0 retiring it (story:check warns). */
  phraseLimits: z.optional(
    z
      .record(z.string(), z.int().check(z.gte(0, "a phrase's limit is a whole number, 0 or more")))
      .check(
        z.refine(
          (limits) => Object.keys(limits).every((phrase) => /[A-Za-z0-9]/.test(phrase)),
          "a counted phrase has at least one word",
        ),
      ),
  ),
  /** The festival outcome rule: named conditions over stances, measures and declared inputs (stories/README.md). */
  rule: outcomeRuleSchema,
});

export const campaignManifestSchema = manifestFields.check(
  z.superRefine((manifest, context) => {
    for (const problem of ruleProblems(manifest)) context.addIssue({ code: "custom", ...problem });
  }),
);

export type CampaignManifest = z.infer<typeof campaignManifestSchema>;
export type CampaignCharacter = CampaignManifest["characters"][number];
export type PlaceChoice = z.infer<typeof placeSchema>;
export type RuleInput = z.infer<typeof ruleInputSchema>;
export type BuiltPlace = z.infer<typeof builtPlaceSchema>;

/** Every image a manifest names, with the field that names it (for messages), in manifest order. */
export function manifestImages(manifest: CampaignManifest): { field: string; image: string }[] {
  const ofPlace = (field: string, place: PlaceChoice) =>
    "image" in place
      ? [{ field: `${field}.image`, image: place.image }]
      : "layers" in place
        ? place.layers.map((layer, index) => ({ field: `${field}.layers[${index}].image`, image: layer.image }))
        : [];
  return [
    ...manifest.characters.flatMap((character, index) =>
      character.emblem ? [{ field: `characters[${index}].emblem`, image: character.emblem }] : [],
    ),
    ...manifest.scenes.flatMap((scene, index) => ofPlace(`scenes[${index}].place`, scene.place)),
    ...manifest.outcomes.flatMap((outcome, index) => ofPlace(`outcomes[${index}].staging`, outcome.staging)),
  ];
}

/** Ids that must be unique within their list, by list name. */
const UNIQUE_LISTS = ["characters", "scenes", "moods", "sfx", "outcomes", "decisions"] as const;

/** ["rule", "conditions", 2, "when"] -> "rule.conditions[2].when" */
function fieldPath(path: readonly PropertyKey[]): string {
  const text = path.map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`)).join("");
  return text.replace(/^\./, "") || "(root)";
}

export function parseManifest(data: unknown, source = "campaign.json"): CampaignManifest {
  const result = campaignManifestSchema.safeParse(data);
  if (!result.success) {
    throw new Error(
      result.error.issues.map((issue) => `${source}: ${fieldPath(issue.path)}: ${issue.message}`).join("\n"),
    );
  }
  const manifest = result.data;
  if (!manifest.characters.some((character) => character.id === manifest.protagonist)) {
    throw new Error(`${source}: protagonist "${manifest.protagonist}" is not one of its characters`);
  }
  manifest.decisions.forEach((input, index) => {
    if (input.character !== undefined && !manifest.characters.some((character) => character.id === input.character))
      throw new Error(`${source}: decisions[${index}].character: "${input.character}" is not one of its characters`);
  });
  for (const list of UNIQUE_LISTS) {
    const seen = new Set<string>();
    for (const entry of manifest[list]) {
      if (seen.has(entry.id)) throw new Error(`${source}: ${list} lists "${entry.id}" twice`);
      seen.add(entry.id);
    }
  }
  return manifest;
}

export function startingStances(manifest: CampaignManifest): Record<string, number> {
  return Object.fromEntries(manifest.characters.map((character) => [character.id, character.start]));
}

/** The music loop of a mood (the opening mood's before the story names one or for an unknown id). */
export function musicOfMood(manifest: CampaignManifest, mood: string | null): string {
  const entry = manifest.moods.find((candidate) => candidate.id === mood) ?? manifest.moods[0];
  return entry?.music ?? "";
}
