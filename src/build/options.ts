/** Build options from CLI flags and environment: `--out <dir>`, BASE_PATH, SITE_URL, DATA_DIR. */
import path from "node:path";

export interface BuildOptions {
  /** Absolute path of the folder that receives the finished site. */
  outDir: string;
  /** URL base path, e.g. "/" or "/yq2024/". */
  base: string;
  /** Absolute site URL used for canonical links. */
  site: string;
  /** Absolute path of the data folder the build reads and validates. */
  dataDir: string;
  /** Repository root (where astro.config.mjs lives). */
  root: string;
}

export class UsageError extends Error {}

export function parseBuildOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  root: string,
): BuildOptions {
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--out") {
      out = argv[++i];
      if (!out) throw new UsageError("--out needs a folder, e.g. --out dist");
    } else if (arg.startsWith("--out=")) {
      out = arg.slice("--out=".length);
    } else {
      throw new UsageError(`unknown argument "${arg}" — expected --out <dir>`);
    }
  }
  const base = env.BASE_PATH?.trim() || "/";
  if (!base.startsWith("/")) throw new UsageError(`BASE_PATH "${base}" — expected a path starting with "/"`);
  const site = env.SITE_URL?.trim() || "http://localhost:4321";
  try {
    new URL(site);
  } catch {
    throw new UsageError(`SITE_URL "${site}" — expected an absolute URL such as https://example.org`);
  }
  return {
    root,
    outDir: path.resolve(root, out ?? "dist"),
    base: base.endsWith("/") ? base : `${base}/`,
    site,
    dataDir: path.resolve(root, env.DATA_DIR?.trim() || "data"),
  };
}
