import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { policy } from "../../src/build/contentSecurityPolicy";
import { launch, openGame, waitForChoicesOrReport } from "./support/game";
import { headersFor, type StaticHost, serveStatic } from "./support/staticHost";

/**
 * The build as static hosts serve it: from a sub-path, with the `_headers` file that Netlify and
 * Cloudflare Pages read (the CSP's frame-ancestors can only be sent as a header).
 * Run: npx vitest run --project e2e tests/e2e/hosting.test.ts
 */
const chromiumPath = inject("chromium");
const dist = path.resolve("dist");
const SUB_PATH = "/games/dreamers-of-2145/";

describe.skipIf(!chromiumPath)("the build on a static host", () => {
  let browser: Browser;
  let host: StaticHost;
  let headers: Record<string, string>;

  beforeAll(async () => {
    browser = await launch(chromiumPath);
    headers = headersFor(path.join(dist, "_headers"));
    const routes: Record<string, string> = {};
    host = await serveStatic(dist, { prefix: SUB_PATH, headers, routes });
    // A page that frames the game at 127.0.0.1: from localhost it is another site's page.
    routes["/framing.html"] = `<!doctype html><title>framing</title><iframe src="${host.url}${SUB_PATH}"></iframe>`;
  });
  afterAll(async () => {
    await host?.close();
    await browser?.close();
  });

  it("ships _headers with the strict policy, frame-ancestors 'self' and nosniff", () => {
    expect(headers["Content-Security-Policy"]).toBe(`${policy("build")}; frame-ancestors 'self'`);
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
  });

  it("plays from a sub-path with those headers, with nothing missing on the way", async () => {
    const { page, problems, context } = await openGame(browser, `${host.url}${SUB_PATH}`);
    try {
      await page.getByRole("button", { name: /^Neo-Lumen/ }).click();
      await expect(waitForChoicesOrReport(page)).resolves.toBe("choices");
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("may be framed by its own site but not by another", async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      // The same server under another host name is another site.
      for (const [origin, framed] of [
        [host.url, true],
        [host.url.replace("127.0.0.1", "localhost"), false],
      ] as const) {
        await page.goto(`${origin}/framing.html`);
        const frame = page.frameLocator("iframe");
        const shown = await frame
          .getByRole("button", { name: /^Neo-Lumen/ })
          .waitFor({ timeout: framed ? 30_000 : 5_000 })
          .then(
            () => true,
            () => false,
          );
        expect(shown, `framed from ${origin}`).toBe(framed);
      }
    } finally {
      await context.close();
    }
  });
});
