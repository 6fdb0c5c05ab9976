/**
 * Gate: axe-core (WCAG 2.0/2.1 A and AA rules) finds zero violations on every built page,
 * including /embed/* pages, in light and dark colour schemes at 360 px and 1280 px.
 * Each failure names page, scheme, width, rule and the offending targets.
 */
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DESKTOP_VIEWPORT, MOBILE_VIEWPORT, launchBrowser, openPage } from "../browser.ts";
import { SITE_DIR } from "../paths.ts";
import { serveDir, type StaticServer } from "../server.ts";
import { requireSite } from "../site-build.ts";
import { listPages, type SitePage } from "./site-pages.ts";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const COMBOS = [
  { scheme: "light", viewport: MOBILE_VIEWPORT },
  { scheme: "dark", viewport: MOBILE_VIEWPORT },
  { scheme: "light", viewport: DESKTOP_VIEWPORT },
  { scheme: "dark", viewport: DESKTOP_VIEWPORT },
] as const;

/** Runs `work` over `items` with at most `size` in flight. */
async function inPool<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}

describe("axe-core WCAG 2.1 A/AA on every page", () => {
  let browser: Browser;
  let server: StaticServer;
  let pages: SitePage[] = [];
  beforeAll(async () => {
    requireSite(SITE_DIR);
    pages = await listPages(SITE_DIR);
    server = await serveDir(SITE_DIR);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("the site has pages", () => expect(pages.length).toBeGreaterThan(0));

  it.each(COMBOS)("$scheme scheme at $viewport.width px: zero violations", async ({ scheme, viewport }) => {
    const violations: string[] = [];
    // A few pages at a time: axe is CPU-bound in the page, and 70+ pages one by one take minutes per combination.
    await inPool(pages, 3, async (p) => {
      const opened = await openPage(browser, server.url + p.urlPath, { colorScheme: scheme, viewport: { ...viewport } });
      try {
        const result = await new AxeBuilder({ page: opened.page }).withTags(WCAG_TAGS).analyze();
        for (const v of result.violations) {
          const targets = v.nodes.slice(0, 5).map((n) => n.target.join(" ")).join(", ");
          const more = v.nodes.length > 5 ? ` (+${v.nodes.length - 5} more)` : "";
          violations.push(`/${p.urlPath} [${scheme} ${viewport.width}px] ${v.id} (${v.impact}): ${targets}${more}`);
        }
      } finally {
        await opened.close();
      }
    });
    violations.sort();
    expect(violations).toEqual([]);
  }, 600_000);
});
