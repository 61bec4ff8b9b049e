/**
 * Where each part of a compiled ink story came from: runtime path ("a1_studio.0.c-2.4") to the
 * `file.ink:line` a writer can open. The compiler's debug metadata is read once, when we compile
 * the story ourselves (src/build/compileInk.ts); a story loaded from .json has no map, and its
 * places are shown as ink paths.
 */
export interface SourceMap {
  files: string[];
  /** Path -> [index into files, line]; an entry only where the line changes from the previous sibling. */
  lines: Record<string, [number, number]>;
  /**
   * A labelled choice's or gather's ink path (`knot.label`, `knot.stitch.label`) to the runtime
   * path of the container ink counts its visits in (`knot.0.c-1`): the JSON keeps no choice's label,
   * so a `# needs:` contract that reads one is resolved through this.
   */
  labels?: Record<string, string>;
}

/** `file.ink:line` of a runtime path, or of the nearest content before it; null when unknown. */
export function sourceLocation(map: SourceMap | null | undefined, path: string | null | undefined): string | null {
  if (!map || !path) return null;
  const parts = path.split(".");
  while (parts.length > 0) {
    const exact = map.lines[parts.join(".")];
    if (exact) return `${map.files[exact[0]]}:${exact[1]}`;
    const last = parts.at(-1) ?? "";
    // Walk back through earlier siblings ("…4", "…3", …) before giving up on this container.
    if (/^\d+$/.test(last)) {
      for (let index = Number(last) - 1; index >= 0; index--) {
        const sibling = map.lines[[...parts.slice(0, -1), String(index)].join(".")];
        if (sibling) return `${map.files[sibling[0]]}:${sibling[1]}`;
      }
    }
    parts.pop();
  }
  return null;
}

/** A place for a person: `file.ink:line`, or the ink path when the story came without a map. */
export function describePlace(map: SourceMap | null | undefined, path: string | null | undefined): string {
  return sourceLocation(map, path) ?? path ?? "the start";
}
