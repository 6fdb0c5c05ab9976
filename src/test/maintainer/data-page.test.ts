/**
 * The real site's /data/ and /reports/ pages (built by vitest's global setup into .tmp/site):
 * every table of data/ and every seed downloadable byte for byte, data versions and dates as
 * computed from the files, valid Dataset JSON-LD, the full figures table per report, and the
 * table's filter and sort in a browser (and its full, unfiltered form without JavaScript).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { listFiles } from "../../build/hash-tree";
import { readData, type Data } from "../../data/load";
import { reportFolders } from "../../lib/report-folders";
import { loadDataColumnsZh } from "../../reports/data-columns-zh";
import { reportDataVersion, shortVersion } from "../../reports/data-version";
import { targetView } from "../../reports/target-view";
import { launchBrowser, openPage } from "../browser";
import { DATA_DIR, ROOT_DIR, SITE_DIR } from "../paths";
import { serveDir, type StaticServer } from "../server";
import { requireSite } from "../site-build";

// The report folders the site was built with (src/test/site-build.ts): ../shared/reports when it is there.
const dirs = { dataDir: DATA_DIR, seedsDir: path.join(ROOT_DIR, "seeds"), reportDirs: reportFolders({}, ROOT_DIR).folders };
let data: Data;
let html: string;
const page = (p: string) => readFileSync(path.join(SITE_DIR, p), "utf8");

beforeAll(() => {
  requireSite(SITE_DIR);
  data = readData(dirs);
  html = page("data/index.html");
});

describe("/data/", () => {
  test("every CSV in data/ and every seed file is linked and served byte for byte", async () => {
    const wanted = [
      ...(await listFiles(DATA_DIR)).filter((f) => f.endsWith(".csv")).map((f) => ({ url: `data/files/${f}`, src: path.join(DATA_DIR, f) })),
      ...(await listFiles(dirs.seedsDir)).filter((f) => /\.(csv|txt)$/.test(f)).map((f) => ({ url: `data/files/seeds/${f}`, src: path.join(dirs.seedsDir, f) })),
    ];
    expect(wanted.length).toBeGreaterThan(8);
    for (const w of wanted) {
      expect(html).toContain(`href="/${w.url}"`);
      expect(readFileSync(path.join(SITE_DIR, w.url))).toEqual(readFileSync(w.src));
    }
  });

  test("each report's data version is the hash of its files, and its date is the manifest's data_date", () => {
    for (const m of data.manifest) {
      const version = shortVersion(reportDataVersion(dirs, m.id));
      expect(html).toMatch(new RegExp(`<code title="[0-9a-f]{64}">${version}</code></td>\\s*<td><time datetime="${m.data_date}">`));
    }
  });

  test("columns come from the CSV headers, described in Chinese first, English notes behind", () => {
    const header = readFileSync(path.join(DATA_DIR, "yangquan-2024/figures.csv"), "utf8").split("\n")[0]!.split(",");
    const zh = loadDataColumnsZh().get("<report-id>/figures.csv")!;
    for (const c of header) expect(html).toContain(`<dt><code>${c}</code></dt><dd>${zh.columns[c]}</dd>`);
    const english = html.indexOf("the number as written (plain decimal, no grouping)"); // figures.csv `value`, from the README
    expect(english).toBeGreaterThan(html.indexOf(`<dd>${zh.columns.value}</dd>`));
    expect(html.lastIndexOf('lang="en"', english)).toBeGreaterThan(html.lastIndexOf("</details>", english));
    expect(html).toContain("qualifiers in text order, joined by |: 左右"); // a | inside code marks is not a cell border
  });

  test("readers see no commands, repository paths or README pointers", () => {
    for (const p of ["data/index.html", "about/index.html", ...data.manifest.map((m) => `reports/${m.id}/index.html`)]) {
      const text = page(p).replace(/<script[\s\S]*?<\/script>|<[^>]*>/g, " "); // what a reader sees, not class names
      expect(text, p).not.toMatch(/npm run|seeds\/README|\bcurated\b/);
    }
  });

  test("Dataset JSON-LD: every download, places and years from the manifest", () => {
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
    const ld = JSON.parse(json ?? "null") as Record<string, unknown> & { distribution: { contentUrl: string; encodingFormat: string }[] };
    expect(ld["@type"]).toBe("Dataset");
    for (const key of ["name", "description", "creator", "license", "temporalCoverage", "spatialCoverage"]) expect(ld[key]).toBeTruthy();
    const years = data.manifest.flatMap((m) => [m.review_year, m.plan_year]);
    expect(ld.temporalCoverage).toBe(`${Math.min(...years)}/${Math.max(...years)}`);
    const links = [...html.matchAll(/href="\/(data\/files\/[^"]+)" download/g)].map((m) => m[1]);
    expect(ld.distribution.map((d) => new URL(d.contentUrl).pathname.slice(1)).sort()).toEqual(links.sort());
    for (const d of ld.distribution) expect(d.encodingFormat).toMatch(/^text\/(csv|plain)$/);
  });

  test("target vs actual: 尚无后续报告 until a following report exists", () => {
    const view = targetView(data, "yangquan-2024");
    if (view.following === null) expect(html).toContain("尚无后续报告。");
    else expect(html).toContain(`对照<a href="/reports/${view.following.id}/">`);
  });
});

describe("/reports/<id>/", () => {
  test("every manifest report has a page whose table lists every figure, each linked to its sentence", () => {
    for (const m of data.manifest) {
      const report = page(`reports/${m.id}/index.html`);
      const figures = data.reports.get(m.id)!.figures;
      const rows = [...report.matchAll(/<tr data-measure=/g)].length;
      expect(rows).toBe(figures.length);
      for (const f of figures) expect(report).toContain(`href="/reports/${m.id}/text/#${f.id}"`);
      const text = page(`reports/${m.id}/text/index.html`);
      for (const f of figures) expect(text).toContain(`<mark id="${f.id}">`);
    }
  });

  test("the national report: with its text, its text page is built and the stories cite its sentences there; without it, its curated rows", () => {
    const national = data.reports.get("national-2024")!;
    const overview = page("index.html");
    if (national.hasText) {
      expect(national.figures.length).toBeGreaterThan(10);
      expect(page("reports/national-2024/text/index.html")).toContain('<mark id="part2-p3-f1">');
      expect(overview).toMatch(/<a class="num" href="\/reports\/national-2024\/text\/#part2-p3-f1"><b>5%<\/b>左右<\/a>/);
    } else {
      expect(existsSync(path.join(SITE_DIR, "reports/national-2024/text/index.html"))).toBe(false);
      expect(overview).toMatch(/<a class="num" href="\/reports\/national-2024\/#value-part2-p3-f1"><b>5%<\/b>左右<\/a>/);
    }
  });
});

describe("figures table in a browser", () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveDir(SITE_DIR, { base: "/" });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("without JavaScript: every row shown, no filter controls", async () => {
    const o = await openPage(browser, `${server.url}reports/yangquan-2024/`, { javaScriptEnabled: false });
    expect(await o.page.locator(".figure-table__filters").isVisible()).toBe(false);
    expect(await o.page.locator("tbody tr[data-measure]:visible").count()).toBe(data.reports.get("yangquan-2024")!.figures.length);
    await o.close();
  });

  test("filter by text and measure, sort by value with aria-sort", async () => {
    const figures = data.reports.get("yangquan-2024")!.figures;
    const o = await openPage(browser, `${server.url}reports/yangquan-2024/`);
    const p = o.page;
    await p.fill('input[name="q"]', "左右");
    const withQualifier = figures.filter((f) => f.qualifier.includes("左右")).length;
    expect(withQualifier).toBeGreaterThan(0);
    expect(await p.locator("tbody tr[data-measure]:visible").count()).toBe(withQualifier);
    expect(await p.locator(".figure-table__count").textContent()).toBe(`显示${withQualifier}个，共${figures.length}个`);
    await p.fill('input[name="q"]', "");
    await p.selectOption('select[name="measure"]', "增速");
    expect(await p.locator("tbody tr[data-measure]:visible").count()).toBe(figures.filter((f) => f.measure === "growth").length);
    await p.selectOption('select[name="measure"]', "");
    const header = p.locator('th[data-key="value"]');
    await header.locator("button").click();
    expect(await header.getAttribute("aria-sort")).toBe("ascending");
    const first = await p.locator("tbody tr[data-measure] td:nth-child(4)").first().getAttribute("data-sort");
    expect(Number(first)).toBe(Math.min(...figures.map((f) => f.value)));
    await header.locator("button").click();
    expect(await header.getAttribute("aria-sort")).toBe("descending");
    const top = await p.locator("tbody tr[data-measure] td:nth-child(4)").first().getAttribute("data-sort");
    expect(Number(top)).toBe(Math.max(...figures.map((f) => f.value)));
    expect(o.consoleErrors).toEqual([]);
    await o.close();
  }, 60_000);
});
