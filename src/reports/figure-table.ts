/**
 * The rows of a report's full figures table: every figures.csv row, in reading order, with the
 * reader-facing words and the sort keys the client script uses. Pure.
 */
import type { Figure, Section } from "../data/schema";
import { formatRange } from "../charts/shared/format";
import { sectionLabel } from "../edition/section-label";
import { MEASURE_ZH, STATUS_ZH } from "./measures";

export interface FigureTableRow {
  id: string;
  sectionId: string;
  /** "部署（六）第2段" */
  where: string;
  order: number;
  /** The span as written, qualifiers included. */
  quote: string;
  sentence: string;
  /** Value (or range) with its unit as written, e.g. "3-5家". */
  valueText: string;
  /** Numeric sort key: the value as written. */
  value: number;
  unit: string;
  qualifier: string;
  measure: Figure["measure"];
  measureZh: string;
  /** A year or a span of years (2021–2025). */
  period: string | null;
  statusZh: string;
}

type F = Pick<Figure, "id" | "section_id" | "order" | "quote" | "sentence" | "value" | "value_max" | "unit" | "qualifier" | "measure" | "period" | "status">;
type S = Pick<Section, "id" | "part" | "area_no" | "para_no">;

export function figureTableRows(figures: readonly F[], sections: readonly S[]): FigureTableRow[] {
  const byId = new Map(sections.map((s) => [s.id, s]));
  return [...figures]
    .sort((a, b) => a.order - b.order)
    .map((f) => {
      const s = byId.get(f.section_id);
      if (!s) throw new Error(`figure ${f.id}: section "${f.section_id}" is not in sections.csv`);
      return {
        id: f.id,
        sectionId: f.section_id,
        where: sectionLabel(s),
        order: f.order,
        quote: f.quote,
        sentence: f.sentence,
        valueText: formatRange(f.value, f.value_max, f.unit),
        value: f.value,
        unit: f.unit,
        qualifier: f.qualifier.split("|").filter(Boolean).join("、"),
        measure: f.measure,
        measureZh: MEASURE_ZH[f.measure],
        period: f.period,
        statusZh: f.status ? STATUS_ZH[f.status] : "",
      };
    });
}

/** Distinct values of a column in first-seen order, for the filter menus. */
export function distinct<T>(rows: readonly FigureTableRow[], pick: (r: FigureTableRow) => T): T[] {
  return [...new Set(rows.map(pick))];
}
