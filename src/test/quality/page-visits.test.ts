/**
 * Gates that need a page in Chromium, run in one pass (page-visit.ts): every page is opened once
 * per colour scheme × width (light/dark × 360/1280 px), once at 360 px without JavaScript and once
 * under the "/yq2024/" sub-path, and each gate reads the page it is given:
 * - axe-core WCAG 2.0/2.1 A and AA: zero violations (embed pages: the template, once per mode);
 * - requests: runs under its CSP with no console errors, no failed requests, nothing from another
 *   origin, status 200 (at "/" and under "/yq2024/");
 * - overflow: never wider than a 360 px phone, with and without JavaScript.
 * Each failure names page, mode, rule and element.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../browser.ts";
import { SITE_BASE_DIR, SITE_BASE_PATH, SITE_DIR } from "../paths.ts";
import { serveDir, type StaticServer } from "../server.ts";
import { requireSite } from "../site-build.ts";
import { visitSite, type VisitPlan, type VisitResult } from "./page-visit.ts";
import { listPages, type SitePage } from "./site-pages.ts";
import { isEmbed, MODES, pagesFor, SCHEME_WIDTHS, VISIT_CHECKS } from "./visit-checks.ts";

describe("every page in Chromium: one visit per mode, every gate on it", () => {
  let browser: Browser;
  let root: StaticServer;
  let sub: StaticServer;
  let pages: SitePage[] = [];
  let result: VisitResult;

  beforeAll(async () => {
    requireSite(SITE_DIR);
    requireSite(SITE_BASE_DIR);
    pages = await listPages(SITE_DIR);
    root = await serveDir(SITE_DIR);
    sub = await serveDir(SITE_BASE_DIR, { base: SITE_BASE_PATH });
    browser = await launchBrowser();
    const subPages = await listPages(SITE_BASE_DIR);
    const plans: VisitPlan[] = [
      ...[...SCHEME_WIDTHS, MODES.noJs360].map((mode) => ({ mode, server: root, pages: pagesFor(mode, pages) })),
      { mode: MODES.subPath360, server: sub, pages: pagesFor(MODES.subPath360, subPages) },
    ];
    result = await visitSite(browser, plans, VISIT_CHECKS);
  }, 900_000);
  afterAll(async () => {
    await browser?.close();
    await root?.close();
    await sub?.close();
  });

  it("the site has pages, and each gate looked at them", () => {
    expect(pages.filter((p) => !isEmbed(p)).length).toBeGreaterThan(5);
    expect(pages.some(isEmbed)).toBe(true);
    for (const check of VISIT_CHECKS) expect(result.visits.get(check.name), check.name).toBeGreaterThan(pages.filter((p) => !isEmbed(p)).length);
  });

  it.each(VISIT_CHECKS.map((c) => c.name))("%s: no problems on any page in any mode", (name) => {
    expect(result.problems.get(name)).toEqual([]);
  });
});
