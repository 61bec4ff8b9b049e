import path from "node:path";
import { scaffoldCampaign } from "../build/campaignScaffold";
import { STORIES_DIR } from "../build/campaigns";
import { displayPath } from "../build/compileInk";
import { command, fail, readArguments, runWhenStarted } from "./cliSupport";

const usage = `usage: npm run new-campaign -- <id>
Makes stories/<id>/ (a short story with two outcomes, its campaign.json and a drawn place), one
playthrough script per outcome in tests/playthroughs/, and the campaign's ids in stories/README.md:
everything npm run test:fast checks of a campaign, so it passes as it is. The id is lower-case words
joined by - (salt-harbour).`;

export const main = command(async (argv, io) => {
  const { values, positionals } = readArguments(argv, usage, { help: { type: "boolean" } });
  if (values.help) {
    io.out(`${usage}\n`);
    return 0;
  }
  const [id, ...extra] = positionals;
  if (!id || extra.length > 0) fail(usage, 2);
  const playthroughs = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../tests/playthroughs");
  // A refusal of the scaffold (a bad id, a folder that exists) is its message and exit 1, never a stack trace.
  const written = scaffoldCampaign(id, { stories: STORIES_DIR, playthroughs });
  io.out(
    `made the campaign "${id}":\n${written.map((file) => `  ${displayPath(file)}`).join("\n")}\n` +
      `next: npm run story:check -- ${id}, then npm start (the title offers it); stories/README.md, "Add a campaign"\n`,
  );
  return 0;
});

runWhenStarted(import.meta.url, main);
