import path from "node:path";
import type { Plugin, ViteDevServer } from "vite";
import { outlineStory, type StoryOutline } from "../engine/storyOutline.ts";
import { EXTERNAL_FUNCTIONS } from "../engine/storyRunner.ts";
import { campaignIds, readManifest } from "./campaigns.ts";
import { compileInkFile, formatDiagnostic, type InkCompileResult } from "./compileInk.ts";

/**
 * Discovers the campaigns and compiles their stories, at build and in the dev server.
 * - `virtual:campaigns` lists every folder of stories/ holding a campaign.json, with its manifest
 *   (validated here: a bad field or a missing place, music or sound fails the build with file and
 *   field) and a loader for its story. It is how the browser learns which campaigns exist.
 * - `virtual:campaign/<id>` is a lazily loaded chunk holding the compiled story JSON of
 *   stories/<id>/main.ink (with its INCLUDEs); the compiler runs only here, in Node.
 * In dev, saving an .ink file recompiles and pushes the story to the page (`ink:update`) without
 * a reload; a compile error goes to the terminal and to Vite's overlay with file and line.
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

/** `DREAMERS_STORIES_DIR` points the dev server at another stories folder (the live-reload test uses a copy). */
export function inkCampaigns(storiesDir = path.resolve(process.env.DREAMERS_STORIES_DIR ?? "stories")): Plugin {
  const compileCampaign = (campaign: string) => compileInkFile(path.join(storiesDir, campaign, "main.ink"));
  const campaignOfFile = (file: string): string | null => {
    const relative = path.relative(storiesDir, file);
    if (relative.startsWith("..") || !relative.includes(path.sep)) return null;
    return relative.split(path.sep)[0] ?? null;
  };
  let server: ViteDevServer | null = null;

  return {
    name: "ink-campaigns",
    configureServer(devServer) {
      server = devServer;
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
      const outline = outlineStory(result.json, EXTERNAL_FUNCTIONS);
      return `export default ${JSON.stringify(result.json)};\nexport const outline = ${JSON.stringify(outline)};`;
    },
    handleHotUpdate({ file }) {
      if (!file.endsWith(".ink") || !server) return;
      const campaign = campaignOfFile(file);
      if (!campaign) return;
      const result = compileCampaign(campaign);
      const module = server.moduleGraph.getModuleById(`${RESOLVED_PREFIX}${campaign}`);
      if (module) server.moduleGraph.invalidateModule(module);
      const error = firstError(result);
      if (error || !result.json) {
        const message = errorSummary(campaign, result);
        server.config.logger.error(message, { timestamp: true });
        server.ws.send({
          type: "error",
          err: {
            message,
            stack: "",
            id: path.resolve(error?.file ?? file),
            plugin: "ink-campaigns",
            loc: { file: path.resolve(error?.file ?? file), line: error?.line ?? 1, column: 0 },
          },
        });
        return [];
      }
      server.config.logger.info(`ink: recompiled ${campaign}`, { timestamp: true });
      const update: InkUpdate = {
        campaign,
        story: result.json,
        outline: outlineStory(result.json, EXTERNAL_FUNCTIONS),
      };
      server.ws.send({ type: "custom", event: "ink:update", data: update });
      return [];
    },
  };
}
