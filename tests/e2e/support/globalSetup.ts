import type { TestProject } from "vitest/node";
import { findChromium } from "../../../src/cli/chromium";

/**
 * Build the game once and serve dist/ on a free loopback port for the browser tests, exactly as a
 * player gets it (strict CSP, lazy story chunks). Without Chromium: skip loudly, or fail under CI.
 */
declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    chromium: string;
  }
}

export default async function setup(project: TestProject) {
  const chromium = findChromium();
  if (!chromium) {
    const message =
      "NO CHROMIUM FOUND: the browser tests cannot run. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.";
    if (process.env.CI === "true") throw new Error(`${message} CI=true, so this fails the run.`);
    process.stderr.write(`\n${"!".repeat(80)}\n${message}\nThey are SKIPPED.\n${"!".repeat(80)}\n\n`);
    project.provide("chromium", "");
    project.provide("baseUrl", "");
    return;
  }
  const { build, preview } = await import("vite");
  await build({ logLevel: "warn" });
  const server = await preview({ logLevel: "warn", preview: { port: 0, host: "127.0.0.1", strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite preview did not report a local URL");
  project.provide("chromium", chromium);
  project.provide("baseUrl", url);
  return async () => {
    await server.close();
  };
}
