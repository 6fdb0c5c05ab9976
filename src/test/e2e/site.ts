/** Shared set-up for the end-to-end tests: the built site (base "/"), served, and one browser. */
import type { Browser } from "playwright-core";
import { launchBrowser } from "../browser.ts";
import { SITE_DIR } from "../paths.ts";
import { serveDir, type StaticServer } from "../server.ts";
import { requireSite } from "../site-build.ts";
import { isContentPage, listPages, type SitePage } from "../quality/site-pages.ts";

export interface E2eSite {
  browser: Browser;
  server: StaticServer;
  pages: SitePage[];
  close(): Promise<void>;
}

export async function openSite(siteDir: string = SITE_DIR, base = "/"): Promise<E2eSite> {
  requireSite(siteDir);
  const pages = (await listPages(siteDir)).filter(isContentPage);
  const server = await serveDir(siteDir, { base });
  const browser = await launchBrowser();
  return {
    browser,
    server,
    pages,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Area story pages: `areas/<slug>/`. */
export function areaPages(pages: readonly SitePage[]): SitePage[] {
  return pages.filter((p) => /^areas\/[^/]+\/$/.test(p.urlPath));
}
