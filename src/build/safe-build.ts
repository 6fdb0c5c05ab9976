/**
 * `npm run build`: validate all data, build with Astro into a temporary folder, then swap it into
 * the output folder. Any failure leaves the previous output untouched and exits 1 with the
 * problems listed (file:line:column, value, expectation) and no stack trace. The exit code and
 * the last line always say what is on disk; output is flushed before the process exits.
 *
 * Usage: tsx src/build/safe-build.ts [--out dir] [--local]   env: BASE_PATH, SITE_URL, DATA_DIR
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { exitAfterDrain } from "../lib/exit-after-drain.ts";
import { removeAstroLeftovers } from "./astro-leftovers.ts";
import { withLock } from "./build-lock.ts";
import { parseBuildOptions, UsageError, type BuildOptions } from "./options.ts";
import { BUILD_MARKER, BUILD_MARKER_TEXT, checkOutDir, checkRemovable } from "./out-dir.ts";
import { progressLine, withAstroProgress } from "./progress.ts";
import { swapDir } from "./swap-dir.ts";
import { validateData, type ValidationResult } from "./validate-data.ts";

export interface BuildEffects {
  log(line: string): void;
  error(line: string): void;
  /** Runs the data validator on a data folder (normally validateData from validate-data.ts). */
  validate(root: string, dataDir: string): Promise<ValidationResult>;
  /** Runs Astro's build with the given inline config; injected so tests can observe it. */
  astroBuild(config: Record<string, unknown>): Promise<void>;
}

export type BuildOutcome =
  | { ok: true; outDir: string; ms: number }
  | { ok: false; stage: "output" | "data" | "astro" | "swap" | "cleanup" };

/** A temporary sibling of the output folder, so the final rename stays on one filesystem. */
export function tempDirFor(outDir: string): string {
  return path.join(path.dirname(outDir), `.dist-${path.basename(outDir)}-${process.pid}`);
}

/** The message of an error without its stack; Astro errors also carry a hint. */
export function describeError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const hint = (err as { hint?: unknown }).hint;
  return typeof hint === "string" && hint ? `${err.message}\nHint: ${hint}` : err.message;
}

/** A path relative to the repository when it lies inside it, else absolute. */
function shown(root: string, p: string): string {
  const rel = path.relative(root, p);
  return rel === "" ? "." : rel.startsWith("..") ? p : rel;
}

export async function safeBuild(options: BuildOptions, effects: BuildEffects): Promise<BuildOutcome> {
  const started = performance.now();
  const out = shown(options.root, options.outDir);
  const refusal = await checkOutDir(options.outDir, [options.root, options.dataDir]);
  if (refusal) {
    effects.error(`Output ${out} ${refusal}. Nothing was built or written.`);
    return { ok: false, stage: "output" };
  }
  const check = await effects.validate(options.root, options.dataDir);
  if (!check.ok) {
    effects.error(check.output);
    effects.error(`Data in ${shown(options.root, options.dataDir)} is invalid; nothing was built, ${out} was left as it was.`);
    return { ok: false, stage: "data" };
  }
  if (check.output) effects.log(check.output);
  progressLine(`data checked; building with Astro`, effects.log);

  const temp = tempDirFor(options.outDir);
  const cacheDir = `${temp}-cache`; // fresh per build: Astro's data store can never serve stale rows
  await rm(temp, { recursive: true, force: true });
  await mkdir(path.dirname(options.outDir), { recursive: true });
  // The content loader and astro.config.mjs read these; set them before Astro loads either.
  process.env.DATA_DIR = options.dataDir;
  process.env.BASE_PATH = options.base;
  process.env.SITE_URL = options.site;
  try {
    let failure = null as BuildOutcome | null;
    await withLock(path.join(options.root, ".tmp", "locks", "safe-build.lock"), async () => {
      try {
        await effects.astroBuild({
          root: options.root,
          outDir: temp,
          cacheDir,
          base: options.base,
          site: options.site,
          logLevel: "warn",
          mode: "production",
        });
        await removeAstroLeftovers(temp, options.root);
        await writeFile(path.join(temp, BUILD_MARKER), BUILD_MARKER_TEXT);
      } catch (err) {
        effects.error(describeError(err));
        effects.error(`Build failed; ${out} was left as it was.`);
        failure = { ok: false, stage: "astro" };
        return;
      }
      // Checked again after the build: the old output must be removable whole before it is swapped out.
      const stuck = await checkRemovable(options.outDir);
      if (stuck) {
        effects.error(`The previous ${out} cannot be removed completely: ${stuck}.`);
        effects.error(`The new build was discarded and ${out} was left as it was; fix its permissions (or remove it) and build again.`);
        failure = { ok: false, stage: "swap" };
        return;
      }
      let swapped;
      try {
        swapped = await swapDir(temp, options.outDir);
      } catch (err) {
        effects.error(describeError(err));
        effects.error(`Could not move the new build into ${out}; ${out} was left as it was.`);
        failure = { ok: false, stage: "swap" };
        return;
      }
      if (swapped.kind === "swapped-leftover") {
        effects.error(`${out} now holds the new build, but the previous one, moved to ${shown(options.root, swapped.leftover)}, ` +
          `could not be removed completely (${describeError(swapped.error)}); remove it by hand.`);
        failure = { ok: false, stage: "cleanup" };
      }
    }, effects.log);
    if (failure) return failure;
  } finally {
    await rm(temp, { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });
  }
  return { ok: true, outDir: options.outDir, ms: Math.round(performance.now() - started) };
}

/**
 * How much V8 may grow the heap past what a full collection left alive, in percent. What a build
 * keeps alive is about 200 MB whatever the number of reports (src/data/load.ts holds a few reports
 * at a time), but by default V8 lets the heap grow to about four times that between full
 * collections in a long build, so peak memory still grew with every report's pages (98 reports:
 * 1.29 GB). At 50 % the peak stays near what is alive (98 reports: 0.78 GB), and the build is no
 * slower: the extra collections are short. Set for the build's own process only (the command).
 */
const HEAP_GROWING_PERCENT = 50;

/**
 * Variables that Vite/Astro read as `import.meta.env` values. A build started from a vitest
 * process inherits vitest's (BASE_URL=/, MODE=test, NODE_ENV=test …), and Astro would then render
 * every link with base "/" whatever `base` says. The build must depend only on its options.
 */
export const INHERITED_ENV_TO_DROP = ["BASE_URL", "MODE", "DEV", "PROD", "SSR", "SITE", "ASSETS_PREFIX", "NODE_ENV", "VITEST", "VITEST_MODE", "VITEST_POOL_ID", "VITEST_WORKER_ID", "TEST"];

async function main(): Promise<number> {
  for (const key of INHERITED_ENV_TO_DROP) delete process.env[key];
  process.env.ASTRO_TELEMETRY_DISABLED = "1";
  const root = fileURLToPath(new URL("../../", import.meta.url));
  let options: BuildOptions;
  try {
    options = parseBuildOptions(process.argv.slice(2), process.env, root);
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(err.message);
      return 2;
    }
    throw err;
  }
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  const { build } = await import("astro");
  const outcome = await safeBuild(options, {
    log: (l) => console.log(l),
    error: (l) => console.error(l),
    validate: validateData,
    // Progress (src/build/progress.ts): stage lines, a count of files written, PNGs drawn, times.
    astroBuild: (config) => withAstroProgress((logLevel) => build({ ...config, logLevel })),
  });
  if (!outcome.ok) return 1;
  console.log(`Built ${shown(root, outcome.outDir)}/ (base ${options.base}) in ${outcome.ms} ms`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(exitAfterDrain, (err: unknown) => {
    console.error(describeError(err));
    return exitAfterDrain(1);
  });
}
