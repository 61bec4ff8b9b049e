import { Story } from "inkjs";
import { type InkNode, rootContainer } from "./inkInternals.ts";
import { cleanLineText, knotOfPath, lineId } from "./lineIdentity.ts";
import { END_OF_STORY } from "./replay/routeMap.ts";

/**
 * What the build learns from a compiled story, once, so the game never parses ink at run time:
 * the ids of its written lines (for the completion share) and its decision points with the
 * diverts between them (for the route map). Decision points and options carry no text: the map
 * must not spoil.
 */
export interface RouteOption {
  /** The choice's target path: what the game records when the player takes it. */
  id: string;
  /** Decision points this option leads to first ("end" when the story can end before another). */
  next: string[];
}

export interface DecisionPoint {
  /** Path of the container holding the choices. */
  id: string;
  /** The act the flow is in when it reaches this point (null before the first `# act:`). */
  act: number | null;
  knot: string;
  options: RouteOption[];
}

export interface StoryOutline {
  /** Line ids of every line written as plain text (lines built from logic are left out). */
  lines: string[];
  /** In the order the story first reaches them. */
  decisions: DecisionPoint[];
}

const COMMAND = { evalStart: 0, evalOutput: 1, evalEnd: 2, beginString: 7, endString: 8, done: 19, end: 20 };
const BEGIN_TAG = 24;
const END_TAG = 25;
const TUNNEL = 0;

const isContainer = (node: InkNode): boolean => Array.isArray(node.content);
const isChoicePoint = (node: InkNode): boolean => node.pathOnChoice !== undefined;
const isDivert = (node: InkNode): boolean => node.targetPath !== undefined && node.pushesToStack !== undefined;
const isText = (node: InkNode): node is InkNode & { value: string } =>
  typeof node.value === "string" && node.commandType === undefined && !isDivert(node);
const isGlue = (node: InkNode): boolean => String(node) === "Glue";

/** The story's external functions (their ink stand-ins are not story text) unless named. */
export function outlineStory(
  compiledJson: string,
  externals: readonly string[] = declared(compiledJson),
): StoryOutline {
  const story = new Story(compiledJson);
  const root = rootContainer(story);
  return { lines: collectLines(root, new Set(externals)), decisions: collectDecisions(root) };
}

/** Every container, depth first: inline content and named-only content (choices, gathers, knots). */
function eachContainer(root: InkNode, visit: (container: InkNode) => void): void {
  const seen = new Set<InkNode>();
  const walk = (container: InkNode) => {
    if (seen.has(container)) return;
    seen.add(container);
    visit(container);
    for (const item of container.content ?? []) if (isContainer(item)) walk(item);
    for (const [, named] of container.namedContent ?? []) if (isContainer(named)) walk(named);
  };
  walk(root);
}

/**
 * A written line is plain text pieces in one container up to a newline. Lines that print a value,
 * use glue or run across containers depend on play, so they are not counted.
 */
function collectLines(root: InkNode, externals: Set<string>): string[] {
  const ids = new Set<string>();
  eachContainer(root, (container) => {
    const path = container.path.toString();
    const top = path.split(".")[0] ?? "";
    if (top === "global decl" || externals.has(top)) return;
    let text = "";
    let plain = true;
    let evaluating = 0;
    let inTag = false;
    for (const item of container.content ?? []) {
      if (item.commandType === COMMAND.evalStart) evaluating += 1;
      else if (item.commandType === COMMAND.evalEnd) evaluating = Math.max(0, evaluating - 1);
      else if (item.commandType === BEGIN_TAG) inTag = true;
      else if (item.commandType === END_TAG) inTag = false;
      else if (item.commandType === COMMAND.evalOutput) plain = false;
      else if (evaluating > 0 || inTag) continue;
      else if (isText(item)) {
        if (item.value === "\n") {
          const line = cleanLineText(text);
          if (line !== "" && plain) ids.add(lineId(knotOfPath(path), line));
          text = "";
          plain = true;
        } else text += item.value;
      } else if (isGlue(item) || isContainer(item) || isDivert(item)) plain = false;
    }
  });
  return [...ids];
}

interface Position {
  container: InkNode;
  index: number;
  act: number | null;
}

/**
 * Decision points and the first decision points each option reaches, following the flow as ink
 * would: inline containers, gathers, diverts (both ways for a conditional one), tunnels; a function
 * call is passed over. Acts follow the `# act:` tags met on the way.
 */
function collectDecisions(root: InkNode): DecisionPoint[] {
  const decisions = new Map<string, DecisionPoint>();
  const pending: { decision: InkNode; act: number | null }[] = [];

  const reachDecisions = (
    start: Position,
  ): { next: Set<string>; found: { decision: InkNode; act: number | null }[] } => {
    const next = new Set<string>();
    const found: { decision: InkNode; act: number | null }[] = [];
    const visited = new Set<string>();
    const queue: Position[] = [start];
    for (let position = queue.pop(); position !== undefined; position = queue.pop()) {
      walkFrom(
        position,
        visited,
        queue,
        (decision, act) => {
          const id = decision.path.toString();
          next.add(id);
          found.push({ decision, act });
        },
        () => next.add(END_OF_STORY),
      );
    }
    return { next, found };
  };

  const register = (found: { decision: InkNode; act: number | null }[]) => {
    for (const { decision, act } of found) {
      const id = decision.path.toString();
      if (decisions.has(id)) continue;
      const options = (decision.content ?? []).filter(isChoicePoint);
      decisions.set(id, {
        id,
        act,
        knot: knotOfPath(id),
        options: options.map((option) => ({ id: String(option.pathOnChoice), next: [] })),
      });
      pending.push({ decision, act });
    }
  };

  register(reachDecisions({ container: root, index: 0, act: null }).found);
  for (let next = pending.shift(); next !== undefined; next = pending.shift()) {
    const { decision, act } = next;
    // Every pending decision was registered before it was queued.
    const point = decisions.get(decision.path.toString());
    if (!point) continue;
    const choicePoints = (decision.content ?? []).filter(isChoicePoint);
    point.options.forEach((option, index) => {
      const target = choicePoints[index]?.choiceTarget;
      if (!target) return;
      const reached = reachDecisions({ container: target, index: 0, act });
      option.next = [...reached.next];
      register(reached.found);
    });
  }
  return [...decisions.values()];
}

function walkFrom(
  start: Position,
  visited: Set<string>,
  queue: Position[],
  onDecision: (decision: InkNode, act: number | null) => void,
  onEnd: () => void,
): void {
  let { container, index, act } = start;
  let inTag = false;
  let tagText = "";
  for (;;) {
    const key = `${container.path.toString()}#${index}`;
    if (visited.has(key)) return;
    visited.add(key);
    const content = container.content ?? [];
    if (index >= content.length) {
      // Off the end of a container: back to the next item of the one that holds it inline.
      const parent = container.parent;
      const at = parent?.content?.indexOf(container) ?? -1;
      if (!parent || at < 0) {
        if (!parent) onEnd();
        return;
      }
      container = parent;
      index = at + 1;
      continue;
    }
    const item = content[index] as InkNode;
    if (item.commandType === BEGIN_TAG) {
      inTag = true;
      tagText = "";
    } else if (item.commandType === END_TAG) {
      inTag = false;
      const match = /^\s*act\s*:\s*(\d+)\s*$/.exec(tagText);
      if (match) act = Number(match[1]);
    } else if (inTag && isText(item)) {
      tagText += item.value;
    } else if (item.commandType === COMMAND.done || item.commandType === COMMAND.end) {
      onEnd();
      return;
    } else if (isChoicePoint(item)) {
      onDecision(container, act);
      return;
    } else if (isContainer(item)) {
      container = item;
      index = 0;
      continue;
    } else if (isDivert(item) && !item.variableDivertName && !item.isExternal) {
      const pointer = item.targetPointer;
      const target = pointer?.container ? { container: pointer.container, index: Math.max(0, pointer.index) } : null;
      if (item.pushesToStack && item.stackPushType !== TUNNEL) {
        // A function call: its text is inline, its choices (ink forbids them) impossible.
      } else if (target) {
        queue.push({ container: target.container, index: target.index, act });
        if (!item.isConditional && !item.pushesToStack) return;
      }
    }
    index += 1;
  }
}

function declared(compiledJson: string): string[] {
  return [...compiledJson.matchAll(/"x\(\)":"([^"]+)"/g)].flatMap((match) => (match[1] ? [match[1]] : []));
}
