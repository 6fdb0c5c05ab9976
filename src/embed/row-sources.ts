/**
 * Which sentences each row of a chart's table comes from. Tables carry display text, not figure ids,
 * so a row is matched to the chart's figures whose quote one of its text cells contains (or is
 * contained in, for a cell with a digit). A row that matches none is credited to all the chart's sources.
 */
import type { DataTable } from "../charts/types";
import type { RowSource } from "./csv";

export interface SourceFigure {
  id: string;
  section_id: string;
  quote: string;
  sentence: string;
}

export function rowSources(
  table: DataTable,
  figures: readonly SourceFigure[],
  chartSectionIds: readonly string[],
  urlOf: (sectionId: string) => string,
): RowSource[] {
  return table.rows.map((row) => {
    const cells = Object.values(row).filter((v): v is string => typeof v === "string" && v.length > 0);
    const matched = figures.filter((f) => cells.some((c) => c.includes(f.quote) || (/\d/.test(c) && f.quote.includes(c))));
    if (matched.length === 0) {
      return { sectionIds: [...chartSectionIds], urls: chartSectionIds.map(urlOf), quotes: [] };
    }
    const sectionIds = unique(matched.map((f) => f.section_id));
    return { sectionIds, urls: sectionIds.map(urlOf), quotes: unique(matched.map((f) => f.sentence)) };
  });
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
