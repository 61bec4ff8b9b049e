import path from "node:path";
import { readManifest } from "../../src/build/campaigns";
import { compileInkFile } from "../../src/build/compileInk";
import type { CampaignManifest } from "../../src/engine/campaign";
import { StoryRunner } from "../../src/engine/storyRunner";

export const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");

/** Compile a fixture story or fail the test with the compiler's messages. */
export function compiledFixture(relative: string): string {
  const result = compileInkFile(path.join(FIXTURES, relative));
  if (!result.json) throw new Error(`fixture ${relative} does not compile: ${JSON.stringify(result.diagnostics)}`);
  return result.json;
}

export const miniManifest = readManifest(path.join(FIXTURES, "mini-campaign"));
export const miniJson = compiledFixture("mini-campaign/main.ink");
export const miniOptions = { manifest: miniManifest };

export function miniRunner(): StoryRunner {
  return new StoryRunner(miniJson, miniOptions);
}

/**
 * The number a rule condition compares `subject` with, read from campaign.json, so threshold tests
 * follow a writer's retuning: ruleThreshold(manifest, "Maris has fallen silent", "maris") -> -30.
 */
export function ruleThreshold(manifest: CampaignManifest, condition: string, subject: string): number {
  const found = manifest.rule.conditions.find((candidate) => candidate.name === condition);
  if (!found) throw new Error(`${manifest.id}: no rule condition named "${condition}"`);
  const match = new RegExp(`\\b${subject}\\s*(?:<=|>=|<|>|==|!=)\\s*(-?\\d+(?:\\.\\d+)?)`).exec(found.when);
  if (!match?.[1]) throw new Error(`${manifest.id}: "${condition}" compares no "${subject}" with a number`);
  return Number(match[1]);
}
