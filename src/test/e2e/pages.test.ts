/**
 * Every page, as a reader's browser sees it. Loading cleanly from its own origin (at "/" and under
 * the "/yq2024/" sub-path) and never scrolling sideways on a 360 px phone (with and without
 * JavaScript) are the `requests` and `overflow` gates of quality/page-visits.test.ts, which opens
 * each page once per mode; this file keeps what needs a page of its own.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPage } from "../browser.ts";
import { SITE_BASE_DIR, SITE_DIR } from "../paths.ts";
import { listPages } from "../quality/site-pages.ts";
import { requireSite } from "../site-build.ts";
import { openSite, type E2eSite } from "./site.ts";

describe("the shell", () => {
  it.each([SITE_DIR, SITE_BASE_DIR])("%s has the shell's pages", async (dir) => {
    requireSite(dir);
    const paths = (await listPages(dir)).map((p) => p.urlPath);
    for (const p of ["", "review/", "areas/", "report/", "about/"]) expect(paths).toContain(p);
  });
});

describe("phones", () => {
  let site: E2eSite;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  it("body text is at least 16 px", async () => {
    const opened = await openPage(site.browser, site.server.url + "areas/");
    const size = await opened.page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    await opened.close();
    expect(size).toBeGreaterThanOrEqual(16);
  });
});
