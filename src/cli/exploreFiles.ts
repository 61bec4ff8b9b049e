import fs from "node:fs";
import * as z from "zod/mini";
import type { ExploreReport } from "../engine/explorer";
import { fail } from "./cliSupport";

/**
 * What `explore --json` writes: the explorer's report, the story it explored and the outcomes its
 * campaign declares (so a merged report can still say which were never reached), and on a shard,
 * which slice of how many runs.
 */
export interface ExploreFile extends ExploreReport {
  story: string;
  declaredOutcomes: string[];
  shard?: { slice: string; totalRuns: number };
}

const count = z.int().check(z.gte(0));
const place = z.object({ location: z.string(), knot: z.string() });
const reached = z.object({ total: count, reached: count, unreached: z.array(place) });

/** A shard file as `merge` needs it; fields it does not know (newer sections) pass through. */
const shardSchema = z.looseObject({
  story: z.string(),
  declaredOutcomes: z.array(z.string()),
  storyHash: z.string(),
  runs: count,
  seed: z.int(),
  elapsedMs: z.number(),
  errors: z.array(z.object({ message: z.string(), path: z.array(count), seed: z.int(), run: count, count: count })),
  outcomes: z.record(z.string(), count),
  knots: reached,
  choices: reached,
  turns: z.object({ min: count, mean: z.number(), max: count, sum: count }),
  coverage: z.optional(z.record(z.string(), z.record(z.string(), count))),
  contracts: z.object({
    lines: count,
    checked: count,
    violations: z.array(
      z.object({
        location: z.string(),
        condition: z.string(),
        seed: z.int(),
        choices: z.array(count),
        run: count,
        count: count,
      }),
    ),
  }),
  stanceReach: z.record(
    z.string(),
    z.object({
      min: z.number(),
      p10: z.number(),
      median: z.number(),
      p90: z.number(),
      max: z.number(),
      belowZero: z.number(),
      aboveZero: z.number(),
    }),
  ),
  finalStances: z.object({
    runs: count,
    characters: z.record(z.string(), z.object({ tenths: z.record(z.string(), count), below: count, above: count })),
  }),
  shard: z.object({
    slice: z.string().check(z.regex(/^\d+\/\d+$/, "K/N")),
    totalRuns: count,
  }),
});

/** One shard report from disk, or a clear reason it is not one (exit 1). */
export function readShardFile(file: string): ExploreFile & { shard: NonNullable<ExploreFile["shard"]> } {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    fail(`${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  if (text.trim() === "") fail(`${file}: the file is empty, not a shard report of explore --shard K/N --json`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    fail(`${file}: not JSON, so not a shard report of explore --json (${(error as Error).message})`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data))
    fail(`${file}: holds ${JSON.stringify(data)?.slice(0, 40)}, not a shard report of explore --shard K/N --json`);
  if (!("shard" in data)) fail(`${file}: not a shard report (made with --shard K/N --json)`);
  if (!("storyHash" in data))
    fail(`${file}: made by an older explore that did not record the story's hash; run that shard again`);
  const result = shardSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
    const more = problems.length > 5 ? `\n  and ${problems.length - 5} more` : "";
    fail(`${file}: not a shard report of explore --shard K/N --json:\n  ${problems.slice(0, 5).join("\n  ")}${more}`);
  }
  return result.data as ExploreFile & { shard: NonNullable<ExploreFile["shard"]> };
}
