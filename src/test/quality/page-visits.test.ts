/**
 * Gates that need a page in Chromium, run in one pass (page-visit.ts) over the pages the build made
 * (discovered from the built folders, never listed): every page is opened once per mode of
 * visit-checks.ts — light at 360 px, dark at 1280 px, no JavaScript at 360 px, under the "/yq2024/"
 * sub-path at 360 px, and every embed page at 280 px — and each gate reads the page it is given:
 * - axe-core WCAG 2.0/2.1 A and AA: zero violations in each colour scheme (embed pages: the
 *   template, once per scheme);
 * - requests: runs under its CSP with no console errors, no failed requests, nothing from another
 *   origin, status 200 (at "/" and under "/yq2024/");
 * - overflow: never wider than the window, at 360 px (with and without JavaScript), 1280 px, and
 *   280 px for embeds;
 * - phone checks (chart text size, chart text fit, split numbers, one-character headline line) and embed chrome.
 * Each failure names page, mode, rule and element. The time per mode and per check is printed.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../browser.ts";
import { SITE_BASE_DIR, SITE_BASE_PATH, SITE_DIR } from "../paths.ts";
import { serveDir, type StaticServer } from "../server.ts";
import { requireSite } from "../site-build.ts";
import { formatTiming, visitSite, type VisitPlan, type VisitResult } from "./page-visit.ts";
import { isContentPage, listPages, type SitePage } from "./site-pages.ts";
import { axeCheck, isEmbed, MODES, pagesFor, requestsCheck, VISIT_CHECKS } from "./visit-checks.ts";

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
    const plans: VisitPlan[] = Object.values(MODES).map((mode) => ({
      mode,
      server: mode.site === "base" ? sub : root,
      pages: pagesFor(mode, mode.site === "base" ? subPages : pages),
    }));
    const started = performance.now();
    result = await visitSite(browser, plans, VISIT_CHECKS);
    console.log(`[page-visits] ${((performance.now() - started) / 1000).toFixed(1)} s in all\n${formatTiming(result.timing)}`);
  }, 900_000);
  afterAll(async () => {
    await browser?.close();
    await root?.close();
    await sub?.close();
  });

  it("the site has pages and embeds, and each gate looked at every page it applies to", () => {
    const content = pages.filter((p) => isContentPage(p) && !isEmbed(p)).length;
    const embeds = pages.filter(isEmbed).length;
    expect(content).toBeGreaterThan(5);
    expect(embeds).toBeGreaterThan(0);
    const looked = (name: string) => result.visits.get(name) ?? 0;
    // axe and the headline check: every page but the embeds (one stands for them) in each scheme.
    expect(looked("axe")).toBeGreaterThanOrEqual(2 * content);
    expect(looked("headline last line")).toBeGreaterThanOrEqual(2 * content);
    // requests: every page at "/" and under the sub-path (embeds at their own width).
    expect(looked("requests")).toBeGreaterThanOrEqual(2 * (content + embeds));
    // overflow: every page at 360 px with and without JavaScript, and at 1280 px.
    expect(looked("overflow")).toBeGreaterThanOrEqual(3 * content + 2 * embeds);
    expect(looked("chart text")).toBeGreaterThanOrEqual(content);
    expect(looked("chart text fit")).toBeGreaterThanOrEqual(content);
    expect(looked("split numbers")).toBeGreaterThanOrEqual(content);
    expect(looked("embed without site chrome")).toBe(embeds);
  });

  it.each(VISIT_CHECKS.map((c) => c.name))("%s: no problems on any page in any mode", (name) => {
    expect(result.problems.get(name)).toEqual([]);
  });
});

describe("the axe gate as the pass runs it", () => {
  it("reports each violation with page, mode, rule and element, and passes a clean page", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "axe-gate-"));
    const page = (body: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title></head><body><main><h1>标题</h1>${body}</main></body></html>`;
    await writeFile(path.join(dir, "index.html"), page(`<p>正文</p>`));
    await writeFile(path.join(dir, "bad.html"), page(`<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" id="no-alt"><p style="color:#bbb;background:#fff">浅灰</p>`));
    const server = await serveDir(dir);
    const browser = await launchBrowser();
    try {
      const pages = [{ file: "index.html", urlPath: "" }, { file: "bad.html", urlPath: "bad.html" }];
      for (const mode of [MODES.light360, MODES.dark1280]) {
        const result = await visitSite(browser, [{ mode, server, pages }], [axeCheck]);
        expect(result.problems.get("axe")).toEqual([
          `/bad.html [${mode.name}] color-contrast (serious): p`,
          `/bad.html [${mode.name}] image-alt (critical): #no-alt`,
        ]);
      }
    } finally {
      await browser.close();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("the requests gate as the pass runs it", () => {
  it("reports each page's own failures, though one tab visits the pages one after another", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "requests-gate-"));
    const page = (body: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>t</title></head><body><main><h1>标题</h1>${body}</main></body></html>`;
    const clean = page(`<p>正文</p>`);
    await writeFile(path.join(dir, "index.html"), clean);
    // Keeps asking for missing files and logging errors until the tab leaves it.
    await writeFile(path.join(dir, "bad.html"), page(`<img src="missing.png" alt="缺"><script>console.error("坏了"); setInterval(() => { fetch("gone-" + Math.random()); console.error("还在"); }, 2)</script>`));
    await writeFile(path.join(dir, "after.html"), clean);
    const server = await serveDir(dir);
    const browser = await launchBrowser();
    try {
      const pages = ["", "bad.html", "after.html"].map((urlPath) => ({ file: `${urlPath || "index.html"}`, urlPath }));
      // One lane: the same tab goes from the clean page to the bad one and on to a clean one.
      const result = await visitSite(browser, [{ mode: MODES.light360, server, pages }], [requestsCheck], 1);
      expect(result.visits.get("requests")).toBe(3);
      const problems = result.problems.get("requests")!;
      expect(problems.filter((p) => !p.startsWith("/bad.html [light 360px] "))).toEqual([]);
      expect(problems).toEqual(expect.arrayContaining([
        `/bad.html [light 360px] console: 坏了`,
        `/bad.html [light 360px] request: GET ${server.url}missing.png → HTTP 404`,
      ]));
    } finally {
      await browser.close();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
