/** The annotated report in the browser: every section and every figure of the data is addressable. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPage } from "../browser.ts";
import { SITE_DIR } from "../paths.ts";
import { requireSite } from "../site-build.ts";
import { loadReport } from "../../data/load.ts";
import { loadEditions } from "../../edition/index.ts";
import { chartPagePath, chartsOf } from "../../stories/index.ts";
import { openSite, type E2eSite } from "./site.ts";

const REPORT_ID = "yangquan-2024";

describe("annotated report", () => {
  let site: E2eSite;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  it("has an element for every section id and a <mark> for every figure id, in reading order", async () => {
    const report = loadReport(REPORT_ID);
    const opened = await openPage(site.browser, site.server.url + "report/");
    const ids = await opened.page.evaluate(() => ({
      all: [...document.querySelectorAll("[id]")].map((e) => e.id),
      marks: [...document.querySelectorAll("mark[id]")].map((e) => e.id),
    }));
    await opened.close();
    const missingSections = report.sections.map((s) => s.id).filter((id) => !ids.all.includes(id));
    expect(missingSections).toEqual([]);
    expect(ids.marks).toEqual([...report.figures].sort((a, b) => a.order - b.order).map((f) => f.id));
  });

  it("each mark shows its quote exactly, and a figure drawn in a chart links to it", async () => {
    const report = loadReport(REPORT_ID);
    const opened = await openPage(site.browser, site.server.url + "report/");
    const marks = await opened.page.evaluate(() =>
      [...document.querySelectorAll("mark[id]")].map((m) => ({ id: m.id, text: m.textContent, link: m.nextElementSibling?.querySelector("a")?.getAttribute("href") ?? null })),
    );
    await opened.close();
    const byId = new Map(report.figures.map((f) => [f.id, f.quote]));
    expect(marks.filter((m) => byId.get(m.id) !== m.text)).toEqual([]);
    expect(marks.some((m) => m.link?.includes("#chart-"))).toBe(true);
  });

  it("a deep link to a paragraph scrolls it into view", async () => {
    const first = loadReport(REPORT_ID).sections.find((s) => s.kind === "paragraph" && s.part === "plan")!;
    const opened = await openPage(site.browser, `${site.server.url}report/#${first.id}`);
    const top = await opened.page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, first.id);
    await opened.close();
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
  });
});

describe("annotated report of each edition (built files)", () => {
  it("links each figure only to charts of its own edition, in the page's words and language", () => {
    requireSite(SITE_DIR);
    const problems: string[] = [];
    for (const edition of loadEditions()) {
      const own = new Set(chartsOf(edition).map((c) => `/${chartPagePath(c)}`));
      const { document } = parseHTML(readFileSync(path.join(SITE_DIR, edition.pagePath("report/"), "index.html"), "utf8"));
      const links = [...document.querySelectorAll("mark + sup a, sup + sup a")];
      if (links.length === 0) problems.push(`${edition.id}: no chart links`);
      const chinese = edition.lang.startsWith("zh");
      for (const a of links) {
        const href = a.getAttribute("href") ?? "";
        if (!own.has(href)) problems.push(`${edition.id}: ${href} is not a chart of this edition`);
        const sup = a.parentElement!;
        if ((sup.getAttribute("lang") ?? "") !== (chinese ? "" : edition.lang)) problems.push(`${edition.id}: ${href} link lang "${sup.getAttribute("lang")}"`);
        if (/\p{Script=Han}/u.test(`${a.textContent}${a.getAttribute("aria-label")}`) !== chinese) problems.push(`${edition.id}: ${href} link words "${a.textContent}" / "${a.getAttribute("aria-label")}"`);
      }
    }
    expect(problems).toEqual([]);
  });
});
