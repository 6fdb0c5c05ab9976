/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Site tests read the built site, build sites of their own or drive Chromium; vitest's global
 * setup builds .tmp/site and .tmp/site-base once for them. Everything else is a unit test (pure
 * functions, data, pipeline, chart SVGs): `npm run test:unit` (TEST_SCOPE=unit) runs only those
 * and skips the site build. A new test file is a unit test unless it is listed here.
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
 * build a site of their own never start last; the rest in vitest's usual order.
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
      return i < 0 ? LONGEST_FIRST.length : i;
    };
    return sorted.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map(({ f }) => f);
  }
}

const unitOnly = process.env.TEST_SCOPE === "unit";

export default getViteConfig({
  test: {
    include: ["src/**/*.test.ts"],
    exclude: unitOnly ? ["**/node_modules/**", ...SITE_TESTS] : ["**/node_modules/**"],
    // Builds .tmp/site and .tmp/site-base once per run (skipped when SITE_BUILD=skip).
    globalSetup: ["src/test/global-setup.ts"],
    // Two files at a time even on a 2-core machine: browser tests mostly wait on Chromium.
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
