import fs from "node:fs";
import path from "node:path";
import type { Plugin, ViteDevServer } from "vite";
import { CAMPAIGN_IMAGES_FOLDER } from "../content/artIds.ts";
import { manifestImages } from "../engine/campaign.ts";
import { outlineStory, type StoryOutline } from "../engine/storyOutline.ts";
import { type CampaignFindings, campaignFindings, formatFinding } from "./campaignFindings.ts";
import { formatOfName, IMAGE_CONTENT_TYPES } from "./campaignImages.ts";
import { campaignIds, readManifest } from "./campaigns.ts";
import { compileInkFile, formatDiagnostic, type InkCompileResult } from "./compileInk.ts";

/**
 * Discovers the campaigns and compiles their stories, at build and in the dev server.
 * - `virtual:campaigns` lists every folder of stories/ holding a campaign.json, with its manifest
 *   (validated here: a bad field, a missing place, music, sound or image fails the build with file
 *   and field) and a loader for its story. It is how the browser learns which campaigns exist.
 * - `virtual:campaign/<id>` is a lazily loaded chunk holding the compiled story JSON of
 *   stories/<id>/main.ink (with its INCLUDEs); the compiler runs only here, in Node.
 * - The images a manifest names are served from, and copied by the build to,
 *   `campaign-images/<id>/<file>`.
 * In dev, saving an .ink file or a campaign.json runs the checks of `story:check` that take no
 * time (manifest, compiler, vocabulary: campaignFindings.ts). Errors go to the terminal and to
 * Vite's overlay with file and line; a clean save pushes the story to the page (`ink:update`)
 * without a reload, and the page takes the overlay down. A campaign folder added or removed
 * reloads the page with the new list of campaigns.
 */
const VIRTUAL_PREFIX = "virtual:campaign/";
const RESOLVED_PREFIX = `\0${VIRTUAL_PREFIX}`;
const CATALOG_ID = "virtual:campaigns";
const RESOLVED_CATALOG_ID = `\0${CATALOG_ID}`;

export interface InkUpdate {
  campaign: string;
  story: string;
  outline: StoryOutline;
}

function firstError(result: InkCompileResult) {
  return result.diagnostics.find((diagnostic) => diagnostic.severity === "error");
}

function errorSummary(campaign: string, result: InkCompileResult): string {
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
  return `The ${campaign} story does not compile:\n${errors.map(formatDiagnostic).join("\n")}`;
}

function findingsSummary(campaign: string, findings: CampaignFindings): string {
  const count = findings.errors.length;
  return `The ${campaign} campaign has ${count} error${count === 1 ? "" : "s"} (story:check would fail):\n${findings.errors
    .map((finding) => formatFinding(finding, "error"))
    .join("\n")}`;
}

/** `DREAMERS_STORIES_DIR` points the dev server at another stories folder (the live-reload test uses a copy). */
export function inkCampaigns(storiesDir = path.resolve(process.env.DREAMERS_STORIES_DIR ?? "stories")): Plugin {
  const compileCampaign = (campaign: string) => compileInkFile(path.join(storiesDir, campaign, "main.ink"));
  const campaignOfFile = (file: string): string | null => {
    const relative = path.relative(storiesDir, file);
    if (relative.startsWith("..") || !relative.includes(path.sep)) return null;
    return relative.split(path.sep)[0] ?? null;
  };
  /** Each image file of each campaign, by the path the game asks for (`<campaign>/<file>`). */
  const imagesByUrl = (): Map<string, string> => {
    const images = new Map<string, string>();
    for (const campaign of campaignIds(storiesDir)) {
      let manifest: ReturnType<typeof readManifest>;
      try {
        manifest = readManifest(path.join(storiesDir, campaign));
      } catch {
        continue; // the catalog reports a broken manifest
      }
      for (const { image } of manifestImages(manifest))
        images.set(`${campaign}/${image}`, path.join(storiesDir, campaign, image));
    }
    return images;
  };
  let server: ViteDevServer | null = null;
  let knownCampaigns = campaignIds(storiesDir).join(",");

  /** Shows a campaign's errors over the page and in the terminal; false when there are none. */
  const reportFindings = (campaign: string, findings: CampaignFindings): boolean => {
    if (!server) return false;
    for (const warning of findings.warnings)
      server.config.logger.warn(formatFinding(warning, "warning"), { timestamp: true });
    const [first] = findings.errors;
    if (!first) return false;
    const message = findingsSummary(campaign, findings);
    server.config.logger.error(message, { timestamp: true });
    const file = path.resolve(first.file);
    server.ws.send({
      type: "error",
      err: { message, stack: "", id: file, plugin: "ink-campaigns", loc: { file, line: first.line ?? 1, column: 0 } },
    });
    return true;
  };

  /** A folder with a campaign.json appeared or went: the title's list of campaigns is rebuilt. */
  const followCampaignFolders = () => {
    if (!server) return;
    const now = campaignIds(storiesDir).join(",");
    if (now === knownCampaigns) return;
    knownCampaigns = now;
    const catalog = server.moduleGraph.getModuleById(RESOLVED_CATALOG_ID);
    if (catalog) server.moduleGraph.invalidateModule(catalog);
    server.config.logger.info(`campaigns: ${now.split(",").join(", ")}`, { timestamp: true });
    server.ws.send({ type: "full-reload" });
  };

  return {
    name: "ink-campaigns",
    configureServer(devServer) {
      server = devServer;
      // A stories folder outside the project (DREAMERS_STORIES_DIR) is not watched by default.
      devServer.watcher.add(storiesDir);
      devServer.watcher.on("add", followCampaignFolders);
      devServer.watcher.on("unlink", followCampaignFolders);
      devServer.watcher.on("unlinkDir", followCampaignFolders);
      devServer.middlewares.use(`/${CAMPAIGN_IMAGES_FOLDER}`, (request, response, next) => {
        const wanted = decodeURIComponent((request.url ?? "").split("?")[0] ?? "").replace(/^\//, "");
        // Only a file a manifest names is served: never the ink, nor anything outside the folder.
        const file = imagesByUrl().get(wanted);
        const format = file ? formatOfName(file) : null;
        if (!file || !format || !fs.existsSync(file)) return next();
        response.setHeader("Content-Type", IMAGE_CONTENT_TYPES[format]);
        response.setHeader("Cache-Control", "no-cache");
        response.end(fs.readFileSync(file));
      });
    },
    resolveId(id) {
      return id === CATALOG_ID || id.startsWith(VIRTUAL_PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (id === RESOLVED_CATALOG_ID) {
        const entries = campaignIds(storiesDir).map((campaign) => {
          const folder = path.join(storiesDir, campaign);
          this.addWatchFile(path.join(folder, "campaign.json"));
          let manifest: ReturnType<typeof readManifest>;
          try {
            manifest = readManifest(folder);
          } catch (error) {
            return this.error((error as Error).message);
          }
          if (manifest.id !== campaign)
            this.error(
              `${path.join(folder, "campaign.json")}: id "${manifest.id}" must be the folder's name "${campaign}"`,
            );
          for (const { image } of manifestImages(manifest)) this.addWatchFile(path.join(folder, image));
          // One literal import per campaign keeps each story in its own lazy chunk.
          return `{ id: ${JSON.stringify(campaign)}, manifest: ${JSON.stringify(manifest)}, loadStory: () => import(${JSON.stringify(VIRTUAL_PREFIX + campaign)}) }`;
        });
        return `export const campaigns = [\n${entries.join(",\n")}\n];`;
      }
      if (!id.startsWith(RESOLVED_PREFIX)) return null;
      const campaign = id.slice(RESOLVED_PREFIX.length);
      const result = compileCampaign(campaign);
      for (const file of result.files) this.addWatchFile(file);
      const error = firstError(result);
      if (error || !result.json) {
        const message = errorSummary(campaign, result);
        this.error({
          message,
          id: error ? path.resolve(error.file) : undefined,
          loc: error?.line ? { file: path.resolve(error.file), line: error.line, column: 0 } : undefined,
        });
      }
      for (const warning of result.diagnostics) {
        if (warning.severity === "warning") this.warn(formatDiagnostic(warning));
      }
      const outline = outlineStory(result.json);
      return `export default ${JSON.stringify(result.json)};\nexport const outline = ${JSON.stringify(outline)};`;
    },
    generateBundle() {
      // The build copies each image a manifest names; readManifest has checked that each one is an image.
      for (const [url, file] of imagesByUrl())
        this.emitFile({ type: "asset", fileName: `${CAMPAIGN_IMAGES_FOLDER}/${url}`, source: fs.readFileSync(file) });
    },
    handleHotUpdate({ file }) {
      if (!server) return;
      const campaign = campaignOfFile(file);
      const isManifest = path.basename(file) === "campaign.json";
      if (!campaign || !(file.endsWith(".ink") || isManifest)) return;
      if (!fs.existsSync(path.join(storiesDir, campaign, "campaign.json"))) return;
      const findings = campaignFindings(path.join(storiesDir, campaign));
      const module = server.moduleGraph.getModuleById(`${RESOLVED_PREFIX}${campaign}`);
      if (module) server.moduleGraph.invalidateModule(module);
      if (reportFindings(campaign, findings)) return [];
      // A clean manifest reloads the page the usual way (the catalog changed).
      if (isManifest) return;
      const json = findings.compile?.json;
      if (!json) return [];
      server.config.logger.info(`ink: recompiled ${campaign}`, { timestamp: true });
      const update: InkUpdate = { campaign, story: json, outline: outlineStory(json) };
      server.ws.send({ type: "custom", event: "ink:update", data: update });
      return [];
    },
  };
}
