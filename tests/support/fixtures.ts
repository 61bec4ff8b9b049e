import path from "node:path";
import { readManifest } from "../../src/build/campaigns";
import { compileInkFile } from "../../src/build/compileInk";
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
