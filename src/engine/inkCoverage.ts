import type { Container } from "inkjs/engine/Container";
import type { SourceMap } from "./sourceMap";
import { sourceLocation } from "./sourceMap";
import { declaredExternals, type StoryRunner } from "./storyRunner";

/**
 * Which lines of the ink source the runs executed, as a coverage viewer wants them: for each .ink
 * file, each line the compiler placed content on, and in how many runs that content ran. Lines no
 * content sits on (comments, blank lines, declarations) are not counted either way.
 */
export type InkCoverage = Record<string, Record<string, number>>;

/**
 * Every line the source map knows, with no run yet: the denominator. The ink stand-ins of bound
 * external functions never run by design, so their lines are left out (as explore leaves out their knots).
 */
export function emptyCoverage(map: SourceMap | null, externals: ReadonlySet<string> = new Set()): InkCoverage {
  const coverage: InkCoverage = {};
  for (const [path, [file, line]] of Object.entries(map?.lines ?? {})) {
    if (externals.has(path.split(".")[0] ?? "")) continue;
    const name = map?.files[file];
    if (name === undefined) continue;
    const lines = coverage[name] ?? {};
    coverage[name] = lines;
    lines[String(line)] = 0;
  }
  return coverage;
}

/**
 * Watch a runner's story step by step and count, per run, the source lines its content came from.
 * ink keeps no per-line visit counts, so the runner's Step is wrapped: each step reads the pointer
 * it is about to run (a container and an index into it) and looks its line up once.
 */
export class CoverageRecorder {
  private readonly lineOfPointer = new Map<Container, Map<number, string | null>>();
  private readonly thisRun = new Set<string>();
  private readonly runsByLine = new Map<string, number>();
  private readonly externals: ReadonlySet<string>;

  constructor(
    runner: StoryRunner,
    private readonly map: SourceMap,
  ) {
    this.externals = declaredExternals(runner.compiledJson);
    const story = runner.story as unknown as {
      Step: () => void;
      state: { callStack: { currentElement: { currentPointer: { container: Container | null; index: number } } } };
    };
    const step = story.Step.bind(runner.story);
    story.Step = () => {
      const pointer = story.state.callStack.currentElement.currentPointer;
      if (pointer.container) {
        const line = this.lineOf(pointer.container, pointer.index);
        if (line !== null) this.thisRun.add(line);
        // A divert lands inside a container (a gather, a knot) at its first item: the container's
        // own line (the gather's "-") ran too, though no step points at it.
        if (pointer.index === 0) {
          const own = this.lineOf(pointer.container, -1);
          if (own !== null) this.thisRun.add(own);
        }
      }
      step();
    };
  }

  private lineOf(container: Container, index: number): string | null {
    let lines = this.lineOfPointer.get(container);
    if (!lines) {
      lines = new Map();
      this.lineOfPointer.set(container, lines);
    }
    let line = lines.get(index);
    if (line === undefined) {
      const base = container.path.toString();
      const path = index < 0 ? base : base === "" ? String(index) : `${base}.${index}`;
      line = sourceLocation(this.map, path);
      lines.set(index, line);
    }
    return line;
  }

  /** A run is over: each line it ran counts once. */
  endRun(): void {
    for (const line of this.thisRun) this.runsByLine.set(line, (this.runsByLine.get(line) ?? 0) + 1);
    this.thisRun.clear();
  }

  coverage(): InkCoverage {
    const coverage = emptyCoverage(this.map, this.externals);
    for (const [location, runs] of this.runsByLine) {
      const split = location.lastIndexOf(":");
      const file = coverage[location.slice(0, split)];
      const line = location.slice(split + 1);
      if (file && line in file) file[line] = runs;
    }
    return sortedCoverage(coverage);
  }
}

/** Coverage of disjoint runs added up. */
export function mergeCoverage(parts: readonly InkCoverage[]): InkCoverage {
  const merged: InkCoverage = {};
  for (const part of parts)
    for (const [file, lines] of Object.entries(part)) {
      const into = merged[file] ?? {};
      merged[file] = into;
      for (const [line, runs] of Object.entries(lines)) into[line] = (into[line] ?? 0) + runs;
    }
  return sortedCoverage(merged);
}

/** Files by name, lines by number: equal coverage is equal JSON text. */
function sortedCoverage(coverage: InkCoverage): InkCoverage {
  return Object.fromEntries(
    Object.entries(coverage)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([file, lines]) => [
        file,
        Object.fromEntries(Object.entries(lines).sort(([a], [b]) => Number(a) - Number(b))),
      ]),
  );
}
