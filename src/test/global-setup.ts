/**
 * vitest globalSetup of the "site" project: builds the site once per run into .tmp/site (base "/")
 * and .tmp/site-base (base "/yq2024/", SITE_URL https://news.example.org, as a production build)
 * through src/build/safe-build.ts, the code behind `npm run build`.
 * Set SITE_BUILD=skip to skip (unit-only runs), SITE_BUILD=force to rebuild even if up to date.
 * Builds run one after the other: the machine has 2 cores and Astro's build is CPU-bound.
 *
 * The builds run in the background: setup returns at once, so the unit tests (which need no site)
 * run while the site builds; every site test file waits for them first (site-wait.ts, the project's
 * setup file), through a marker file that holds this process's id while the builds run.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { withLock } from "../build/build-lock.ts";
import { PRODUCTION_SITE_URL, SITE_BASE_DIR, SITE_BASE_PATH, SITE_DIR, TMP_DIR } from "./paths.ts";
import { ensureSiteBuilt, errorFile, inputsStamp, SITE_BUILDS_PENDING } from "./site-build.ts";

export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  const mode = process.env.SITE_BUILD ?? "";
  if (mode === "skip") return undefined;
  const force = mode === "force" || process.env.CI === "true";
  const started = Date.now();
  await mkdir(TMP_DIR, { recursive: true });
  await writeFile(SITE_BUILDS_PENDING, String(process.pid));
  // Parallel test runs in this tree take turns; the later one then finds the builds up to date.
  const builds = withLock(
    path.join(TMP_DIR, "site-build.lock"),
    async () => {
      const stamp = await inputsStamp();
      await ensureSiteBuilt({ outDir: SITE_DIR, base: "/" }, stamp, force);
      await ensureSiteBuilt({ outDir: SITE_BASE_DIR, base: SITE_BASE_PATH, site: PRODUCTION_SITE_URL }, stamp, force);
    },
    (message) => console.log(`[global-setup] ${message}`),
  )
    .catch(async (err: unknown) => {
      // Not thrown here (nothing would catch it): recorded, so every site test fails with it.
      for (const dir of [SITE_DIR, SITE_BASE_DIR]) await writeFile(errorFile(dir), `the test site builds did not run: ${String(err)}`);
    })
    .finally(async () => {
      await rm(SITE_BUILDS_PENDING, { force: true });
      const ms = Date.now() - started;
      if (ms > 1000) console.log(`[global-setup] site builds ready in ${ms} ms`);
    });
  return async () => {
    await builds;
  };
}
