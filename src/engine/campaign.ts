import { z } from "zod";
import { outcomeRuleSchema, ruleProblems } from "./outcomeRule";

/**
 * The campaign manifest (stories/<id>/campaign.json): the single source that the runtime,
 * `story:check` and the writers' guide read. A new scene, mood or sound is one entry here.
 */
const idPattern = /^[a-z][a-z0-9-]*$/;
const characterIdPattern = /^[a-z]+$/;

const manifestFields = z.object({
  id: z.string().regex(idPattern),
  title: z.string().min(1),
  subtitle: z.string().min(1),
  protagonist: z.string().regex(characterIdPattern),
  characters: z
    .array(
      z.object({
        id: z.string().regex(characterIdPattern),
        name: z.string().min(1),
        role: z.string().min(1),
        start: z.number().min(-100).max(100),
        why: z.string().min(1),
      }),
    )
    .min(1),
  extras: z.array(z.string().min(1)),
  scenes: z.array(z.object({ id: z.string().regex(idPattern), name: z.string().min(1) })).min(1),
  moods: z.array(z.string().regex(idPattern)).min(1),
  sfx: z.array(z.string().regex(idPattern)),
  outcomes: z
    .array(
      z.object({
        id: z.string().regex(idPattern),
        title: z.string().min(1),
        summary: z.string().min(1),
        /** What the endings gallery shows before the ending is reached: a question, never its name. */
        hint: z.string().min(1).optional(),
      }),
    )
    .min(1),
  decisions: z.array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/)),
  /** The festival outcome rule: named conditions over stances, measures and decisions (stories/README.md). */
  rule: outcomeRuleSchema,
});

export const campaignManifestSchema = manifestFields.superRefine((manifest, context) => {
  for (const problem of ruleProblems(manifest)) context.addIssue({ code: "custom", ...problem });
});

export type CampaignManifest = z.infer<typeof campaignManifestSchema>;

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
  return manifest;
}

export function startingStances(manifest: CampaignManifest): Record<string, number> {
  return Object.fromEntries(manifest.characters.map((character) => [character.id, character.start]));
}

export function characterName(manifest: CampaignManifest, id: string): string | undefined {
  return manifest.characters.find((character) => character.id === id)?.name;
}
