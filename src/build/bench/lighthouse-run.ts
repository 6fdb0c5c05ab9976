/** Runs Lighthouse 12 against a URL in Debian's Chromium (via chrome-launcher, which ships with it). */
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../../test/browser.ts";
import { metricsFromLhr, type FormFactor, type LhrSlice, type RunMetrics } from "./metrics.ts";

export interface LighthouseSession {
  run(url: string, formFactor: FormFactor): Promise<RunMetrics>;
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
      return metricsFromLhr(result.lhr as unknown as LhrSlice);
    },
    async close() {
      chrome.kill();
    },
  };
}
