import type { Story } from "inkjs";

/**
 * Every place the engine touches inkjs beyond its public API, in one module. Each export names the
 * internal it relies on, and tests/unit/inkInternals.test.ts pins each assumption against the
 * installed inkjs, so an upgrade that moves one fails there, by name, not somewhere deep in a story.
 */

/** inkjs's `ErrorType.Error` (its enum lives in a file the runtime bundle does not export). */
export const INK_ERROR_TYPE = 2;

/**
 * A node of the compiled story's tree (inkjs's runtime objects: Container, ChoicePoint, Divert,
 * ControlCommand, StringValue, ...), told apart by shape: the runtime and its engine files are
 * separate bundles, so `instanceof` is not reliable.
 */
export interface InkNode {
  parent?: InkNode | null;
  path: { toString(): string };
  content?: InkNode[];
  namedContent?: Map<string, InkNode>;
  value?: unknown;
  commandType?: number;
  pathOnChoice?: { toString(): string } | null;
  targetPath?: { toString(): string } | null;
  isConditional?: boolean;
  pushesToStack?: boolean;
  stackPushType?: number;
  variableDivertName?: string | null;
  isExternal?: boolean;
  choiceTarget?: InkNode | null;
  targetPointer?: { container: InkNode | null; index: number };
}

/** The compiled story's root container, knots in its `namedContent` (`Story.mainContentContainer`). */
export function rootContainer(story: Story): InkNode {
  return story.mainContentContainer as unknown as InkNode;
}

/** The container at a runtime path (`knot.stitch`, `knot.0.c-1`), or null when the story has none there. */
export function containerAtPath(story: Story, path: string): InkNode | null {
  let node: InkNode | undefined = rootContainer(story);
  for (const component of path.split(".")) {
    node = /^\d+$/.test(component) ? node?.content?.[Number(component)] : node?.namedContent?.get(component);
    if (!node) return null;
  }
  return node.content ? node : null;
}

/** A piece of ink's output stream: written text still sits in the story tree (it has a parent and a path). */
export interface OutputPiece {
  parent?: unknown;
  path?: { toString(): string };
  value?: unknown;
}

/** The pieces of output of the line just continued (`StoryState.outputStream`). */
export function outputPieces(story: Story): readonly OutputPiece[] {
  return story.state.outputStream as OutputPiece[];
}

/**
 * Call `each` before every step ink's evaluator takes (by wrapping the private `Story.Step`); it
 * may throw to stop a story that would otherwise spin forever on a divert loop with no output.
 */
export function beforeEveryStep(story: Story, each: () => void): void {
  const internal = story as unknown as { Step: () => void };
  const step = internal.Step.bind(story);
  internal.Step = () => {
    each();
    step();
  };
}
