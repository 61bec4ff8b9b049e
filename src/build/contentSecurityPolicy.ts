import type { Plugin } from "vite";

/**
 * The game runs under a strict Content Security Policy: scripts only from our own origin, no eval,
 * no inline script. The dev server alone also needs inline styles (Vite injects CSS as <style>)
 * and its websocket for hot updates; the built game gets the strict policy.
 */
const STRICT = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "connect-src 'self' data: blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

export function policy(mode: "build" | "serve"): string {
  if (mode === "build") return STRICT.join("; ");
  return STRICT.map((directive) =>
    directive.startsWith("style-src")
      ? "style-src 'self' 'unsafe-inline'"
      : directive.startsWith("connect-src")
        ? "connect-src 'self' data: blob: ws: wss:"
        : directive,
  ).join("; ");
}

/**
 * The headers static hosts that read a `_headers` file (Netlify, Cloudflare Pages) send with every
 * file. A policy in a meta element cannot say who may frame the page (`frame-ancestors` is ignored
 * there, with a console warning), so the header carries it; the rest repeats the meta policy.
 */
export function hostHeaders(): string {
  return [
    "/*",
    `  Content-Security-Policy: ${policy("build")}; frame-ancestors 'self'`,
    "  X-Content-Type-Options: nosniff",
    "  X-Frame-Options: SAMEORIGIN",
    "  Referrer-Policy: no-referrer",
    "",
  ].join("\n");
}

export function contentSecurityPolicy(): Plugin {
  let mode: "build" | "serve" = "serve";
  return {
    name: "content-security-policy",
    configResolved(config) {
      mode = config.command;
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName: "_headers", source: hostHeaders() });
    },
    // index.html carries the strict policy itself; only the dev server swaps in its relaxed one.
    transformIndexHtml(html) {
      if (mode === "build") return html;
      return html.replace(/(http-equiv="Content-Security-Policy" content=")[^"]*"/, `$1${policy("serve")}"`);
    },
  };
}
