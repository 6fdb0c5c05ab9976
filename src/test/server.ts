/**
 * A tiny static file server for a built Astro site, mounted under a base path.
 * Directories serve their index.html; anything outside the base or missing is a 404.
 * Every requested path is recorded in `requests` so tests can assert what a page fetched.
 */
import http from "node:http";
import { createReadStream } from "node:fs";
import { createGzip } from "node:zlib";
import { stat } from "node:fs/promises";
import path from "node:path";
import type { AddressInfo } from "node:net";

export interface ServeOptions {
  base?: string;
  port?: number;
  host?: string;
  /** Gzip text responses when the client accepts it, as a real host would (used by the benchmark). */
  gzip?: boolean;
}

export interface StaticServer {
  /** Origin plus base, always ending in "/" (e.g. http://127.0.0.1:41234/yq2024/). */
  url: string;
  origin: string;
  /** Request paths (pathname + search) in arrival order. */
  requests: string[];
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".woff2": "font/woff2",
};

export function contentTypeFor(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

/** Normalises a base path to "/x/y/" form. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

/** Maps a URL pathname to a file inside `root`, or null when it is outside the base or the root. */
export function resolveRequestPath(root: string, base: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const baseNoSlash = base.slice(0, -1);
  if (decoded === baseNoSlash && base !== "/") decoded = base;
  if (!decoded.startsWith(base)) return null;
  const rel = decoded.slice(base.length);
  const file = path.resolve(root, rel);
  const rootResolved = path.resolve(root);
  if (file !== rootResolved && !file.startsWith(rootResolved + path.sep)) return null;
  return file;
}

async function findFile(file: string): Promise<string | null> {
  try {
    const s = await stat(file);
    if (s.isFile()) return file;
    if (s.isDirectory()) {
      const index = path.join(file, "index.html");
      const si = await stat(index).catch(() => null);
      return si?.isFile() ? index : null;
    }
  } catch {
    /* missing */
  }
  return null;
}

export async function serveDir(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const base = normaliseBase(options.base ?? "/");
  const host = options.host ?? "127.0.0.1";
  const requests: string[] = [];

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    requests.push(url.pathname + url.search);
    const candidate = resolveRequestPath(dir, base, url.pathname);
    const file = candidate ? await findFile(candidate) : null;
    if (!file) {
      const notFound = await findFile(path.join(dir, "404.html"));
      res.writeHead(404, { "content-type": "text/html; charset=utf-8" });
      if (notFound && req.method !== "HEAD") createReadStream(notFound).pipe(res);
      else res.end("Not found");
      return;
    }
    // A directory URL without its trailing slash would break relative links; redirect like a real host.
    if (file.endsWith("index.html") && !url.pathname.endsWith("/") && !url.pathname.endsWith(".html")) {
      res.writeHead(301, { location: url.pathname + "/" + url.search });
      res.end();
      return;
    }
    const type = contentTypeFor(file);
    const compress =
      options.gzip === true && /text|javascript|json|svg|xml/.test(type) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    res.writeHead(200, {
      "content-type": type,
      "cache-control": "no-cache",
      ...(compress ? { "content-encoding": "gzip", vary: "accept-encoding" } : {}),
    });
    if (req.method === "HEAD") res.end();
    else if (compress) createReadStream(file).pipe(createGzip()).pipe(res);
    else createReadStream(file).pipe(res);
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  return {
    url: origin + base,
    origin,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
