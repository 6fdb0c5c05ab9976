/** Runs Lighthouse 12 against a URL in Debian's Chromium (via chrome-launcher, which ships with it). */
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../../test/browser.ts";
import { failingAudits, metricsFromLhr, type FormFactor, type LhrSlice, type RunMetrics } from "./metrics.ts";

export interface LighthouseRun {
  metrics: RunMetrics;
  /** "category: audit-id" for each weighted audit scored below 1. */
  failing: string[];
}

export interface LighthouseSession {
  run(url: string, formFactor: FormFactor): Promise<LighthouseRun>;
  close(): Promise<void>;
}

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

export async function openLighthouse(): Promise<LighthouseSession> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_FLAGS] });
  return {
    async run(url, formFactor) {
      const flags = { port: chrome.port, output: "json" as const, logLevel: "error" as const, onlyCategories: CATEGORIES };
      // Mobile is Lighthouse's default config (emulated mid-range phone, simulated slow 4G).
      const result = await lighthouse(url, flags, formFactor === "desktop" ? desktopConfig : undefined);
      if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
      if (result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${result.lhr.runtimeError.message}`);
      const lhr = result.lhr as unknown as LhrSlice;
      return { metrics: metricsFromLhr(lhr), failing: failingAudits(lhr) };
    },
    async close() {
      chrome.kill();
    },
  };
}
