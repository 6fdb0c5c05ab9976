/**
 * vitest globalSetup: builds the site once per run into .tmp/site (base "/") and
 * .tmp/site-base (base "/yq2024/", SITE_URL https://news.example.org, as a production build)
 * through src/build/safe-build.ts, the code behind `npm run build`.
 * Set SITE_BUILD=skip to skip (unit-only runs), SITE_BUILD=force to rebuild even if up to date.
 * Builds run one after the other: the machine has 2 cores and Astro's build is CPU-bound.
 */
import path from "node:path";
import { withLock } from "../build/build-lock.ts";
import { PRODUCTION_SITE_URL, SITE_BASE_DIR, SITE_BASE_PATH, SITE_DIR, TMP_DIR } from "./paths.ts";
import { ensureSiteBuilt, inputsStamp } from "./site-build.ts";

export default async function setup(): Promise<void> {
  const mode = process.env.SITE_BUILD ?? "";
  if (mode === "skip") return;
  const force = mode === "force" || process.env.CI === "true";
  const started = Date.now();
  // Parallel test runs in this tree take turns; the later one then finds the builds up to date.
  await withLock(
    path.join(TMP_DIR, "site-build.lock"),
    async () => {
      const stamp = await inputsStamp();
      await ensureSiteBuilt({ outDir: SITE_DIR, base: "/" }, stamp, force);
      await ensureSiteBuilt({ outDir: SITE_BASE_DIR, base: SITE_BASE_PATH, site: PRODUCTION_SITE_URL }, stamp, force);
    },
    (message) => console.log(`[global-setup] ${message}`),
  );
  const ms = Date.now() - started;
  if (ms > 1000) console.log(`[global-setup] site builds ready in ${ms} ms`);
}
