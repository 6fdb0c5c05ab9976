/**
 * The generic charts of any report page, built at render time from its own rows with the shared
 * chart library: figures per part, figures per area of each part that has areas, and the mix of
 * measures. Takeaways are computed from the same rows, so no number is typed.
 */
import { wordFrequencyChart, type ChartResult } from "../charts";
import type { Figure } from "../data/schema";
import { chineseNumeral } from "../lib/chinese-numerals";
import { MEASURE_ZH } from "./measures";
import type { OutlinePart } from "./outline";

export interface ReportChart {
  id: string;
  title: string;
  takeaway: string;
  unit: string;
  /** sections.csv ids the counts come from (the headings of the parts or areas counted). */
  sourceIds: string[];
  result: ChartResult;
}

/**
 * A heading as a chart label, never cut mid-phrase: its first clause ("（一）牢记嘱托担使命，纵深推进能源革命"
 * → "（一）牢记嘱托担使命"); the chart wraps it to its label column.
 */
export function headingLabel(heading: string): string {
  return heading.split(/[，；：]/)[0]!;
}

/** Report charts are laid out for the phone column; text is drawn at its CSS size there. */
const REPORT_CHART_WIDTH = 340;
/** These charts count figures, not occurrences of a word. */
const FIGURE_COUNT = { unit: "个", countLabel: "数字个数" };

function most(rows: { term: string; count: number }[]): string {
  const top = Math.max(...rows.map((r) => r.count));
  const names = rows.filter((r) => r.count === top).map((r) => r.term);
  return `${names.join("、")}（${top}个）`;
}

export function reportCharts(reportId: string, outline: readonly OutlinePart[], figures: readonly Pick<Figure, "measure">[]): ReportChart[] {
  const charts: ReportChart[] = [];
  // Each count cites the part or area it counts (its CSV's 来源段落), never a sentence that holds the digits.
  const parts = outline.map((p) => ({ term: p.partNo === 0 ? "开篇" : headingLabel(p.heading), count: p.figures, sectionId: p.id }));
  charts.push({
    id: `${reportId}-figures-by-part`,
    title: "各部分写了多少个数字",
    takeaway: `全文${figures.length}个阿拉伯数字，最多的是${most(parts)}。`,
    unit: "个",
    sourceIds: outline.map((p) => p.id),
    result: wordFrequencyChart(parts, { subject: "各部分的数字个数", id: `${reportId}-figures-by-part`, width: REPORT_CHART_WIDTH, ...FIGURE_COUNT }),
  });
  for (const part of outline.filter((p) => p.areas.length > 0)) {
    const rows = part.areas.map((a) => ({ term: `（${chineseNumeral(a.areaNo)}）${headingLabel(a.heading.replace(/^（[^）]*）/, ""))}`, count: a.figures, sectionId: a.id }));
    const id = `${reportId}-figures-by-area-${part.id}`;
    const none = rows.filter((r) => r.count === 0).length;
    charts.push({
      id,
      title: `${headingLabel(part.heading)}：各项的数字个数`,
      takeaway: `${rows.length}项中数字最多的是${most(rows)}${none > 0 ? `；${none}项没有写阿拉伯数字` : ""}。`,
      unit: "个",
      sourceIds: part.areas.map((a) => a.id),
      result: wordFrequencyChart(rows, { subject: `${headingLabel(part.heading)}各项的数字个数`, id, width: REPORT_CHART_WIDTH, ...FIGURE_COUNT }),
    });
  }
  const measures = (Object.keys(MEASURE_ZH) as Figure["measure"][])
    .map((m) => ({ term: MEASURE_ZH[m], count: figures.filter((f) => f.measure === m).length }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count);
  if (measures.length > 0) {
    charts.push({
      id: `${reportId}-measures`,
      title: "数字的类型",
      takeaway: `最常见的是${most(measures)}。类型由抽取规则判定，见数据说明。`,
      unit: "个",
      sourceIds: [],
      result: wordFrequencyChart(measures, { subject: "数字的类型", id: `${reportId}-measures`, width: REPORT_CHART_WIDTH, ...FIGURE_COUNT }),
    });
  }
  return charts;
}
