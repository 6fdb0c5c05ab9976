/** The method view of /reports/<id>/: computed for every report, its counts adding up, its charts registered. */
import { describe, expect, it } from "vitest";
import { loadManifest, loadReport } from "../data/load";
import { PUBLISHED_CHART_IDS } from "../specs/published-ids";
import { chartById, chartPagePath, methodChartsOf } from "../stories/index";
import { siteEdition } from "../edition";
import { methodViewOf } from "./method-charts";
import { isTextParagraph, reportOutline } from "./outline";
import { STOP_WORDS, TOP_WORDS } from "./method-view";

// A report whose text is absent (outside the repository) has no method view: its page shows only curated rows.
describe.each(loadManifest().map((m) => m.id).filter((id) => loadReport(id).hasText))("method view of %s", (id) => {
  const report = loadReport(id);
  const outline = reportOutline(report.sections, report.figures);
  const groups = methodViewOf(id);
  const charts = groups.flatMap((g) => g.charts);

  it("has unique chart ids and unique labels within each chart", () => {
    expect(new Set(charts.map((c) => c.id)).size).toBe(charts.length);
    for (const c of charts) {
      const terms = c.result.table.rows.map((r) => r.term);
      expect(new Set(terms).size, c.id).toBe(terms.length);
    }
  });

  it("counts each area's characters as the outline does", () => {
    for (const part of outline.filter((p) => p.areas.length > 0)) {
      const chart = charts.find((c) => c.localId === `chars-by-area-${part.id}`)!;
      expect(chart.result.table.rows.map((r) => r.count)).toEqual(part.areas.map((a) => a.chars));
      expect(chart.result.svg).toContain("字数");
    }
  });

  it("gives every plan area its paragraph lengths (one bar per text paragraph) and its most frequent words", () => {
    const plan = outline.filter((p) => p.part === "plan").flatMap((p) => p.areas);
    expect(plan.length).toBeGreaterThan(0);
    for (const area of plan) {
      const group = groups.find((g) => g.sectionId === area.id)!;
      const lengths = group.charts.find((c) => c.localId === `paragraphs-${area.id}`)!;
      const paragraphs = report.sections.filter((s) => (s.id === area.id || s.id.startsWith(`${area.id}-`)) && isTextParagraph(s));
      expect(lengths.result.table.rows.map((r) => r.count)).toEqual(paragraphs.map((p) => p.chars));
      expect(lengths.sourceIds).toEqual(paragraphs.map((p) => p.id));
      const words = group.charts.find((c) => c.localId === `words-${area.id}`)!;
      const rows = words.result.table.rows;
      expect(rows.length).toBeLessThanOrEqual(TOP_WORDS);
      const text = paragraphs.map((p) => p.text).join("");
      for (const r of rows) {
        expect(STOP_WORDS).not.toContain(r.term);
        // A whole-word count never exceeds the substring count.
        expect(Number(r.count)).toBeLessThanOrEqual(text.split(String(r.term)).length - 1);
      }
      expect(rows.map((r) => Number(r.count))).toEqual([...rows.map((r) => Number(r.count))].sort((a, b) => b - a));
    }
  });
});

describe("the site report's method charts", () => {
  const edition = siteEdition();
  const methodCharts = methodChartsOf(edition);
  it("are site charts under the edition's ids, each at its place on the report page", () => {
    expect(methodCharts.length).toBe(methodViewOf(edition.reportId).flatMap((g) => g.charts).length);
    for (const chart of methodCharts) {
      expect(chart.id.startsWith(`${edition.id}-method-`)).toBe(true);
      expect(chartPagePath(chart)).toBe(`${edition.languagePage(`reports/${edition.reportId}/`)}#chart-${chart.id}`);
      expect(chart.sourceIds.length, chart.id).toBeGreaterThan(0);
    }
  });
  it("serve the published ids of the story charts that counted words, from the same area's paragraphs", () => {
    const aliases = Object.entries(PUBLISHED_CHART_IDS).filter(([from, to]) => to.startsWith(`${edition.id}-method-`) && from !== to);
    expect(aliases.length).toBeGreaterThanOrEqual(6);
    for (const [from, to] of aliases) {
      const chart = chartById(from);
      expect(chart.id).toBe(to);
      const area = /-words-(plan-\d+)$/.exec(to)?.[1];
      if (area) for (const s of chart.sourceIds) expect(s.startsWith(`${area}-`), `${from} → ${s}`).toBe(true);
    }
  });
});
