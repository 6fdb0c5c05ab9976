/** The annotated report in the browser: every section and every figure of the data is addressable. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPage } from "../browser.ts";
import { loadReport } from "../../data/load.ts";
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
