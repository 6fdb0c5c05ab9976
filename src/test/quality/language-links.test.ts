import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { SITE_DIR } from "../paths.ts";
import { requireSite } from "../site-build.ts";
import { unmarkedLanguageLinks } from "./language-links.ts";
import { listPages } from "./site-pages.ts";

const doc = (body: string) => parseHTML(`<!doctype html><html lang="en"><body>${body}</body></html>`).document as unknown as Document;
const langs: Record<string, string> = { "/reports/": "zh-CN", "/en/data/": "en" };
const target = (href: string) => ({ lang: langs[href.split("#")[0]!] });

describe("unmarkedLanguageLinks", () => {
  it("passes links in the page's language and links to Chinese pages that say so", () => {
    const html = `<a href="/en/data/">data page</a>
      <a href="/reports/" hreflang="zh-CN">All reports (Chinese)</a>
      <a href="/reports/#f" hreflang="zh-CN"><b>around 5%</b><span class="visually-hidden"> (in Chinese)</span></a>
      <a href="/reports/" hreflang="zh-CN" lang="zh-CN">中文</a>
      <a href="https://example.org/">elsewhere</a>`;
    expect(unmarkedLanguageLinks(doc(html), "en", target)).toEqual([]);
  });

  it("names a Chinese page linked without hreflang or without saying so", () => {
    const html = `<a href="/reports/#f"><b>5.2%</b></a><a href="/reports/" hreflang="zh-CN">All reports</a>`;
    expect(unmarkedLanguageLinks(doc(html), "en", target)).toEqual([
      `/reports/#f: hreflang "", expected "zh-CN"`,
      `/reports/#f: "5.2%" does not say the page is in Chinese`,
      `/reports/: "All reports" does not say the page is in Chinese`,
    ]);
  });
});

describe("links from pages in other languages to Chinese-only pages (built site)", () => {
  it("carry hreflang=zh-CN and say the page is in Chinese", async () => {
    requireSite(SITE_DIR);
    const pages = await listPages(SITE_DIR);
    const read = (file: string) => readFileSync(path.join(SITE_DIR, file), "utf8");
    const langCache = new Map<string, string | undefined>();
    const langOf = (href: string, from: string) => {
      const url = new URL(href, `http://h/${from}`);
      // Root-relative links, and the absolute ones of embed pages (the test build is --local).
      if ((url.host !== "h" && url.host !== "localhost:4321") || !url.pathname.endsWith("/")) return { lang: undefined };
      const file = path.join(url.pathname.slice(1), "index.html");
      if (!langCache.has(file)) langCache.set(file, existsSync(path.join(SITE_DIR, file)) ? /<html[^>]*\blang="([^"]+)"/.exec(read(file))?.[1] : undefined);
      return { lang: langCache.get(file) };
    };
    const problems: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const html = read(page.file);
      const lang = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? "";
      if (!lang || lang.toLowerCase().startsWith("zh")) continue;
      checked++;
      const { document } = parseHTML(html);
      for (const p of unmarkedLanguageLinks(document as unknown as Document, lang, (href) => langOf(href, page.urlPath))) problems.push(`${page.file}: ${p}`);
    }
    expect(checked).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });
});
