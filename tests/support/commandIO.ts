import type { Command, CommandIO } from "../../src/cli/cliSupport";

/** A command run in this process as a tester runs it at a terminal, with its output kept as text. */
export async function runCommand(main: Command, argv: string[], input = "") {
  let stdout = "";
  let stderr = "";
  const io: CommandIO = {
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
    input: (async function* () {
      yield input;
    })(),
    inputIsTerminal: false,
    errorIsTerminal: false,
    columns: 80,
  };
  const status = await main(argv, io);
  return { status, stdout, stderr };
}
