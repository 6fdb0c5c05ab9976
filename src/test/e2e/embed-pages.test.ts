/**
 * Embed pages and embed codes as shipped: every chart (and alias) has an embed page (the page-visit
 * pass opens each at 280 px: no other origin, no site chrome, no sideways scroll); `?theme=` and `?title=0` work; the page stays small; the
 * embed code on story pages and the gallery is valid HTML whose URLs exist in the build (at "/" and
 * under "/yq2024/"); sharing tags carry an absolute chart PNG.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { HtmlValidate } from "html-validate";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPage } from "../browser.ts";
import { SITE_BASE_DIR, SITE_BASE_PATH, SITE_DIR } from "../paths.ts";
import { requireSite } from "../site-build.ts";
import { allCharts, allStories, editionOfChart, editionOfStory, storyPath } from "../../stories/index.ts";
import { chartDownloadPath, chartEmbedPath } from "../../embed/chart-files.ts";
import { loadEditions } from "../../edition/index.ts";
import { openSite, type E2eSite } from "./site.ts";

const charts = allCharts();
/** Every embed page as built: each chart and alias under its edition's path (`embed/<id>/`, `en/embed/<id>/`). */
const embedPages = charts.flatMap((c) => [c.id, ...(c.aliases ?? [])].map((id) => chartEmbedPath(c, id)));

describe("embed pages in the browser", () => {
  let site: E2eSite;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  it("every chart and alias has an embed page in the build", async () => {
    // Opened in the browser by the page-visit pass (quality/page-visits.test.ts, mode "embed 280px"):
    // status 200, nothing from another origin, no console errors, no site chrome, no sideways scroll.
    const built = new Set(site.pages.map((p) => p.urlPath));
    expect(embedPages.filter((p) => !built.has(p))).toEqual([]);
  });

  it("?theme=dark and ?title=0 are applied; without parameters the defaults show", async () => {
    const id = charts[0]!.id;
    const plain = await openPage(site.browser, `${site.server.url}embed/${id}/`);
    expect(await plain.page.evaluate(() => document.documentElement.dataset.theme ?? "")).toBe("");
    expect(await plain.page.$eval("h1", (h) => h.getBoundingClientRect().height)).toBeGreaterThan(10);
    await plain.close();
    const dark = await openPage(site.browser, `${site.server.url}embed/${id}/?theme=dark&title=0`);
    expect(await dark.page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    expect(await dark.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(17, 17, 17)");
    expect(await dark.page.$eval("h1", (h) => h.getBoundingClientRect().height)).toBeLessThanOrEqual(1);
    await dark.close();
  });
});

describe("embed page weight", () => {
  it("HTML + CSS + JS of each embed page ≤ 40 KB gzip, its JS ≤ 2 KB gzip", () => {
    requireSite(SITE_DIR);
    const problems: string[] = [];
    for (const page of embedPages) {
      const html = readFileSync(path.join(SITE_DIR, page, "index.html"));
      const { document } = parseHTML(html.toString("utf8"));
      const assets = [
        ...[...document.querySelectorAll("link[rel=stylesheet]")].map((l) => l.getAttribute("href")!),
        ...[...document.querySelectorAll("script[src]")].map((s) => s.getAttribute("src")!),
      ].map((href) => readFileSync(path.join(SITE_DIR, href)));
      const js = [...document.querySelectorAll("script[src]")].map((s) => gzipSync(readFileSync(path.join(SITE_DIR, s.getAttribute("src")!))).length);
      const total = [html, ...assets].reduce((n, b) => n + gzipSync(b).length, 0);
      if (total > 40 * 1024) problems.push(`${page} is ${total} bytes gzip`);
      const jsTotal = js.reduce((a, b) => a + b, 0);
      if (jsTotal > 2 * 1024) problems.push(`${page} JS is ${jsTotal} bytes gzip`);
    }
    expect(problems).toEqual([]);
  });
  it("the host script embed.js is a few KB", () => {
    requireSite(SITE_DIR);
    expect(statSync(path.join(SITE_DIR, "embed.js")).size).toBeLessThan(4096);
  });
});

/** The snippet lives on the host's page, so our own CSP rule against inline styles does not apply. */
const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "no-inline-style": "off" } });

function decodeEntities(text: string): string {
  return text.replace(/&(quot|lt|gt|#39|amp);/g, (e) => ({ "&quot;": '"', "&lt;": "<", "&gt;": ">", "&#39;": "'", "&amp;": "&" })[e]!);
}

/** Maps an absolute URL of the built site to its file, or null when the build has no such file. */
function fileOf(siteDir: string, base: string, url: string): string | null {
  const { pathname } = new URL(url);
  if (!pathname.startsWith(base)) return null;
  const rel = decodeURIComponent(pathname.slice(base.length));
  const file = path.join(siteDir, rel.endsWith("/") || rel === "" ? path.join(rel, "index.html") : rel);
  return existsSync(file) ? file : null;
}

describe.each([
  { name: "base /", dir: SITE_DIR, base: "/" },
  { name: `base ${SITE_BASE_PATH}`, dir: SITE_BASE_DIR, base: SITE_BASE_PATH },
])("embed codes and sharing tags ($name)", ({ dir, base }) => {
  const storyPages = allStories().filter((s) => s.charts.length > 0).map((s) => ({ story: s, file: path.join(storyPath(s), "index.html") }));

  it("every chart's embed code (story pages and gallery) is valid HTML with URLs that exist in the build", async () => {
    requireSite(dir);
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const file of [...storyPages.map((p) => p.file), ...loadEditions().map((e) => `${e.path}charts/index.html`)]) {
      const { document } = parseHTML(readFileSync(path.join(dir, file), "utf8"));
      for (const area of document.querySelectorAll("textarea.embed-code")) {
        const code = decodeEntities(area.textContent ?? ""); // linkedom keeps a textarea's text as written in the HTML
        const report = await validator.validateString(code);
        for (const r of report.results) for (const m of r.messages) problems.push(`${file} ${area.id}: ${m.ruleId} ${m.message}`);
        const urls = [...code.matchAll(/\bsrc="([^"]+)"/g)].map((m) => decodeEntities(m[1]!));
        if (urls.length !== 2) problems.push(`${file} ${area.id}: expected 2 URLs, found ${urls.length}`);
        for (const url of urls) {
          if (!/^https?:\/\//.test(url)) problems.push(`${file} ${area.id}: ${url} is not absolute`);
          else if (!fileOf(dir, base, url)) problems.push(`${file} ${area.id}: ${url} has no file in the build`);
        }
        seen.add(area.id.replace(/^(embed|gallery)-code-/, ""));
      }
    }
    expect(problems).toEqual([]);
    expect([...seen].sort()).toEqual(charts.map((c) => c.id).sort());
  });

  it("the gallery shows every chart, grouped by story, with downloads that exist", () => {
    requireSite(dir);
    const problems: string[] = [];
    // Each edition's gallery is parsed once, not once per chart.
    const galleries = new Map<string, Document>();
    const gallery = (file: string) => {
      if (!galleries.has(file)) galleries.set(file, parseHTML(readFileSync(path.join(dir, file), "utf8")).document);
      return galleries.get(file)!;
    };
    for (const chart of charts) {
      const document = gallery(`${editionOfChart(chart).path}charts/index.html`);
      const item = document.querySelector(`#gallery-chart-${chart.id}`);
      if (!item) {
        problems.push(`gallery has no ${chart.id}`);
        continue;
      }
      for (const a of item.querySelectorAll(".downloads a, img")) {
        const ref = a.getAttribute("href") ?? a.getAttribute("src")!;
        if (!fileOf(dir, base, new URL(ref, "http://h").toString())) problems.push(`${chart.id}: ${ref} is missing`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("every embed page (and alias) links the same chart in the other language: hreflang both ways, x-default Chinese, a switch", () => {
    requireSite(dir);
    const problems: string[] = [];
    const read = (file: string) => parseHTML(readFileSync(file, "utf8")).document;
    const canonicalOf = (doc: ReturnType<typeof read>) => doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? "";
    for (const chart of charts) {
      const lang = editionOfChart(chart).lang;
      for (const id of [chart.id, ...(chart.aliases ?? [])]) {
        const page = chartEmbedPath(chart, id);
        const doc = read(path.join(dir, page, "index.html"));
        const links = [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => ({ lang: l.getAttribute("hreflang")!, href: l.getAttribute("href")! }));
        const switchLinks = [...doc.querySelectorAll("a[data-language-switch]")].map((a) => ({ lang: a.getAttribute("hreflang")!, href: a.getAttribute("href")! }));
        const others = links.filter((l) => l.lang !== lang && l.lang !== "x-default");
        // Only the method view's charts (Chinese) have no English telling.
        if (others.length === 0) {
          if (!lang.startsWith("zh") || !chart.id.includes("-method-")) problems.push(`${page}: no alternate in another language`);
          if (links.length > 0 || switchLinks.length > 0) problems.push(`${page}: alternates without another language`);
          continue;
        }
        const self = links.find((l) => l.lang === lang);
        if (self?.href !== canonicalOf(doc)) problems.push(`${page}: hreflang ${lang} is ${self?.href}, not the canonical ${canonicalOf(doc)}`);
        const zh = links.find((l) => l.lang === "zh-CN");
        if (links.find((l) => l.lang === "x-default")?.href !== zh?.href) problems.push(`${page}: x-default is not the Chinese page`);
        for (const other of others) {
          const file = fileOf(dir, base, other.href);
          if (!file) {
            problems.push(`${page}: hreflang ${other.lang} ${other.href} has no file`);
            continue;
          }
          const there = read(file);
          const otherId = there.documentElement.getAttribute("data-chart-id") ?? "";
          if (there.documentElement.getAttribute("lang") !== other.lang) problems.push(`${page}: ${other.href} is not in ${other.lang}`);
          const otherChart = allCharts().find((c) => c.id === otherId);
          const local = otherChart && editionOfChart(otherChart).localChartId(otherId);
          if (!local || local !== editionOfChart(chart).localChartId(chart.id)) problems.push(`${page}: ${other.lang} alternate shows chart ${otherId}`);
          const back = [...there.querySelectorAll('link[rel="alternate"][hreflang]')].find((l) => l.getAttribute("hreflang") === lang)?.getAttribute("href");
          if (back !== canonicalOf(doc)) problems.push(`${page}: ${other.href} does not link back (${back})`);
          const link = switchLinks.find((a) => a.lang === other.lang);
          if (!link || new URL(link.href, `http://h${base}${page}`).pathname !== new URL(other.href).pathname) problems.push(`${page}: the language switch does not lead to ${other.href}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("story and embed pages carry Open Graph + Twitter tags with an absolute PNG that exists (a story's share card, else its chart)", () => {
    requireSite(dir);
    const pages = [
      ...storyPages.map((p) => ({ file: p.file, lang: editionOfStory(p.story).lang, png: p.story.card ? editionOfStory(p.story).pagePath(`cards/${p.story.slug}.png`) : chartDownloadPath(p.story.charts[0]!, "png") })),
      ...charts.map((c) => ({ file: path.join(chartEmbedPath(c), "index.html"), lang: editionOfChart(c).lang, png: chartDownloadPath(c, "png") })),
    ];
    const problems: string[] = [];
    for (const { file, lang, png } of pages) {
      const zh = lang.startsWith("zh");
      const { document } = parseHTML(readFileSync(path.join(dir, file), "utf8"));
      const meta = (sel: string) => document.querySelector(`meta[${sel}]`)?.getAttribute("content") ?? "";
      const image = meta('property="og:image"');
      if (!/^https?:\/\//.test(image) || !image.endsWith(png) || !fileOf(dir, base, image)) problems.push(`${file}: og:image "${image}"`);
      if (meta('name="twitter:image"') !== image) problems.push(`${file}: twitter:image differs from og:image`);
      if (meta('property="og:locale"') !== (zh ? "zh_CN" : "en_US")) problems.push(`${file}: og:locale ${meta('property="og:locale"')}`);
      if (/[\u4e00-\u9fff]/.test(meta('property="og:description"')) !== zh) problems.push(`${file}: og:description is not in the page's language`);
      if (!meta('property="og:title"')) problems.push(`${file}: no og:title`);
    }
    expect(problems).toEqual([]);
  });
});
