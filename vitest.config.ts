/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";
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
 * The longest files first, so that on two workers the long page-visit pass and the files that
 * build a site of their own never start last; then the other site tests; the short unit tests
 * last, where they fill the gaps and run one after another in shared workers. Each group in
 * vitest's usual order.
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
      if (i >= 0) return i;
      return f.project.name === "site" ? LONGEST_FIRST.length : LONGEST_FIRST.length + 1;
    };
    return sorted.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map(({ f }) => f);
  }
}

const unitOnly = process.env.TEST_SCOPE === "unit";

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
        test: { name: "unit", include: ["src/**/*.test.ts"], exclude: ["**/node_modules/**", ...SITE_TESTS], isolate: false },
      },
      ...(unitOnly
        ? []
        : [
            {
              extends: true as const,
              test: {
                name: "site",
                include: SITE_TESTS,
                // Builds .tmp/site and .tmp/site-base once per run (skipped when SITE_BUILD=skip),
                // only when a site test is among the files to run.
                globalSetup: ["src/test/global-setup.ts"],
              },
            },
          ]),
    ],
  },
});
