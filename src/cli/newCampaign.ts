import path from "node:path";
import { scaffoldCampaign } from "../build/campaignScaffold";
import { STORIES_DIR } from "../build/campaigns";
import { displayPath } from "../build/compileInk";
import { fail, readArguments } from "./cliSupport";

const usage = `usage: npm run new-campaign -- <id>
Makes stories/<id>/ (a short story with two outcomes, its campaign.json and a drawn place), one
playthrough script per outcome in tests/playthroughs/, and the campaign's ids in stories/README.md:
everything npm run test:fast checks of a campaign, so it passes as it is. The id is lower-case words
joined by - (salt-harbour).`;

const { values, positionals } = readArguments(usage, { help: { type: "boolean" } });
if (values.help) fail(usage, 0);
const [id, ...extra] = positionals;
if (!id || extra.length > 0) fail(usage, 2);

const playthroughs = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../tests/playthroughs");
try {
  const written = scaffoldCampaign(id, { stories: STORIES_DIR, playthroughs });
  process.stdout.write(
    `made the campaign "${id}":\n${written.map((file) => `  ${displayPath(file)}`).join("\n")}\n` +
      `next: npm run story:check -- ${id}, then npm start (the title offers it); stories/README.md, "Add a campaign"\n`,
  );
} catch (error) {
  fail((error as Error).message);
}
