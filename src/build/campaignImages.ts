import fs from "node:fs";
import path from "node:path";
import { type CampaignManifest, manifestImages } from "../engine/campaign.ts";

/**
 * The images a campaign's manifest names (places, festival pictures, portraits), read from its
 * folder. A file is taken for what its bytes say, not its name: a text file renamed .png, or a JPEG
 * named .png, would load as a broken or missing texture in the game, so `story:check` and the build
 * refuse it with the field and the file.
 */
export type ImageFormat = "png" | "jpeg" | "webp" | "svg";

const EXTENSION_FORMATS: Record<string, ImageFormat> = {
  png: "png",
  jpg: "jpeg",
  jpeg: "jpeg",
  webp: "webp",
  svg: "svg",
};

/** The Content-Type a server sends for each format. */
export const IMAGE_CONTENT_TYPES: Record<ImageFormat, string> = {
  png: "image/png",
  jpeg: "image/jpeg",
  webp: "image/webp",
  svg: "image/svg+xml",
};

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** An SVG document: an optional BOM, XML declaration, comments and doctype, then the <svg> element. */
const SVG_START = /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i;

/** What the bytes of a file are, by their signature; null for anything else. */
export function imageFormatOf(bytes: Uint8Array): ImageFormat | null {
  const startsWith = (signature: number[], at = 0) => signature.every((byte, index) => bytes[at + index] === byte);
  if (startsWith(PNG_SIGNATURE)) return "png";
  if (startsWith([0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith([0x52, 0x49, 0x46, 0x46]) && startsWith([0x57, 0x45, 0x42, 0x50], 8)) return "webp";
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 4096));
  return SVG_START.test(head) ? "svg" : null;
}

/** The format a file's name promises. */
export function formatOfName(file: string): ImageFormat | null {
  return EXTENSION_FORMATS[path.extname(file).slice(1).toLowerCase()] ?? null;
}

/** Each image the manifest names that is missing, is not an image, or is not what its name says. */
export function imageProblems(manifest: CampaignManifest, campaignDir: string): string[] {
  const problems: string[] = [];
  for (const { field, image } of manifestImages(manifest)) {
    const file = path.join(campaignDir, image);
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      problems.push(`${field}: no file "${image}" in the campaign's folder`);
      continue;
    }
    const format = imageFormatOf(fs.readFileSync(file));
    if (!format) {
      problems.push(`${field}: "${image}" is not a PNG, JPEG, WebP or SVG image`);
      continue;
    }
    const named = formatOfName(image);
    if (named !== format)
      problems.push(
        `${field}: "${image}" is a ${format.toUpperCase()} image; give it a .${format === "jpeg" ? "jpg" : format} name`,
      );
  }
  return problems;
}
