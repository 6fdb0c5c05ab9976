import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { allCharts } from "../stories/index";
import { chartCsv } from "./chart-files";
import { BOM } from "../lib/csv";
import { loadData, loadReport } from "../data/load";

function csvRows(chartId: string): Record<string, string>[] {
  const chart = allCharts().find((c) => c.id.endsWith(chartId));
  if (!chart) throw new Error(`no chart ${chartId}`);
  return Papa.parse<Record<string, string>>(chartCsv(chart).slice(BOM.length), { header: true, skipEmptyLines: true }).data;
}

describe("chart CSV source columns", () => {
  it("overview-national cites the national report's own sentence for the national value, linked to that report", () => {
    const jobs = csvRows("overview-national").find((r) => Object.values(r).includes("城镇新增就业"))!;
    expect(jobs["原文句子"]).toContain("城镇新增就业1.8万人");
    expect(jobs["原文句子"]).toContain("城镇新增就业1200万人以上");
    expect(jobs["来源段落"]).toMatch(/\bnational-2024:/);
    // With the national text: its sentence on the text page; without it (a clone without ../shared),
    // the curated row that quotes it, on the national report's page (no text page is built then).
    const row = loadData().indicatorValues.find((v) => v.report_id === "national-2024" && v.indicator === "urban-jobs" && v.status === "target")!;
    expect(jobs["来源链接"]).toMatch(loadReport("national-2024").hasText
      ? /\/reports\/national-2024\/text\/#part2-/
      : new RegExp(`/reports/national-2024/#value-${row.figure_id}(\\s|$)`));
  });
  it("method-figures-by-area-review (formerly review-figure-counts): a count of figures cites its own part, not a sentence that happens to hold the digits", () => {
    const rows = csvRows("method-figures-by-area-review");
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) {
      expect(r["原文句子"]).toBe("");
      expect(r["来源段落"]).toMatch(/^review-[\w-]+$/);
    }
    expect(rows.map((r) => r["原文句子"]).join("")).not.toContain("168个");
  });
});
