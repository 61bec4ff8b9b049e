import fs from "node:fs";
import readline from "node:readline/promises";
import { parsePlaythroughScript, runPlaythrough } from "../engine/playthrough";
import { type StoryLine, StoryRunner } from "../engine/storyRunner";
import { type CommandIO, command, fail, loadCompiledStory, readArguments, runWhenStarted, table } from "./cliSupport";

const usage = `usage: npm run play -- <campaign id | file.ink | file.json> [--choices 0,2,1 | --script file.json]
                        [--seed S] [--json]
Without --choices or --script, plays interactively: type a choice's number (q to quit).
--seed sets ink's RANDOM (default 0); explore and analyze print the seed each run used.
A line shown without its # needs: contract is reported on stderr ("contract broken: file:line needs ...").
To run every playthrough script at once (with JUnit XML for CI): npm run playthroughs.`;

const options = {
  choices: { type: "string" },
  script: { type: "string" },
  seed: { type: "string", default: "0" },
  json: { type: "boolean", default: false },
  help: { type: "boolean" },
} as const;

/**
 * Answers typed at a terminal are read one at a time; piped answers (a tester's file) are read
 * whole first, so none is lost between prompts.
 */
async function answerSource(io: CommandIO): Promise<{ next: () => Promise<string | null>; close: () => void }> {
  if (!io.inputIsTerminal) {
    let text = "";
    for await (const chunk of io.input) text += String(chunk);
    const lines = text.split(/\r?\n/);
    if (lines.at(-1) === "") lines.pop();
    return { next: async () => lines.shift()?.trim() ?? null, close: () => undefined };
  }
  const terminal = readline.createInterface({ input: process.stdin, output: process.stdout });
  let closed = false;
  terminal.once("close", () => {
    closed = true;
  });
  return {
    next: async () => {
      if (closed) return null;
      try {
        return (await terminal.question("? ")).trim();
      } catch {
        return null;
      }
    },
    close: () => terminal.close(),
  };
}

export const main = command(async (argv, io) => {
  const { values, positionals } = readArguments(argv, usage, options);
  if (values.help) {
    io.out(`${usage}\n`);
    return 0;
  }
  if (values.choices !== undefined && values.script !== undefined)
    fail(`use --choices or --script, not both\n\n${usage}`, 2);

  let script: ReturnType<typeof parsePlaythroughScript> | null = null;
  if (values.script) {
    try {
      script = parsePlaythroughScript(JSON.parse(fs.readFileSync(values.script, "utf8")), values.script);
    } catch (error) {
      fail(`${values.script}: ${(error as Error).message}`);
    }
  }
  if (script && positionals[0] !== undefined && positionals[0] !== script.story) {
    fail(
      `${values.script} plays "${script.story}", but the command line names "${positionals[0]}": name the same story, or leave it out to play the script's`,
      2,
    );
  }
  const input = positionals[0] ?? script?.story;
  const story = loadCompiledStory(input, usage);
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(seed)) fail(`--seed must be a whole number, not "${values.seed}"`, 2);
  const runner = new StoryRunner(story.json, {
    manifest: story.manifest,
    sourceMap: story.compile.sourceMap,
    seed,
    // A replay of a broken contract (explore, analyze) says where it breaks.
    onContract: (check) => {
      if (!check.held) io.err(`contract broken: ${check.location} needs ${check.condition}\n`);
    },
  });
  if (script?.storyHash && script.storyHash !== runner.storyHash) {
    io.err(
      `note: this log was recorded on story build ${script.storyHash}; the story is now ${runner.storyHash}, so it may not replay exactly\n`,
    );
  }

  const speakerName = (line: StoryLine) =>
    line.speaker ? (story.manifest?.characters.find((c) => c.id === line.speaker)?.name ?? line.speaker) : null;
  const width = Math.max(40, Math.min(io.columns, 100));

  /** Words wrapped to the terminal's width, continuation lines indented under the first. */
  function wrap(text: string, columns: number, indent = ""): string {
    const lines: string[] = [];
    let current = "";
    for (const word of text.split(/\s+/)) {
      if (current !== "" && current.length + 1 + word.length > columns) {
        lines.push(current);
        current = indent + word;
      } else current = current === "" ? word : `${current} ${word}`;
    }
    if (current !== "") lines.push(current);
    return lines.join("\n");
  }

  const printLine = (line: StoryLine) => {
    if (values.json) return;
    const name = speakerName(line);
    // One paragraph per line, with a blank line between, as the game shows them.
    io.out(`${wrap(`${name ? `${name}: ` : ""}${line.text}`, width)}\n\n`);
  };
  let lastHeading = "";
  /** The act and scene as a heading when they change, as the game shows them. */
  const printHeading = (staging: { act: number | null; scene: string | null }) => {
    if (values.json) return;
    const scene = story.manifest?.scenes.find((candidate) => candidate.id === staging.scene)?.name ?? staging.scene;
    const heading = [staging.act ? `Act ${staging.act}` : null, scene].filter(Boolean).join(": ");
    if (heading && heading !== lastHeading) io.out(`--- ${heading} ---\n\n`);
    lastHeading = heading;
  };
  /** Play on to the next choice, printing the lines on the way. */
  const continueAndPrint = () => {
    const beat = runner.continueToChoice();
    for (const step of beat.steps) {
      printHeading(step.staging);
      if (step.line) printLine(step.line);
    }
    return beat;
  };
  const printChoices = () => {
    if (values.json) return;
    for (const choice of runner.choices)
      io.out(`  ${wrap(`${choice.index + 1}. ${choice.text}`, width - 2, "     ")}\n`);
  };
  const announce = (index: number) => {
    if (!values.json) io.out(`> ${runner.choices[index]?.text ?? index}\n\n`);
  };

  let failures: string[] = [];
  try {
    if (script) {
      const result = runPlaythrough(runner, script);
      failures = result.failures.map(
        (failure) =>
          `step ${failure.step}: ${failure.message}\n    ...${failure.context.map((line) => `\n    | ${line}`).join("")}`,
      );
    } else if (values.choices !== undefined) {
      const path = values.choices
        .split(",")
        .map((part) => part.trim())
        .filter((part) => part !== "");
      continueAndPrint();
      for (const [step, part] of path.entries()) {
        const index = Number(part);
        if (!Number.isInteger(index) || index < 0 || index >= runner.choices.length) {
          throw new Error(
            `--choices step ${step + 1}: "${part}" is not one of the ${runner.choices.length} choices offered (0-${runner.choices.length - 1})`,
          );
        }
        announce(index);
        runner.choose(index);
        continueAndPrint();
      }
      if (!runner.ended) printChoices();
    } else {
      const answers = await answerSource(io);
      continueAndPrint();
      while (!runner.ended) {
        printChoices();
        if (!io.inputIsTerminal) io.out("? ");
        const answer = await answers.next();
        if (answer === null) break; // standard input closed
        if (answer === "q") break;
        const index = Number(answer) - 1;
        if (!Number.isInteger(index) || !runner.choices[index]) {
          io.out(`type a number from 1 to ${runner.choices.length}, or q to quit\n`);
          continue;
        }
        announce(index);
        runner.choose(index);
        continueAndPrint();
      }
      answers.close();
    }
  } catch (error) {
    failures.push(`the story failed after ${runner.choicesTaken.length} choices: ${(error as Error).message}`);
  }

  const outcome = runner.ended ? runner.outcome() : null;
  if (values.json) {
    const report = {
      transcript: runner.transcript,
      choices: runner.choicesTaken,
      stances: runner.stances,
      outcome,
      ended: runner.ended,
      storyHash: runner.storyHash,
      failures,
    };
    io.out(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const characters = story.manifest?.characters ?? [];
    if (characters.length > 0) {
      const rows: (string | number)[][] = [["character", "start", "now"]];
      for (const character of characters)
        rows.push([character.name, character.start, Math.round(runner.stances[character.id] ?? 0)]);
      io.out(`\n${table(rows)}\n`);
    }
    io.out(
      `\n${runner.ended ? "ended" : "stopped"} after ${runner.choicesTaken.length} choices; outcome: ${outcome ?? "none"}\n`,
    );
    io.out(`choice path: ${runner.choicesTaken.map((choice) => choice.index).join(",")}\n`);
    for (const failure of failures) io.err(`FAILED ${failure}\n`);
    if (script && failures.length === 0)
      io.out(`passed: ${script.title ?? values.script} (outcome: ${outcome ?? "none"})\n`);
  }
  return failures.length > 0 ? 1 : 0;
});

runWhenStarted(import.meta.url, main);
