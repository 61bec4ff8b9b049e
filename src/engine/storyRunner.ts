import { Story } from "inkjs";
import { type CampaignManifest, startingStances } from "./campaign.ts";
import { type ContractScope, candidatePaths, contractOf, type InkValue } from "./contracts.ts";
import { hashText } from "./hash.ts";
import { beforeEveryStep, containerAtPath, INK_ERROR_TYPE } from "./inkInternals.ts";
import { knotOfCurrentLine, knotOfPath, lineIdOfClean } from "./lineIdentity.ts";
import type { DecisionValue, OutcomeInput } from "./outcome.ts";
import { type CompiledRule, compileRule } from "./outcomeRule.ts";
import { type ShownInput, shownInputs } from "./ruleInputs.ts";
import { describePlace, type SourceMap, sourceLocation } from "./sourceMap.ts";
import { applyNudge, type NudgeRecord, type StanceState } from "./stances.ts";
import { emptyStaging, type LineTags, nextStaging, parseTags, type Staging } from "./tags.ts";

export type { Staging } from "./tags";

export interface StoryLine {
  text: string;
  /** Character id, an extra's name, or null for narration. */
  speaker: string | null;
  tags: LineTags;
  /** How many choices had been made when the line was shown. */
  turn: number;
  /** Stable id (lineIdentity.ts): what the seen-line record and the skip go by. Absent in lines restored from a save. */
  id?: string;
}

export interface StoryChoice {
  index: number;
  text: string;
  /** Target path in the compiled story: matched against earlier runs to mark "taken before". */
  target?: string;
}

export interface TakenChoice {
  index: number;
  text: string;
  /** The option's target path in the compiled story: the route map's step. */
  target?: string;
}

/**
 * One step of the story: what one ink `Continue()` gave, in the order it happened. The line (null
 * when the step had only tags or nudges), its tags (a `# sfx:` is the sound it caused), the nudges
 * it ran, and the staging (scene, mood, act) from this step on.
 */
export interface StoryStep {
  line: StoryLine | null;
  tags: LineTags;
  nudges: NudgeRecord[];
  staging: Staging;
  /**
   * The declared rule inputs as this step leaves them, so the screen shows an input set mid-beat
   * when the line that sets it appears, not a beat early. Absent: the step changes none.
   */
  inputs?: ShownInput[];
  /** The declared inputs' values as this step leaves them: the rule's measures are computed from them. */
  decisions?: Record<string, DecisionValue>;
}

/** Everything up to the next choice point: the steps, then the choices (none when the story ended). */
export interface StoryBeat {
  steps: StoryStep[];
  /** The steps' lines, for readers that only want the text. */
  lines: StoryLine[];
  choices: StoryChoice[];
  ended: boolean;
}

export interface RunnerOptions {
  manifest?: CampaignManifest | null;
  /** ink's RANDOM seed; fixed so replays and explore runs repeat exactly. */
  seed?: number;
  /** Most ink steps one continue may take before the story is declared stuck in a loop. */
  stepLimit?: number;
  /** Keep every line in `transcript` (the game and `play` do; `explore` needs not). */
  keepTranscript?: boolean;
  /** The compiler's file:line for each ink path, so errors name the place in the .ink file. */
  sourceMap?: SourceMap | null;
  /** Told each time the story asks `festival_outcome()` (analyze's rule reach). */
  onOutcomeAsked?: (input: OutcomeInput) => void;
  /** Told each time a line with a `# needs:` contract is shown, and whether its condition held (explore, analyze). */
  onContract?: (check: ContractCheck) => void;
}

/** One contract line shown: its condition, where it is written, whether it held then. */
export interface ContractCheck {
  condition: string;
  /** `file.ink:line` of the tag, or its ink path without a source map. */
  location: string;
  held: boolean;
  /** The choice indices made before the line (computed on demand). */
  choices: () => number[];
}

export { knotOfPath };

export const EXTERNAL_FUNCTIONS = ["nudge", "stance", "festival_outcome"] as const;
const DEFAULT_STEP_LIMIT = 500_000;

/** Names of the external functions a compiled story calls (ink writes them as `"x()": name`). */
export function declaredExternals(compiledJson: string): Set<string> {
  const found = new Set<string>();
  for (const match of compiledJson.matchAll(/"x\(\)":"([^"]+)"/g)) if (match[1]) found.add(match[1]);
  return found;
}

function offeredChoice(choice: { index: number; text: string; pathStringOnChoice: string }): StoryChoice {
  return { index: choice.index, text: choice.text, target: choice.pathStringOnChoice };
}

/**
 * Runs one ink story: collects lines with their parsed tags up to each choice point, binds the
 * stance externals the story declares, and keeps what a save, a rewind and the report need
 * (choices taken, transcript, stance history). Pure TypeScript: no DOM, no Phaser.
 */
export class StoryRunner {
  readonly story: Story;
  readonly storyHash: string;
  readonly manifest: CampaignManifest | null;
  /** Stance per character id, -100 (unity) .. 100 (individuality): the one copy the rule and saves read. */
  private stanceState: StanceState;
  readonly transcript: StoryLine[] = [];
  readonly choicesTaken: TakenChoice[] = [];
  /** ink runtime warnings, kept for `explore` and `play` to report. */
  readonly warnings: string[] = [];
  staging: Staging = emptyStaging();
  /** The manifest's outcome rule; a story without a manifest has none. */
  readonly rule: CompiledRule | null;
  private readonly keepTranscript: boolean;
  readonly sourceMap: SourceMap | null;
  private readonly onOutcomeAsked: ((input: OutcomeInput) => void) | null;
  private readonly onContract: ((check: ContractCheck) => void) | null;
  private readonly stepLimit: number;
  private steps = 0;
  private currentChoices: StoryChoice[] = [];
  /** The last line shown: after the story ends ink keeps no pointer, so a story without a rule is known by its last line. */
  lastLine = "";
  /** Nudges run by the ink `Continue()` under way, handed out with its step. */
  private pendingNudges: NudgeRecord[] = [];
  /** The declared inputs' values as the story starts: an input shows once it differs from these. */
  private readonly startDecisions: Record<string, DecisionValue>;
  /**
   * What the rule read each time the story asked `festival_outcome()`, in order: an outcome the
   * story stored (Neo-Lumen's night) was decided by the rule as it stood then, and the report says
   * why. Rebuilt with the run, so a save, a rewind and a replay (which replay the choices) keep it.
   */
  readonly outcomeAsks: OutcomeInput[] = [];

  constructor(
    readonly compiledJson: string,
    options: RunnerOptions = {},
  ) {
    this.manifest = options.manifest ?? null;
    this.rule = this.manifest ? compileRule(this.manifest) : null;
    this.keepTranscript = options.keepTranscript ?? true;
    this.sourceMap = options.sourceMap ?? null;
    this.onOutcomeAsked = options.onOutcomeAsked ?? null;
    this.onContract = options.onContract ?? null;
    this.stepLimit = options.stepLimit ?? DEFAULT_STEP_LIMIT;
    this.storyHash = hashText(compiledJson);
    this.story = new Story(compiledJson);
    this.story.allowExternalFunctionFallbacks = true;
    this.story.state.storySeed = options.seed ?? 0;
    this.story.onError = (message, type) => {
      // ink reports runtime errors and warnings here instead of throwing; warnings are kept, errors stop play.
      if (Number(type) === INK_ERROR_TYPE) throw new Error(`${message} (${this.whereabouts})`);
      this.warnings.push(message);
    };
    this.stanceState = { stances: this.manifest ? startingStances(this.manifest) : {}, history: [] };
    this.guardAgainstEndlessLoops();
    this.bindExternals();
    this.startDecisions = this.decisions();
  }

  /** Start again from the top with a new seed, keeping the parsed story (much cheaper than a new runner). */
  reset(seed = 0): void {
    // ResetState runs the global declarations through Step: the count starts again first, or a run
    // that hit the loop limit would trip the guard in the next run's reset.
    this.steps = 0;
    this.story.ResetState();
    this.story.state.storySeed = seed;
    this.stanceState = { stances: this.manifest ? startingStances(this.manifest) : {}, history: [] };
    this.transcript.length = 0;
    this.outcomeAsks.length = 0;
    this.choicesTaken.length = 0;
    this.warnings.length = 0;
    this.currentChoices = [];
    this.lastLine = "";
    this.staging = emptyStaging();
  }

  get turn(): number {
    return this.choicesTaken.length;
  }

  get choices(): readonly StoryChoice[] {
    return this.currentChoices;
  }

  get ended(): boolean {
    return !this.story.canContinue && this.currentChoices.length === 0;
  }

  get stances(): Readonly<Record<string, number>> {
    return this.stanceState.stances;
  }

  /** Every stance move so far, in order: the stance panel's "why" and the report's chart. */
  get stanceHistory(): readonly NudgeRecord[] {
    return this.stanceState.history;
  }

  /** Stances and their history, copied (what a save keeps). */
  stanceRecords(): StanceState {
    return structuredClone(this.stanceState);
  }

  get knot(): string {
    return knotOfPath(this.path);
  }

  /** The ink path the story is at (or last was at). */
  get path(): string | null {
    return this.story.state.currentPathString ?? this.story.state.previousPointer?.path?.toString() ?? null;
  }

  /** `file.ink:line` of where the story is, when the story was compiled here; else null. */
  get location(): string | null {
    return sourceLocation(this.sourceMap, this.path);
  }

  /** "at act1.ink:12, in knot" (or "in knot" without a source map): for error messages. */
  get whereabouts(): string {
    const knot = this.knot;
    const location = this.location;
    if (location) return `at ${location}${knot ? `, in ${knot}` : ""}`;
    return knot ? `in ${knot}` : "at the start";
  }

  /** `file.ink:line` of an ink path (a choice's source path, a knot), or the path itself without a map. */
  place(path: string): string {
    return describePlace(this.sourceMap, path);
  }

  /**
   * Continue to the next choice point (or the end), handing out each step on the way. A runner that
   * keeps no transcript (explore, analyze) gives its lines no id: the hashing is waste there.
   */
  continueToChoice(): StoryBeat {
    const steps: StoryStep[] = [];
    this.steps = 0;
    while (this.story.canContinue) {
      this.pendingNudges = [];
      const text = this.story.Continue() ?? "";
      steps.push(this.takeStep(text, this.story.currentTags));
    }
    this.pendingNudges = [];
    this.currentChoices = this.story.currentChoices.map(offeredChoice);
    const lines = steps.flatMap((step) => (step.line ? [step.line] : []));
    return { steps, lines, choices: this.currentChoices, ended: this.currentChoices.length === 0 };
  }

  choose(index: number): void {
    const choice = this.currentChoices[index];
    if (!choice) {
      throw new Error(
        `choice ${index} does not exist here (${this.currentChoices.length} choices, ${this.whereabouts})`,
      );
    }
    this.choicesTaken.push(
      choice.target ? { index, text: choice.text, target: choice.target } : { index, text: choice.text },
    );
    this.currentChoices = [];
    this.story.ChooseChoiceIndex(index);
  }

  /** Values of the manifest's decision variables, as the outcome rule receives them. */
  decisions(): Record<string, DecisionValue> {
    const values: Record<string, DecisionValue> = {};
    for (const { id } of this.manifest?.decisions ?? []) {
      const value: unknown = this.story.variablesState.$(id);
      if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") values[id] = value;
      else if (value !== undefined && value !== null) values[id] = String(value);
    }
    return values;
  }

  /** The declared rule inputs the screen shows now (meter marks and ledger lines). */
  shownInputs(decisions = this.decisions()): ShownInput[] {
    return shownInputs(this.manifest?.decisions ?? [], decisions, this.startDecisions);
  }

  /** The outcome the rule decides from the stances and decisions now; null for a story without a rule. */
  outcome(): string | null {
    if (!this.rule) return null;
    const input = { stances: this.stances, decisions: this.decisions() };
    return this.rule.decide(input);
  }

  private takeStep(rawText: string, rawTags: string[] | null): StoryStep {
    const tags = parseTags(rawTags);
    if (tags.needs !== undefined && this.onContract) this.checkContract(tags.needs, this.onContract);
    this.staging = nextStaging(this.staging, tags);
    const text = rawText.trim();
    let line: StoryLine | null = null;
    if (text !== "") {
      this.lastLine = text;
      line = {
        text,
        speaker: tags.speaker ?? null,
        tags,
        turn: this.turn,
        ...(this.keepTranscript ? { id: lineIdOfClean(knotOfCurrentLine(this.story), text) } : {}),
      };
      if (this.keepTranscript) this.transcript.push(line);
    }
    const decisions = this.decisions();
    return {
      line,
      tags,
      nudges: this.pendingNudges,
      staging: this.staging,
      inputs: this.shownInputs(decisions),
      decisions,
    };
  }

  /** Evaluate a line's contract now, as the line is shown, and tell the listener. */
  private checkContract(condition: string, listener: (check: ContractCheck) => void): void {
    const path = this.contractPath();
    const scope = this.scopeOf(path);
    let held: boolean;
    try {
      held = contractOf(condition)((name) => this.readName(name, scope));
    } catch (error) {
      throw new Error(`# needs: ${(error as Error).message} (${this.whereabouts})`);
    }
    listener({
      condition,
      location: path ? this.place(path) : (this.location ?? this.knot),
      held,
      choices: () => this.choicesTaken.map((choice) => choice.index),
    });
  }

  /** A global variable's value, or else the visit count of a knot, stitch, or labelled choice or gather. */
  private readName(name: string, scope: ContractScope): InkValue {
    const variables = this.story.variablesState;
    if (!variables.GlobalVariableExistsWithName(name))
      return this.story.state.VisitCountAtPathString(this.countedPath(name, scope)) ?? 0;
    const value: unknown = variables.$(name);
    if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
    // A list: ink reads it as true when it holds an item.
    const count = (value as { Count?: unknown } | null)?.Count;
    return typeof count === "number" ? count : null;
  }

  private readonly countedPaths = new Map<string, string>();

  /**
   * The runtime path ink counts a name's visits in, nearest to where the contract is written first
   * (as ink reads `asked` inside its knot): a knot or stitch is its own path, a label (`knot.label`)
   * is found in the compiler's map. ink reads an unknown path as 0, which would break every contract
   * on it in silence, so a name that is none of these is an error.
   */
  private countedPath(name: string, scope: ContractScope): string {
    const key = `${scope.knot ?? ""}.${scope.stitch ?? ""}\u0000${name}`;
    const known = this.countedPaths.get(key);
    if (known !== undefined) return known;
    for (const candidate of candidatePaths(name, scope)) {
      const counted = this.sourceMap?.labels?.[candidate] ?? candidate;
      if (containerAtPath(this.story, counted)) {
        this.countedPaths.set(key, counted);
        return counted;
      }
    }
    throw new Error(
      `"${name}" is not a variable, knot, stitch or label of the story${this.sourceMap?.labels ? "" : " (a label is known only to a story compiled from its ink)"}`,
    );
  }

  /** The knot and stitch of a runtime path (`tower.stair.0.c-1`): a knot's named children are its stitches. */
  private scopeOf(path: string | null): ContractScope {
    const [knot, stitch] = (path ?? "").split(".");
    if (!knot || /^\d+$/.test(knot)) return { knot: null, stitch: null };
    const isStitch = stitch !== undefined && /^[A-Za-z_]\w*$/.test(stitch) && !/^[cg]-\d+$/.test(stitch);
    return { knot, stitch: isStitch && containerAtPath(this.story, `${knot}.${stitch}`) ? stitch : null };
  }

  /** The ink path of the contract tag just shown: its piece in ink's output carries it. */
  private contractPath(): string | null {
    for (const piece of this.story.state.outputStream as { value?: unknown; path?: { toString(): string } }[]) {
      if (typeof piece.value === "string" && /^\s*needs\s*:/.test(piece.value) && piece.path)
        return piece.path.toString();
    }
    return null;
  }

  private bindExternals(): void {
    const declared = declaredExternals(this.compiledJson);
    if (declared.has("nudge")) {
      this.story.BindExternalFunction(
        "nudge",
        (character: unknown, percent: unknown) => {
          const where = this.knot;
          try {
            const record = applyNudge(this.stanceState.stances, String(character), Number(percent), {
              knot: where,
              choice: this.choicesTaken.at(-1)?.text ?? null,
              turn: this.turn,
            });
            this.stanceState = {
              stances: { ...this.stanceState.stances, [record.character]: record.after },
              history: [...this.stanceState.history, record],
            };
            this.pendingNudges.push(record);
          } catch (error) {
            throw new Error(
              `nudge(${JSON.stringify(character)}, ${String(percent)}) ${this.whereabouts}: ${(error as Error).message}`,
            );
          }
        },
        false,
      );
    }
    if (declared.has("stance")) {
      this.story.BindExternalFunction(
        "stance",
        (character: unknown) => {
          const value = this.stances[String(character)];
          if (value === undefined) {
            throw new Error(`stance(${JSON.stringify(character)}) ${this.whereabouts}: unknown character`);
          }
          return value;
        },
        true,
      );
    }
    if (declared.has("festival_outcome")) {
      this.story.BindExternalFunction(
        "festival_outcome",
        () => {
          if (this.rule) {
            const input = { stances: { ...this.stances }, decisions: this.decisions() };
            this.outcomeAsks.push(input);
            this.onOutcomeAsked?.(input);
          }
          const outcome = this.outcome();
          if (outcome === null) throw new Error("festival_outcome(): this story has no outcome rule");
          return outcome;
        },
        true,
      );
    }
  }

  /** ink will spin forever on a divert loop with no output; count steps and stop it with a clear error. */
  private guardAgainstEndlessLoops(): void {
    beforeEveryStep(this.story, () => {
      this.steps += 1;
      if (this.steps > this.stepLimit) {
        throw new Error(
          `the story ran ${this.stepLimit} steps without reaching a choice or an end (an endless loop ${this.whereabouts}?)`,
        );
      }
    });
  }
}
