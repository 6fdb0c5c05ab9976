/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

/**
 * Two projects. "site": tests that read the built site, build sites of their own or drive
 * Chromium; vitest's global setup builds .tmp/site and .tmp/site-base once for them. "unit":
 * everything else (pure functions, data, pipeline, chart SVGs); `npm run test:unit` runs only these
 * and skips the site build. A new test file is a unit test unless listed here.
 */
const SITE_TESTS = [
  "src/test/quality/**/*.test.ts",
  "src/test/e2e/**/*.test.ts",
  "src/test/maintainer/site-builds.test.ts",
  "src/test/maintainer/data-page.test.ts",
  "src/test/server.test.ts",
  "src/charts/browser.test.ts",
];

export default getViteConfig({
  test: {
    // Builds .tmp/site and .tmp/site-base once per run (skipped when SITE_BUILD=skip).
    globalSetup: ["src/test/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["src/**/*.test.ts"], exclude: SITE_TESTS } },
      { extends: true, test: { name: "site", include: SITE_TESTS } },
    ],
  },
});
