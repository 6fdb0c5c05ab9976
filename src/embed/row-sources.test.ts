import { describe, expect, it } from "vitest";
import { allCharts, allStories } from "../stories/index";
import { citedFigure } from "../data/load";
import type { DataTable } from "../charts/types";
import { rowSources, type FigureLookup } from "./row-sources";

const url = (id: string | null, reportId: string, figureId?: string) => (id === null ? `https://x.cn/${reportId}/#value-${figureId}` : `https://x.cn/${reportId}/#${id}`);

describe("rowSources (unit)", () => {
  const figures: Record<string, { id: string; section_id: string | null; quote: string; sentence: string }> = {
    "a:f1": { id: "f1", section_id: "review-6", quote: "5.77万亩", sentence: "建成高标准农田5.77万亩。" },
    "b:f1": { id: "f1", section_id: "review-p2", quote: "增长5.2%", sentence: "国内生产总值增长5.2%。" },
    // A report whose text is absent: the curated row's quote stands for the sentence, and there is no paragraph.
    "c:f2": { id: "f2", section_id: null, quote: "1200万人", sentence: "城镇新增就业1200万人以上" },
  };
  const lookup: FigureLookup = (ref) => figures[`${ref.reportId ?? "a"}:${ref.figureId}`]!;
  it("cites each figure's own sentence, in its own report, by id", () => {
    const table: DataTable = {
      columns: [],
      rows: [{ value: 5.77 }, { value: 5.2 }],
      sources: [{ figures: [{ figureId: "f1" }], sectionIds: [] }, { figures: [{ figureId: "f1", reportId: "b" }], sectionIds: [] }],
    };
    expect(rowSources(table, "c", "a", lookup, url)).toEqual([
      { sectionIds: ["review-6"], urls: ["https://x.cn/a/#review-6"], quotes: ["建成高标准农田5.77万亩。"] },
      { sectionIds: ["b:review-p2"], urls: ["https://x.cn/b/#review-p2"], quotes: ["国内生产总值增长5.2%。"] },
    ]);
  });
  it("a figure of a report whose text is absent cites the curated quote, linked to its curated row", () => {
    const table: DataTable = { columns: [], rows: [{ value: 1200 }], sources: [{ figures: [{ figureId: "f2", reportId: "c" }], sectionIds: [] }] };
    expect(rowSources(table, "c", "a", lookup, url)).toEqual([
      { sectionIds: ["c:f2"], urls: ["https://x.cn/c/#value-f2"], quotes: ["城镇新增就业1200万人以上"] },
    ]);
  });
  it("a row with no figure cites the paragraphs it names, or nothing — never a guess", () => {
    const table: DataTable = { columns: [], rows: [{ label: "未提及" }, { label: "x" }], sources: [{ figures: [], sectionIds: ["plan-6"] }, { figures: [], sectionIds: [] }] };
    expect(rowSources(table, "c", "a", lookup, url)).toEqual([
      { sectionIds: ["plan-6"], urls: ["https://x.cn/a/#plan-6"], quotes: [] },
      { sectionIds: [], urls: [], quotes: [] },
    ]);
  });
  it("refuses a table without row sources", () => {
    expect(() => rowSources({ columns: [], rows: [{ a: 1 }] }, "c", "a", lookup, url)).toThrow(/chart c: its table has no row sources/);
  });
});

/** `n` written as a whole number: 8 in "8个" but not in "168个" or "1.8". */
function numberPattern(n: number): RegExp {
  return new RegExp(`(?<![\\d.])${String(n).replace(".", "\\.")}(?!\\.?\\d)`);
}

function tablesOf(chart: ReturnType<typeof allCharts>[number]): { where: string; table: DataTable }[] {
  const steps = allStories().flatMap((s) => s.steps).filter((s) => s.chartId === chart.id);
  return [{ where: chart.id, table: chart.render().table }, ...steps.map((s, i) => ({ where: `${chart.id} step ${i + 1}`, table: s.state.table }))];
}

describe("every chart of every story cites each row's figures by id", () => {
  const charts = allCharts();
  it("covers the charts", () => expect(charts.length).toBeGreaterThan(20));
  it.each(charts.map((c) => ({ id: c.id, chart: c })))("$id", ({ chart }) => {
    const problems: string[] = [];
    for (const { where, table } of tablesOf(chart)) {
      const lookup: FigureLookup = (ref) => {
        const f = citedFigure(ref.reportId ?? chart.reportId, ref.figureId);
        if (!f) throw new Error(`${where}: no figure ${ref.reportId ?? chart.reportId}:${ref.figureId}`);
        return f;
      };
      const sources = rowSources(table, chart.id, chart.reportId, lookup, url);
      table.rows.forEach((row, i) => {
        const refs = table.sources![i]!.figures.map((r) => citedFigure(r.reportId ?? chart.reportId, r.figureId)!);
        const cited = sources[i]!.quotes;
        const cells = Object.values(row);
        for (const f of refs) {
          if (!cited.includes(f.sentence)) problems.push(`${where} row ${i + 1}: figure ${f.id} does not cite its own sentence`);
          const values = [f.value, f.value_max].filter((v): v is number => typeof v === "number");
          if (!values.some((v) => numberPattern(v).test(f.sentence))) problems.push(`${where} row ${i + 1}: sentence of ${f.id} does not contain ${f.value} as a whole number`);
          const shown = cells.some((c) => (typeof c === "number" ? values.includes(c) : typeof c === "string" && values.some((v) => numberPattern(v).test(c))));
          if (!shown) problems.push(`${where} row ${i + 1}: cites ${f.id} (${f.quote}) but shows none of ${values.join("/")}: ${JSON.stringify(row)}`);
        }
        for (const q of cited) {
          const has = refs.some((f) => [f.value, f.value_max].some((v) => typeof v === "number" && q === f.sentence && numberPattern(v).test(q)));
          if (!has) problems.push(`${where} row ${i + 1}: cites a sentence without its figure: ${q}`);
        }
        if (refs.length === 0 && cited.length > 0) problems.push(`${where} row ${i + 1}: shows no figure but cites sentences`);
      });
    }
    expect(problems).toEqual([]);
  });
});
