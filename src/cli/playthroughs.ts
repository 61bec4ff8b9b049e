import fs from "node:fs";
import path from "node:path";
import { type LoadedStory, loadStory } from "../build/campaigns";
import { formatDiagnostic } from "../build/compileInk";
import { parsePlaythroughScript, runPlaythrough } from "../engine/playthrough";
import { StoryRunner } from "../engine/storyRunner";
import { type CommandIO, command, fail, readArguments, runWhenStarted } from "./cliSupport";
import { junitXml, type TestCaseResult } from "./junit";
import { scriptLines } from "./scriptLines";

const DEFAULT_FOLDER = "tests/playthroughs";

const usage = `usage: npm run playthroughs [-- [folder | script.json ...] [--junit file.xml]]
Plays every playthrough script in ${DEFAULT_FOLDER}/ (or in the folders and scripts named), one line
each: "ok" with its outcome, or FAILED with the script's file:line of the failing step, the reason and
the last lines the story showed. Exits 1 if any script fails.
  --junit file  also write the results as JUnit XML, one test case per script (CI test reports)`;

const options = {
  junit: { type: "string" },
  help: { type: "boolean" },
} as const;

/** The script files named: a folder's *.json, in name order, or the files themselves. */
function scriptFiles(inputs: readonly string[]): string[] {
  return (inputs.length > 0 ? inputs : [DEFAULT_FOLDER]).flatMap((input) => {
    if (!fs.existsSync(input)) fail(`${input}: no such file or folder`);
    if (!fs.statSync(input).isDirectory()) return [input];
    const files = fs
      .readdirSync(input)
      .filter((name) => name.endsWith(".json"))
      .sort()
      .map((name) => path.join(input, name));
    if (files.length === 0) fail(`${input}: no playthrough scripts (*.json) in this folder`);
    return files;
  });
}

/** One script played, as a test case: a failure names the step's line in the script. */
function playScript(file: string, stories: Map<string, LoadedStory>): TestCaseResult & { outcome: string | null } {
  const started = performance.now();
  const text = fs.readFileSync(file, "utf8");
  const lines = scriptLines(text);
  const result = (
    name: string,
    className: string,
    line: number,
    failure: TestCaseResult["failure"],
    outcome: string | null,
    error = false,
  ) => ({
    name,
    className,
    file,
    line,
    seconds: (performance.now() - started) / 1000,
    failure,
    outcome,
    ...(error ? { error } : {}),
  });
  let script: ReturnType<typeof parsePlaythroughScript>;
  try {
    script = parsePlaythroughScript(JSON.parse(text), file);
  } catch (error) {
    const message = (error as Error).message;
    return result(
      path.basename(file),
      "playthroughs",
      1,
      { message: message.replace(/:\n\s*/, ": ").split("\n")[0] ?? message, details: message },
      null,
      true,
    );
  }
  const name = script.title ? `${path.basename(file)}: ${script.title}` : path.basename(file);
  const className = `playthroughs.${script.story}`;
  let story = stories.get(script.story);
  if (!story) {
    try {
      story = loadStory(script.story);
    } catch (error) {
      const message = (error as Error).message;
      return result(name, className, lines.key("story"), { message, details: message }, null, true);
    }
    stories.set(script.story, story);
  }
  if (!story.compile.json) {
    const details = story.compile.diagnostics.map(formatDiagnostic).join("\n");
    return result(
      name,
      className,
      lines.key("story"),
      { message: `${script.story} does not compile`, details },
      null,
      true,
    );
  }
  let played: ReturnType<typeof runPlaythrough>;
  try {
    const runner = new StoryRunner(story.compile.json, {
      manifest: story.manifest,
      sourceMap: story.compile.sourceMap,
    });
    played = runPlaythrough(runner, script);
  } catch (error) {
    const message = `the story failed: ${(error as Error).message}`;
    return result(name, className, lines.key("story"), { message, details: message }, null, true);
  }
  const [first] = played.failures;
  if (!first) return result(name, className, lines.key("steps"), null, played.outcome);
  const line = first.step === "expect" ? lines.key("expect") : lines.step(first.step - 1);
  const where = first.step === "expect" ? "expect" : `step ${first.step}`;
  const details = played.failures
    .map(
      (failure) =>
        `${failure.step === "expect" ? "expect" : `step ${failure.step}`}: ${failure.message}\n${failure.context.map((context) => `  | ${context}`).join("\n")}`,
    )
    .join("\n");
  return result(
    name,
    className,
    line,
    { message: `${where} (${file}:${line}): ${first.message}`, details },
    played.outcome,
  );
}

function report(results: readonly (TestCaseResult & { outcome: string | null })[], io: CommandIO) {
  for (const test of results) {
    if (!test.failure) io.out(`ok      ${test.file} (outcome: ${test.outcome ?? "none"})\n`);
    else io.out(`FAILED  ${test.file}:${test.line}\n${test.failure.details.replace(/^/gm, "        ")}\n`);
  }
  const failed = results.filter((test) => test.failure).length;
  io.out(`\n${results.length - failed} passed, ${failed} failed, of ${results.length} playthrough scripts\n`);
}

export const main = command(async (argv, io) => {
  const { values, positionals } = readArguments(argv, usage, options);
  if (values.help) {
    io.out(`${usage}\n`);
    return 0;
  }
  const stories = new Map<string, LoadedStory>();
  const results = scriptFiles(positionals).map((file) => playScript(file, stories));
  report(results, io);
  if (values.junit) {
    try {
      fs.writeFileSync(values.junit, junitXml("playthroughs", results));
    } catch (error) {
      fail(
        `--junit ${values.junit}: cannot write it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      );
    }
  }
  return results.some((test) => test.failure) ? 1 : 0;
});

runWhenStarted(import.meta.url, main);
