import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/**
 * A new campaign that passes `npm run test:fast` as it is (`npm run new-campaign -- <id>`): a short
 * story with two outcomes, one playthrough script per outcome, a manifest with one built place and
 * one drawn (an SVG in the folder), and its ids in the writers' guide. Everything the suite checks
 * of a campaign is here, so a writer starts green and stays green by changing one thing at a time.
 * Files are written as Biome formats them, since `npm run lint` checks JSON and Markdown too.
 */
export interface ScaffoldFolders {
  /** Where campaign folders live (stories/); its README.md is the writers' guide that lists ids. */
  stories: string;
  /** Where the playthrough scripts live (tests/playthroughs/). */
  playthroughs: string;
}

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** "salt-harbour" -> "Salt Harbour" */
function titleOf(id: string): string {
  return id
    .split("-")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ");
}

/** The text as `biome format` writes it (the file name says which language). */
function formatted(fileName: string, text: string): string {
  const biome = path.join(ROOT, "node_modules", ".bin", "biome");
  const result = spawnSync(biome, ["format", `--stdin-file-path=${fileName}`], { input: text, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`biome could not format ${fileName}: ${result.stderr || result.stdout}`);
  return result.stdout;
}

function manifest(id: string) {
  return {
    id,
    title: titleOf(id),
    subtitle: "A festival at dawn",
    protagonist: "ada",
    palette: {
      accent: "#9be7a0",
      accentStrong: "#cdf7d0",
      accentInk: "#07160a",
      title: "#d8fbd9",
      glow: ["#1d5a3e", "#5a3a8a"],
    },
    characters: [
      {
        id: "ada",
        name: "Ada Marsh",
        role: "Keeper of the street's lantern",
        start: -20,
        colour: "#9be7a0",
        portrait: "seraphina",
        why: "She has lit the one lantern the whole street walks home by, so she starts with the shared light.",
      },
      {
        id: "bram",
        name: "Bram Hollow",
        role: "A traveller passing through",
        start: 20,
        colour: "#f2b36a",
        portrait: "talon",
        why: "He has never stayed anywhere long enough to share a lantern, so he starts with his own way.",
      },
    ],
    extras: ["A neighbour"],
    scenes: [
      { id: "street", name: "The street", place: { builder: "lumen-skyline" } },
      { id: "square", name: "The square at dawn", place: { image: "places/square.svg" } },
    ],
    moods: [
      { id: "calm", music: "neo-lumen-calm" },
      { id: "tense", music: "neo-unity-tense" },
    ],
    sfx: [{ id: "chime", file: "chime", flash: { colour: "#cdf7d0", strength: 0.15 } }],
    outcomes: [
      {
        id: "together",
        title: "One Lantern",
        summary: "The street lights one lantern, and everyone walks home by it.",
        staging: { builder: "living-tapestry" },
        hint: "What if Bram stays?",
      },
      {
        id: "apart",
        title: "Every Window",
        summary: "Every window lights its own, and the street glitters without a centre.",
        staging: { builder: "thousand-nights" },
        hint: "What if Ada lets go?",
      },
    ],
    decisions: [],
    // The story's one image, counted so it stays rare, and a tic retired (stories/README.md).
    phraseLimits: { lantern: 6, suddenly: 0 },
    rule: {
      conditions: [{ name: "the two lean together", when: "mean <= 0", outcome: "together" }],
      default: "apart",
    },
  };
}

const MAIN_INK = (
  title: string,
) => `// ${title}: a new campaign from \`npm run new-campaign\`. Rewrite it; stories/README.md says how.
INCLUDE externals.ink
INCLUDE story.ink

-> opening
`;

const EXTERNALS_INK = `// The game's external functions (stories/README.md). The game binds the real ones; these
// fallbacks only let Inky run the story: stances read as 0 there.
EXTERNAL nudge(character_id, percent)
EXTERNAL stance(character_id)
EXTERNAL festival_outcome()

=== function nudge(character_id, percent) ===
~ return 0

=== function stance(character_id) ===
~ return 0

=== function festival_outcome() ===
~ return "apart"
`;

const STORY_INK = `=== opening ===
# act: 1
# scene: street
# mood: calm
The street is quiet tonight. The festival starts at dawn.
Tomorrow we light one lantern, all of us. # speaker: ada
Or each of us lights our own. # speaker: bram
* [Stand with Ada.]
    ~ nudge("ada", -30)
    ~ nudge("bram", -30)
    You take the lantern Ada holds out to you.
* [Walk on with Bram.]
    ~ nudge("ada", 30)
    ~ nudge("bram", 30)
    You follow Bram down the side street.
- -> festival

=== festival ===
# act: 2
# scene: square
# mood: tense
# sfx: chime
Dawn comes up over the square.
Are we ready? # speaker: A neighbour
{ festival_outcome():
- "together": -> together
- else: -> apart
}

=== together ===
The whole street lights one lantern. # speaker: ada
-> END

=== apart ===
Every window lights its own. # speaker: bram
-> END
`;

const SQUARE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
  <title>The square at dawn</title>
  <defs>
    <linearGradient id="dawn" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#1b1640"/>
      <stop offset="0.7" stop-color="#7a4a8a"/>
      <stop offset="1" stop-color="#f0a070"/>
    </linearGradient>
  </defs>
  <rect width="1600" height="900" fill="url(#dawn)"/>
  <g fill="#140f26">
    <rect x="0" y="520" width="300" height="380"/>
    <rect x="320" y="460" width="220" height="440"/>
    <rect x="1080" y="480" width="240" height="420"/>
    <rect x="1340" y="540" width="260" height="360"/>
  </g>
  <rect y="760" width="1600" height="140" fill="#0c0a18"/>
</svg>
`;

function playthrough(id: string, outcome: string, choice: string, title: string) {
  return { story: id, title, steps: [{ choose: choice }], expect: { ended: true, outcome } };
}

/** The campaign's block in the writers' guide's list of ids (every id, so writers never read JSON). */
function guideRows(id: string): string {
  const campaign = manifest(id);
  const list = (ids: string[]) => ids.map((entry) => `\`${entry}\``).join(", ");
  return [
    `**${campaign.title}** (\`stories/${id}\`), the player is Ada.`,
    "",
    `- characters: ${campaign.characters.map((character) => `\`${character.id}\` (${character.name})`).join(", ")}`,
    `- scenes: ${list(campaign.scenes.map((scene) => scene.id))}`,
    `- outcomes: ${list(campaign.outcomes.map((outcome) => outcome.id))}`,
    `- moods: ${list(campaign.moods.map((mood) => mood.id))}; sounds: ${list(campaign.sfx.map((sound) => sound.id))}`,
    "",
    "",
  ].join("\n");
}

/** Inserts the rows before the guide's "Both campaigns:" list, or at the end of the guide. */
function withGuideRows(guide: string, rows: string): string {
  const at = guide.search(/^Both campaigns:/m);
  return at < 0 ? `${guide.trimEnd()}\n\n${rows}` : guide.slice(0, at) + rows + guide.slice(at);
}

/** Writes the campaign; returns the files it wrote or changed. Refuses an id that is taken or malformed. */
export function scaffoldCampaign(id: string, folders: ScaffoldFolders): string[] {
  if (!ID_PATTERN.test(id))
    throw new Error(`"${id}" is not a campaign id: lower-case words joined by -, such as salt-harbour`);
  const folder = path.join(folders.stories, id);
  if (fs.existsSync(folder)) throw new Error(`${folder} already exists: pick another id, or remove it first`);
  const scripts = [
    {
      file: `${id}-together.json`,
      content: playthrough(id, "together", "Stand with Ada.", "Standing with Ada lights one lantern"),
    },
    {
      file: `${id}-apart.json`,
      content: playthrough(id, "apart", "Walk on with Bram.", "Walking on with Bram lights every window"),
    },
  ];
  for (const { file } of scripts)
    if (fs.existsSync(path.join(folders.playthroughs, file)))
      throw new Error(`${path.join(folders.playthroughs, file)} already exists`);

  const written: string[] = [];
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    written.push(file);
  };
  write(path.join(folder, "campaign.json"), formatted("campaign.json", JSON.stringify(manifest(id), null, 2)));
  write(path.join(folder, "main.ink"), MAIN_INK(titleOf(id)));
  write(path.join(folder, "externals.ink"), EXTERNALS_INK);
  write(path.join(folder, "story.ink"), STORY_INK);
  write(path.join(folder, "places", "square.svg"), SQUARE_SVG);
  for (const { file, content } of scripts)
    write(path.join(folders.playthroughs, file), formatted(file, JSON.stringify(content, null, 2)));
  const guide = path.join(folders.stories, "README.md");
  const before = fs.existsSync(guide) ? fs.readFileSync(guide, "utf8") : "# Writing for Dreamers of 2145\n";
  write(guide, formatted("README.md", withGuideRows(before, guideRows(id))));
  return written;
}
