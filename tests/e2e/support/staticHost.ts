import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

/**
 * dist/ served as a static host serves it: under a sub-path (a GitHub Pages project site, an itch.io
 * upload), with the headers of the build's `_headers` file applied as Netlify and Cloudflare Pages
 * apply them. Extra routes (a page of another site that frames the game) are served as given.
 */
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".ogg": "audio/ogg",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".webmanifest": "application/manifest+json",
};

export interface StaticHost {
  url: string;
  close(): Promise<void>;
}

/** The headers of the `/*` rule in a `_headers` file. */
export function headersFor(file: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let inRule = false;
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (!line.startsWith(" ")) inRule = line.trim() === "/*";
    else if (inRule) {
      const [name, ...value] = line.trim().split(":");
      if (name) headers[name] = value.join(":").trim();
    }
  }
  return headers;
}

export async function serveStatic(
  root: string,
  options: { prefix?: string; headers?: Record<string, string>; routes?: Record<string, string> } = {},
): Promise<StaticHost> {
  const prefix = options.prefix ?? "/";
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://host").pathname);
    const route = options.routes?.[pathname];
    if (route !== undefined) {
      response.writeHead(200, { "content-type": TYPES[".html"] });
      return response.end(route);
    }
    if (!pathname.startsWith(prefix)) {
      response.writeHead(404);
      return response.end("not under the game's path");
    }
    let file = path.join(root, pathname.slice(prefix.length));
    if (!file.startsWith(root)) {
      response.writeHead(403);
      return response.end();
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!fs.existsSync(file)) {
      response.writeHead(404);
      return response.end("not found");
    }
    response.writeHead(200, {
      "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
      ...options.headers,
    });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
