/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";
import type { Plugin } from "vite";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Site tests read the built site, build sites of their own or drive Chromium; the "site" project's
 * global setup builds .tmp/site and .tmp/site-base once for them, and each of their files runs in a
 * fresh worker. Everything else is a unit test (pure functions, data, pipeline, chart SVGs): the
 * "unit" project, whose files share their workers (no per-file isolation: loading the modules and
 * the data once per worker instead of once per file makes the unit tests about four times faster)
 * and need no site build. `npm run test:unit` (TEST_SCOPE=unit) runs only those. A new test file is a
 * unit test unless it is listed here; a unit test must leave no state behind (restore what it stubs:
 * vi.stubEnv with vi.unstubAllEnvs, process.env edits, vi.resetModules after a re-import).
 */
export const SITE_TESTS = [
  "src/test/quality/**/*.test.ts",
  "src/test/e2e/**/*.test.ts",
  "src/test/maintainer/site-builds.test.ts",
  "src/test/maintainer/second-edition.test.ts",
  "src/test/maintainer/data-page.test.ts",
  "src/test/server.test.ts",
  "src/charts/browser.test.ts",
];

/**
 * The page-visit pass first, then the unit tests, then the other long files, then the rest of the
 * site tests. The page-visit pass is the longest file and must not start late; the unit tests need no
 * site, so they run (one after another, in a shared worker) while global-setup.ts builds the test
 * sites, which the site tests wait for; the files that build a site of their own and the other long
 * ones start next, so none of them starts last. Each group in vitest's usual order.
 */
const LONGEST_FIRST = [
  "src/test/quality/page-visits.test.ts",
  "src/test/maintainer/site-builds.test.ts",
  "src/test/maintainer/second-edition.test.ts",
  "src/test/quality/determinism.test.ts",
  "src/test/quality/escaping.test.ts",
  "src/test/quality/links.test.ts",
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = LONGEST_FIRST.findIndex((p) => f.moduleId.endsWith(p));
      if (i === 0) return 0;
      if (f.project.name !== "site") return 1;
      return i > 0 ? 1 + i : 1 + LONGEST_FIRST.length;
    };
    return sorted.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map(({ f }) => f);
  }
}

const unitOnly = process.env.TEST_SCOPE === "unit";

/**
 * A test run watches no files: vitest closes each project's file watcher. Astro's content plugin then
 * adds .astro/data-store.json to that closed watcher at buildStart, which opens it again; a site
 * build during the run (global setup, maintainer and escaping builds) then makes Astro's dev plugins in
 * this process re-scan the routes and re-load src/content.config.ts on every file event (seen: EMFILE,
 * "module is not defined"). This keeps the watcher closed.
 */
const keepWatcherClosed: Plugin = {
  name: "keep-watcher-closed",
  configureServer(server) {
    server.watcher.add = () => server.watcher;
  },
};

export default getViteConfig({
  test: {
    // Two files at a time even on a 2-core machine: browser tests mostly wait on Chromium.
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    testTimeout: 60_000,
    hookTimeout: 300_000,
    projects: [
      {
        extends: true,
        plugins: [keepWatcherClosed],
        test: { name: "unit", include: ["src/**/*.test.ts"], exclude: ["**/node_modules/**", ...SITE_TESTS], isolate: false },
      },
      ...(unitOnly
        ? []
        : [
            {
              extends: true as const,
              plugins: [keepWatcherClosed],
              test: {
                name: "site",
                include: SITE_TESTS,
                // Builds .tmp/site and .tmp/site-base once per run (skipped when SITE_BUILD=skip),
                // only when a site test is among the files to run, in the background: each site
                // test file waits for the builds (site-wait.ts) while the unit tests run.
                globalSetup: ["src/test/global-setup.ts"],
                setupFiles: ["src/test/site-wait.ts"],
              },
            },
          ]),
    ],
  },
});
