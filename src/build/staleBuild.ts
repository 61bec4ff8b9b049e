import fs from "node:fs";
import path from "node:path";

/** The newest file of the sources a build reads, if it is newer than the build; else null. */
export function newerSource(dist: string, sources: readonly string[]): string | null {
  const newest = (folder: string): { file: string; time: number } => {
    let best = { file: folder, time: 0 };
    if (!fs.existsSync(folder)) return best;
    for (const entry of fs.readdirSync(folder, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      const time = fs.statSync(file).mtimeMs;
      if (time > best.time) best = { file, time };
    }
    return best;
  };
  const built = newest(dist);
  const times = sources.map((name) =>
    fs.statSync(name, { throwIfNoEntry: false })?.isDirectory()
      ? newest(name)
      : { file: name, time: fs.statSync(name, { throwIfNoEntry: false })?.mtimeMs ?? 0 },
  );
  const latest = times.sort((a, b) => b.time - a.time)[0];
  return latest && latest.time > built.time ? latest.file : null;
}
