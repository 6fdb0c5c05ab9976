/**
 * Builds the test sites through the same safe build as `npm run build`, in child processes.
 * A build is reused when nothing it reads has changed since (content hash of src/, data/, seeds/,
 * public/ and the config files), so repeated `vitest run <file>` calls stay fast; CI starts from a
 * clean checkout and always builds. A failed build is recorded, not thrown, so unit tests still run
 * and the site tests fail with the build's own message (see `requireSite`).
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { cp, mkdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { alive } from "../build/build-lock.ts";
import { listFiles } from "../build/hash-tree.ts";
import { BUILD_MARKER } from "../build/out-dir.ts";
import { parseBuildOptions } from "../build/options.ts";
import { INHERITED_ENV_TO_DROP, safeBuild } from "../build/safe-build.ts";
import { validateData } from "../build/validate-data.ts";
import { ROOT_DIR, TMP_DIR } from "./paths.ts";

const INPUT_DIRS = ["src", "data", "seeds", "public"];
const INPUT_FILES = ["astro.config.mjs", "package.json", "tsconfig.json"];
/** Test files do not change the site; skipping them keeps the stamp stable while tests are edited. */
const IGNORED = /(\.test\.ts$|^src\/test\/|^src\/build\/bench-results\/)/;

export interface SiteBuildRequest {
  outDir: string;
  base: string;
  dataDir?: string;
  /** Repository root to build (default: this checkout); a frozen copy for the determinism test. */
  root?: string;
  /** SITE_URL of a production build; without it the build runs with --local (http://localhost:4321). */
  site?: string;
  /** CONTENT_DIR for the build (editions and stories; default src/content). */
  contentDir?: string;
  /** REPORTS_DIR for the build ("" = no extra report folders, as in a clone without ../shared); default this checkout's ../shared/reports. */
  reportsDir?: string;
}

/** Content hash of what a build of `root` reads (test files excluded). */
export async function inputsStamp(root: string = ROOT_DIR): Promise<string> {
  const hash = createHash("sha256");
  for (const dir of INPUT_DIRS) {
    const abs = path.join(root, dir);
    if (!existsSync(abs)) continue;
    for (const rel of await listFiles(abs)) {
      const full = `${dir}/${rel}`;
      if (IGNORED.test(full)) continue;
      hash.update(full).update("\0").update(await readFile(path.join(abs, rel))).update("\0");
    }
  }
  for (const f of INPUT_FILES) hash.update(f).update("\0").update(await readFile(path.join(root, f)));
  return hash.digest("hex");
}

/**
 * Runs `tsx src/build/safe-build.ts --out <outDir>`; resolves with exit code and combined output.
 * A test output folder under .tmp/ left by a build from before the output marker existed
 * (src/build/out-dir.ts) is removed first: the tests own .tmp/, and the build would refuse it.
 */
export async function runSafeBuild(req: SiteBuildRequest): Promise<{ code: number; output: string }> {
  const inTmp = !path.relative(TMP_DIR, req.outDir).startsWith("..");
  if (inTmp && existsSync(req.outDir) && !existsSync(path.join(req.outDir, BUILD_MARKER))) await rm(req.outDir, { recursive: true, force: true });
  const root = req.root ?? ROOT_DIR;
  const tsx = path.join(ROOT_DIR, "node_modules", ".bin", "tsx");
  const env: NodeJS.ProcessEnv = { ...process.env, BASE_PATH: req.base, ASTRO_TELEMETRY_DISABLED: "1" };
  for (const key of INHERITED_ENV_TO_DROP) delete env[key]; // vitest's import.meta.env values
  if (req.dataDir) env.DATA_DIR = req.dataDir;
  else delete env.DATA_DIR;
  if (req.contentDir) env.CONTENT_DIR = req.contentDir;
  else delete env.CONTENT_DIR;
  // Every test build reads texts from this checkout's ../shared/reports, wherever its root is (a frozen
  // copy in /tmp has no ../shared next to it), unless the request says otherwise.
  const shared = path.resolve(ROOT_DIR, "..", "shared", "reports");
  env.REPORTS_DIR = req.reportsDir ?? (existsSync(shared) ? shared : "");
  if (req.site) env.SITE_URL = req.site;
  else delete env.SITE_URL;
  const args = [path.join(root, "src/build/safe-build.ts"), "--out", req.outDir, ...(req.site ? [] : ["--local"])];
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, args, {
      cwd: root,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

/**
 * The safe build of `npm run build` for a case it must refuse (bad data), run in this process: the
 * same options parsing, the same validator (src/data/validation-report.ts, called in process as the
 * build calls it) and the same refusal path; no process is started. Astro never runs here: if the
 * data passes validation the case is not a refusal, and this says so as a failure.
 * Resolves like runSafeBuild: exit code (1 refused, 0 never) and everything printed.
 */
export async function refuseBuildInProcess(req: SiteBuildRequest): Promise<{ code: number; output: string }> {
  const root = req.root ?? ROOT_DIR;
  const env: Record<string, string> = { BASE_PATH: req.base };
  if (req.dataDir) env.DATA_DIR = req.dataDir;
  if (req.site) env.SITE_URL = req.site;
  const options = parseBuildOptions(["--out", req.outDir, ...(req.site ? [] : ["--local"])], env, root);
  const lines: string[] = [];
  // The environment the build process would have: this one's, with REPORTS_DIR as requested.
  const validationEnv: NodeJS.ProcessEnv = { ...process.env };
  if (req.reportsDir !== undefined) validationEnv.REPORTS_DIR = req.reportsDir;
  else delete validationEnv.REPORTS_DIR;
  const outcome = await safeBuild(options, {
    log: (l) => lines.push(l),
    error: (l) => lines.push(l),
    validate: (r, dataDir) => validateData(r, dataDir, validationEnv),
    astroBuild: async () => {
      throw new Error("refuseBuildInProcess: the data passed validation, so this is not a refused build (use runSafeBuild to build a site)");
    },
  });
  return { code: outcome.ok ? 0 : 1, output: lines.join("\n") };
}

/** Copies what a build reads into `dest` (node_modules linked), so a build there sees a fixed tree. */
export async function snapshotInputs(dest: string): Promise<void> {
  await mkdir(dest, { recursive: true });
  for (const name of [...INPUT_DIRS, ...INPUT_FILES]) {
    const from = path.join(ROOT_DIR, name);
    if (existsSync(from)) await cp(from, path.join(dest, name), { recursive: true });
  }
  await symlink(path.join(ROOT_DIR, "node_modules"), path.join(dest, "node_modules"), "dir");
}

export function stampFile(outDir: string): string {
  return `${outDir}.stamp`;
}
export function errorFile(outDir: string): string {
  return `${outDir}.build-error.txt`;
}

/** Builds unless an up-to-date build exists; records a failure in `<outDir>.build-error.txt`. */
export async function ensureSiteBuilt(req: SiteBuildRequest, stamp: string, force: boolean): Promise<void> {
  await mkdir(TMP_DIR, { recursive: true });
  const upToDate =
    !force &&
    existsSync(req.outDir) &&
    !existsSync(errorFile(req.outDir)) &&
    existsSync(stampFile(req.outDir)) &&
    readFileSync(stampFile(req.outDir), "utf8") === stamp;
  if (upToDate) return;
  await rm(stampFile(req.outDir), { force: true });
  const { code, output } = await runSafeBuild(req);
  if (code === 0) {
    await rm(errorFile(req.outDir), { force: true });
    await writeFile(stampFile(req.outDir), stamp);
  } else {
    await writeFile(errorFile(req.outDir), `safe build (base ${req.base}) exited ${code}:\n${output}`);
  }
}

/** Holds the id of the vitest process while global-setup.ts builds the test sites in the background. */
export const SITE_BUILDS_PENDING = path.join(TMP_DIR, "site-builds.pending");

/**
 * Resolves when no test site build is running: the marker is gone, or the process that wrote it is
 * (a run that was killed). Without the marker (SITE_BUILD=skip, or builds already done) at once.
 */
export async function waitForSiteBuilds(timeoutMs = 15 * 60_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    let owner: number;
    try {
      owner = Number(readFileSync(SITE_BUILDS_PENDING, "utf8").trim());
    } catch {
      return;
    }
    if (Number.isInteger(owner) && owner > 0 && !alive(owner)) return;
    if (Date.now() - started > timeoutMs) throw new Error(`the test site builds did not finish in ${timeoutMs / 1000} s (${SITE_BUILDS_PENDING})`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Call in a site test's beforeAll: throws the recorded build failure, or returns the folder. */
export function requireSite(outDir: string): string {
  if (existsSync(errorFile(outDir))) throw new Error(readFileSync(errorFile(outDir), "utf8"));
  if (!existsSync(outDir)) throw new Error(`${outDir} was not built; is vitest's globalSetup (src/test/global-setup.ts) wired?`);
  return outDir;
}
