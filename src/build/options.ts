/**
 * Build options from CLI flags and environment: `--out <dir>`, `--local`, BASE_PATH, SITE_URL,
 * DATA_DIR. Everything is checked here, before anything is read or written, and a bad value is
 * refused with a message that quotes it as given and says what to write instead.
 */
import path from "node:path";

export interface BuildOptions {
  /** Absolute path of the folder that receives the finished site. */
  outDir: string;
  /** URL base path, one leading and one trailing slash: "/" or "/yq2024/". */
  base: string;
  /** Origin used for every absolute URL (embed codes, canonical links, og:image), no path. */
  site: string;
  /** Absolute path of the data folder the build reads and validates. */
  dataDir: string;
  /** Repository root (where astro.config.mjs lives). */
  root: string;
}

export class UsageError extends Error {}

/** The origin a local preview serves (`npm start`, `astro preview`). Only ever used with --local. */
export const LOCAL_SITE = "http://localhost:4321";

/**
 * "//yq2024//" → "/yq2024/"; "yq2024" → "/yq2024/"; "" → "/". Repeated slashes anywhere collapse
 * to one, so a base can never turn into a protocol-relative URL (`//host/…`).
 */
export function collapseBase(raw: string): string {
  const parts = raw.split("/").filter((p) => p !== "");
  return parts.length === 0 ? "/" : `/${parts.join("/")}/`;
}

const SEGMENT = /^[A-Za-z0-9._~-]+$/;

function parseBase(raw: string | undefined): string {
  const given = raw?.trim() ?? "";
  const base = collapseBase(given);
  for (const part of base.split("/").filter(Boolean)) {
    if (!SEGMENT.test(part) || part === "." || part === "..") {
      throw new UsageError(`BASE_PATH "${given}" — expected a URL path such as /yq2024/ (letters, digits, . _ ~ - between slashes)`);
    }
  }
  return base;
}

function parseSite(raw: string | undefined, local: boolean): string {
  const given = raw?.trim() ?? "";
  if (given === "") {
    if (local) return LOCAL_SITE;
    throw new UsageError(
      "SITE_URL is not set — expected the public origin the site is deployed at, e.g.\n" +
        "  SITE_URL=https://news.example.org npm run build\n" +
        "Embed codes, citations and og:image URLs are absolute and are built from it.\n" +
        "For a local preview, `npm start` builds with --local (http://localhost:4321).",
    );
  }
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new UsageError(`SITE_URL "${given}" — expected an absolute URL such as https://example.org`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new UsageError(`SITE_URL "${given}" — expected an http: or https: URL such as https://example.org`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new UsageError(`SITE_URL "${given}" — expected only scheme and host, e.g. ${url.origin}`);
  }
  if (url.pathname !== "/") {
    throw new UsageError(
      `SITE_URL "${given}" has a path (${url.pathname}) — expected only the origin; put the path in BASE_PATH:\n` +
        `  SITE_URL=${url.origin} BASE_PATH=${collapseBase(url.pathname)} npm run build`,
    );
  }
  return url.origin;
}

export function parseBuildOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  root: string,
): BuildOptions {
  let out: string | undefined;
  let local = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--out") {
      out = argv[++i];
      if (!out) throw new UsageError("--out needs a folder, e.g. --out dist");
    } else if (arg.startsWith("--out=")) {
      out = arg.slice("--out=".length);
      if (!out) throw new UsageError("--out needs a folder, e.g. --out=dist");
    } else if (arg === "--local") {
      local = true;
    } else {
      throw new UsageError(`unknown argument "${arg}" — expected --out <dir> or --local`);
    }
  }
  return {
    root,
    outDir: path.resolve(root, out ?? "dist"),
    base: parseBase(env.BASE_PATH),
    site: parseSite(env.SITE_URL, local),
    dataDir: path.resolve(root, env.DATA_DIR?.trim() || "data"),
  };
}
