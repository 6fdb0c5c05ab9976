/**
 * The curated indicator rows of one report (data/indicator-values.csv) as a reader sees them on
 * /reports/<id>/: each target and actual with its value as the report states it and a link to its
 * sentence, and each 未提及 row with the curator's note on what the report gives instead.
 */
import type { Data } from "../data/load";
import { statedText } from "./target-view";

export const STATUS_ZH = { target: "目标", actual: "实际", not_stated: "未提及" } as const;

export interface CuratedValueRow {
  indicator: string;
  label: string;
  year: number;
  status: keyof typeof STATUS_ZH;
  /** As the report states it ("5%左右"); "" for not_stated. */
  stated: string;
  quote: string;
  figureId: string;
  note: string;
}

/** Rows in a stable reading order: targets, then actuals, then not stated; by year, then indicator order. */
export function curatedValues(data: Pick<Data, "indicators" | "indicatorValues">, reportId: string): CuratedValueRow[] {
  const indicators = new Map(data.indicators.map((i, k) => [i.slug, { ...i, k }]));
  const rank = { target: 0, actual: 1, not_stated: 2 };
  return data.indicatorValues
    .filter((v) => v.report_id === reportId)
    .map((v) => {
      const i = indicators.get(v.indicator)!;
      return {
        indicator: v.indicator,
        label: i.label_zh,
        year: v.year,
        status: v.status,
        stated: statedText(v, i.unit),
        quote: v.quote,
        figureId: v.figure_id,
        note: v.note,
        order: [rank[v.status], v.year, i.k] as const,
      };
    })
    .sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2])
    .map(({ order: _order, ...row }) => row);
}
