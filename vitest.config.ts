/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

export default getViteConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Builds .tmp/site and .tmp/site-base once per run for the browser and quality tests.
    globalSetup: ["src/test/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
