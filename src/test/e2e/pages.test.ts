/**
 * Every page, as a reader's browser sees it: loads cleanly from its own origin only (at base "/"
 * and under the "/yq2024/" sub-path), and never scrolls sideways on a 360 px phone.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { foreignUrls, MOBILE_VIEWPORT, openPage } from "../browser.ts";
import { SITE_BASE_DIR, SITE_BASE_PATH, SITE_DIR } from "../paths.ts";
import { openSite, type E2eSite } from "./site.ts";

describe.each([
  { name: "base /", dir: SITE_DIR, base: "/" },
  { name: `base ${SITE_BASE_PATH}`, dir: SITE_BASE_DIR, base: SITE_BASE_PATH },
])("every page loads cleanly ($name)", ({ dir, base }) => {
  let site: E2eSite;
  beforeAll(async () => {
    site = await openSite(dir, base);
  });
  afterAll(async () => site?.close());

  it("has the shell's pages", () => {
    const paths = site.pages.map((p) => p.urlPath);
    for (const p of ["", "review/", "areas/", "report/", "about/"]) expect(paths).toContain(p);
  });

  it("no console errors, no failed requests, nothing from another origin", async () => {
    const problems: string[] = [];
    for (const p of site.pages) {
      const opened = await openPage(site.browser, site.server.url + p.urlPath);
      await opened.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await opened.page.waitForTimeout(100);
      problems.push(
        ...opened.consoleErrors.map((e) => `/${p.urlPath} console: ${e}`),
        ...opened.failedRequests.map((e) => `/${p.urlPath} request: ${e}`),
        ...foreignUrls(opened.requestedUrls, site.server.origin).map((u) => `/${p.urlPath} foreign origin: ${u}`),
      );
      if (opened.status !== 200) problems.push(`/${p.urlPath} status ${opened.status}`);
      await opened.close();
    }
    expect(problems).toEqual([]);
  }, 300_000);
});

describe("phones", () => {
  let site: E2eSite;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  it.each([true, false])("no horizontal overflow at 360 px (JavaScript %s)", async (javaScriptEnabled) => {
    const overflowing: string[] = [];
    for (const p of site.pages) {
      const opened = await openPage(site.browser, site.server.url + p.urlPath, { viewport: { ...MOBILE_VIEWPORT }, javaScriptEnabled });
      const width = await opened.page.evaluate(() => document.documentElement.scrollWidth);
      if (width > MOBILE_VIEWPORT.width) overflowing.push(`/${p.urlPath}: ${width}px wide`);
      await opened.close();
    }
    expect(overflowing).toEqual([]);
  }, 300_000);

  it("body text is at least 16 px", async () => {
    const opened = await openPage(site.browser, site.server.url + "areas/");
    const size = await opened.page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    await opened.close();
    expect(size).toBeGreaterThanOrEqual(16);
  });
});
