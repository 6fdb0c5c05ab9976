/**
 * The reader's ways in beyond the stories, in the built site: each "我关心" topic page shows the
 * figures its sentences list and every link on it resolves; the report search finds the sentences
 * that contain a query (Chinese words included, no segmentation); each story's og:image is its
 * share card, a PNG in the site, 3:4.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadData, loadReport } from "../../data/load.ts";
import { splitQuote } from "../../stories/copy.ts";
import { storiesOf, storyPath } from "../../stories/index.ts";
import { siteEdition } from "../../edition/index.ts";
import { topicView } from "../../topics/topic-view.ts";
import { pngSize } from "../../embed/png.ts";
import { openPage } from "../browser.ts";
import { SITE_DIR } from "../paths.ts";
import { openSite, type E2eSite } from "./site.ts";

const REPORT_ID = "yangquan-2024";
const QUERIES = ["就业", "煤矿", "新能源汽车", "专精特新", "养老"];

/** The built file a site path names (base "/"), or null. */
function builtFile(urlPath: string): string | null {
  const clean = decodeURIComponent(urlPath.replace(/[?#].*$/, ""));
  const file = path.join(SITE_DIR, clean.endsWith("/") ? `${clean}index.html` : clean);
  return existsSync(file) ? file : null;
}

/** A same-site link resolves: its file is built and its fragment names an element there. */
function unresolved(href: string, from: string): string | null {
  const url = new URL(href, `http://site${from}`);
  if (url.host !== "site") return `${href}: another origin`;
  const file = builtFile(url.pathname);
  if (!file) return `${href}: no file`;
  const id = decodeURIComponent(url.hash.slice(1));
  if (id && !readFileSync(file, "utf8").includes(`id="${id}"`)) return `${href}: no element #${id}`;
  return null;
}

let site: E2eSite;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe("topic pages", () => {
  const data = loadData();
  const paths = { overview: null, review: null, areas: new Map() };

  it.each(data.topics.map((t) => [t.slug] as const))("%s: shows every figure it lists, with value, unit and qualifier; its links resolve; fits 360 px without JS", async (slug) => {
    const view = topicView(data, slug, REPORT_ID, paths);
    const expected = view.groups.flatMap((g) => g.items.flatMap((i) => i.figures.map((f) => f.figure)));
    const opened = await openPage(site.browser, `${site.server.url}topics/${slug}/`, { javaScriptEnabled: false });
    const shown = await opened.page.evaluate(() => ({
      figures: [...document.querySelectorAll<HTMLElement>("[data-figure-id]")].map((li) => ({ id: li.dataset.figureId!, text: li.textContent ?? "", href: li.querySelector("a")?.getAttribute("href") ?? "" })),
      sentences: [...document.querySelectorAll(".topic-item__sentence")].map((b) => b.textContent?.trim() ?? ""),
      links: [...document.querySelectorAll("main a[href]")].map((a) => a.getAttribute("href")!),
      overflow: document.documentElement.scrollWidth - innerWidth,
    }));
    await opened.close();
    expect(shown.figures.map((f) => f.id)).toEqual(expected.map((f) => f.id));
    for (const f of expected) {
      const item = shown.figures.find((s) => s.id === f.id)!;
      expect(item.text, f.id).toContain(splitQuote(f).number);
      for (const q of f.qualifier.split("|").filter(Boolean)) expect(item.text, `${f.id} qualifier`).toContain(q);
      expect(item.href).toBe(`/report/#${f.id}`);
    }
    expect(shown.sentences).toEqual(view.groups.flatMap((g) => g.items.map((i) => i.sentence)));
    expect(shown.sentences.length).toBe(view.sentences);
    expect(shown.links.map((h) => unresolved(h, `/topics/${slug}/`)).filter(Boolean)).toEqual([]);
    expect(shown.overflow).toBeLessThanOrEqual(0);
  });

  it("the overview offers the nine topics in a 我关心 row, and the search box", async () => {
    const html = readFileSync(builtFile("/")!, "utf8");
    const row = /<nav class="topic-row[^"]*"[^>]*aria-label="我关心"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? "";
    expect([...row.matchAll(/href="\/topics\/([a-z-]+)\/"[^>]*>([^<]+)</g)].map((m) => m[2])).toEqual(data.topics.map((t) => t.label_zh));
    expect(html).toMatch(/<form class="search-box[^"]*" action="\/search\/" method="get"/);
  });
});

describe("report search", () => {
  /** Sentences of the report containing `q`, counted here from sections.csv, split at 。！？；. */
  const sentencesWith = (q: string) =>
    loadReport(REPORT_ID).sections.flatMap((s) => s.text.split(/(?<=[。！？；])/)).filter((s) => s.includes(q)).length;

  it("finds, for each of the five queries, exactly the report's sentences that contain it, each linked to its paragraph", async () => {
    const opened = await openPage(site.browser, `${site.server.url}search/`);
    const { page } = opened;
    for (const q of QUERIES) {
      await page.fill("#search-q", q);
      await page.press("#search-q", "Enter");
      await page.waitForFunction((query) => document.querySelector("[data-search-status]")?.textContent?.includes(`“${query}”`), q);
      const hits = await page.evaluate(() => [...document.querySelectorAll(".search-hit:not(.search-hit--topic)")].map((li) => ({
        text: li.querySelector(".search-hit__text")?.textContent ?? "",
        marked: [...li.querySelectorAll("mark")].map((m) => m.textContent),
        href: li.querySelector("a")?.getAttribute("href") ?? "",
      })));
      expect(hits.length, q).toBe(sentencesWith(q));
      expect(hits.length, q).toBeGreaterThan(0);
      for (const h of hits) {
        expect(h.text).toContain(q);
        expect(h.marked).toContain(q);
        expect(unresolved(h.href, "/search/"), h.href).toBeNull();
      }
    }
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.requestedUrls.every((u) => u.startsWith(site.server.url))).toBe(true);
    await opened.close();
  });

  it("a query that names a topic offers its page; without JavaScript the page says how to search the report", async () => {
    const opened = await openPage(site.browser, `${site.server.url}search/?q=${encodeURIComponent("养老")}`);
    await opened.page.waitForSelector(".search-hit--topic a");
    expect(await opened.page.getAttribute(".search-hit--topic a", "href")).toBe("/topics/elderly/");
    await opened.close();
    const noJs = await openPage(site.browser, `${site.server.url}search/`, { javaScriptEnabled: false });
    const status = await noJs.page.textContent("[data-search-status]");
    expect(status).toContain("需要 JavaScript");
    expect(await noJs.page.getAttribute("[data-search-status] a", "href")).toBe("/report/");
    await noJs.close();
  });

  it("loads its script and index on the search page only", () => {
    const home = readFileSync(builtFile("/")!, "utf8");
    const search = readFileSync(builtFile("/search/")!, "utf8");
    expect(home).not.toContain("report.json");
    expect(search).toContain('data-index="/search/report.json"');
    const scripts = (html: string) => [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    const only = scripts(search).filter((s) => !scripts(home).includes(s));
    expect(only.length).toBeGreaterThan(0);
  });
});

describe("share cards", () => {
  it.each(storiesOf(siteEdition()).map((s) => [s.slug, s] as const))("%s: og:image is its card, a 3:4 PNG in the site, with a large-image Twitter card", (_slug, story) => {
    const html = readFileSync(builtFile(`/${storyPath(story)}`)!, "utf8");
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(image, "og:image").toMatch(/^https?:\/\/[^/]+\/cards\/[a-z-]+\.png$/);
    const file = builtFile(new URL(image!).pathname);
    expect(file, image).not.toBeNull();
    const { width, height } = pngSize(readFileSync(file!));
    expect(width * 4).toBe(height * 3);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"');
    expect(html).toContain(`<meta name="twitter:image" content="${image}"`);
  });
});
