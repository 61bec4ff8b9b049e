import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * A later build of the engine with one more staging tag, made as a developer makes it: the
 * engine's source copied (under the repository's git-ignored tmp/, where its packages resolve) and
 * the tag's registry entry added to `TAGS` in tags.ts. Returns the folder to import modules from.
 */
export function engineWithStagingTag(tag: string, entry: string): string {
  // One folder per build: test files running in parallel threads share a process id.
  const dir = path.join(ROOT, "tmp", `engine-with-${tag}-${randomUUID()}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, "src", "engine"), path.join(dir, "engine"), { recursive: true });
  const tagsFile = path.join(dir, "engine", "tags.ts");
  const source = fs.readFileSync(tagsFile, "utf8");
  const anchor = /export const TAGS = \{\n/;
  if (!anchor.test(source))
    throw new Error("src/engine/tags.ts no longer opens `export const TAGS = {`: update this helper");
  fs.writeFileSync(
    tagsFile,
    source.replace(anchor, (opening) => `${opening}  ${tag}: ${entry},\n`),
  );
  return path.join(dir, "engine");
}

export function removeEngineBuild(dir: string): void {
  fs.rmSync(path.dirname(dir), { recursive: true, force: true });
}
