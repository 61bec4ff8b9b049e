import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { readManifest } from "../../src/build/campaigns";
import { compileInkFile } from "../../src/build/compileInk";
import type { CampaignManifest } from "../../src/engine/campaign";
import { FIXTURES } from "./fixtures";

/** One edit a writer makes: in `file` (main.ink, campaign.json), every `from` becomes `to`. */
export interface StoryEdit {
  file: string;
  from: string | RegExp;
  to: string;
}

export interface CompiledCampaign {
  json: string;
  manifest: CampaignManifest;
}

/**
 * A later build of a fixture campaign: its folder copied, the edits made as a writer would make
 * them in the source, and compiled. An edit that finds nothing fails the test (the fixture moved on).
 */
export function campaignVariant(fixture: string, edits: readonly StoryEdit[] = []): CompiledCampaign {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `dreamers-${fixture.replace(/\W/g, "-")}-`));
  try {
    fs.cpSync(path.join(FIXTURES, fixture), dir, { recursive: true });
    for (const edit of edits) {
      const file = path.join(dir, edit.file);
      const text = fs.readFileSync(file, "utf8");
      const found = typeof edit.from === "string" ? text.includes(edit.from) : edit.from.test(text);
      if (!found) throw new Error(`${fixture}/${edit.file} has no ${String(edit.from)} to edit`);
      const edited =
        typeof edit.from === "string" ? text.replaceAll(edit.from, edit.to) : text.replace(edit.from, edit.to);
      fs.writeFileSync(file, edited);
    }
    const compiled = compileInkFile(path.join(dir, "main.ink"));
    if (!compiled.json) throw new Error(`${fixture} does not compile: ${JSON.stringify(compiled.diagnostics)}`);
    return { json: compiled.json, manifest: readManifest(dir) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
