/**
 * Gate: every built page has one <h1> and no skipped heading levels; every chart figure has a
 * text alternative stating its figures and an accessible data table.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { SITE_DIR } from "../paths.ts";
import { requireSite } from "../site-build.ts";
import { checkChartAlternatives, checkHeadingOutline } from "./outline.ts";
import { listPages, readPage, type SitePage } from "./site-pages.ts";

const FIGURE = (alt: string, th = `<th scope="col">年份</th><th scope="col" class="n">亿元</th>`, caption = "<caption>标题</caption>") =>
  `<figure class="chart-figure" id="chart-x"><h3>标题</h3><details><summary>s</summary><p>${alt}</p>` +
  `<table>${caption}<thead><tr>${th}</tr></thead><tbody><tr><td>2024</td><td class="n">12.5</td></tr></tbody></table></details></figure>`;

describe("checkHeadingOutline(html)", () => {
  it("accepts h1 → h2 → h3 → h2", () => expect(checkHeadingOutline("<h1>a</h1><h2>b</h2><h3>c</h3><h2>d</h2>")).toEqual([]));
  it("reports a missing or second h1 and a skipped level", () => {
    expect(checkHeadingOutline("<h2>a</h2>")).toEqual([
      "expected exactly one <h1>, found 0",
      '<h2> "a" follows no heading: level h1 skipped',
    ]);
    expect(checkHeadingOutline("<h1>a</h1><h1>b</h1>")).toEqual(["expected exactly one <h1>, found 2"]);
    expect(checkHeadingOutline("<h1>a</h1><h3>c</h3>")).toEqual(['<h3> "c" follows an <h1>: level h2 skipped']);
  });
});

describe("checkChartAlternatives(html)", () => {
  it("accepts a figure whose alternative quotes a table value", () => expect(checkChartAlternatives(FIGURE("2024年12.5亿元"))).toEqual([]));
  it("reports an alternative without figures, unscoped headers and an unlabelled table", () => {
    expect(checkChartAlternatives(FIGURE("逐年增长"))).toEqual([
      "#chart-x: the text alternative states none of the table's figures (e.g. 12.5)",
    ]);
    expect(checkChartAlternatives(FIGURE("12.5", "<th>年份</th><th scope=\"col\">亿元</th>", ""))).toEqual([
      "#chart-x: the table has no <caption> or aria-label",
      '#chart-x: 1 <th> without a valid scope (first "年份")',
    ]);
    expect(checkChartAlternatives(FIGURE("标题"))).toContain("#chart-x: the text alternative only repeats the title");
  });
});

describe("every built page", () => {
  let pages: SitePage[] = [];
  beforeAll(async () => {
    requireSite(SITE_DIR);
    pages = await listPages(SITE_DIR);
  });
  it("has one h1 and no skipped heading levels", async () => {
    const failures: string[] = [];
    for (const p of pages) for (const problem of checkHeadingOutline(await readPage(SITE_DIR, p))) failures.push(`/${p.urlPath}: ${problem}`);
    expect(pages.length).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });
  it("gives every chart a text alternative with its figures and an accessible data table", async () => {
    const failures: string[] = [];
    let figures = 0;
    for (const p of pages) {
      const html = await readPage(SITE_DIR, p);
      figures += (html.match(/<figure class="chart-figure"/g) ?? []).length;
      for (const problem of checkChartAlternatives(html)) failures.push(`/${p.urlPath}: ${problem}`);
    }
    expect(figures).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });
});
