/**
 * Which sentences each row of a chart's table comes from: the figures the row shows, by id
 * (`table.sources`, carried by every chart from its input rows), each citing its own sentence in
 * its own report. A row that shows no figure cites the paragraphs it names, or nothing. Never by text.
 */
import type { DataTable, FigureRef } from "../charts/types";
import type { RowSource } from "./csv";

export interface SourceFigure {
  id: string;
  section_id: string;
  quote: string;
  sentence: string;
}

/** figures.csv row of `ref` (in `ref.reportId`, else the chart's report); throws if it is not there. */
export type FigureLookup = (ref: FigureRef) => SourceFigure;
/** Link to a paragraph of a report. */
export type SectionUrl = (sectionId: string, reportId: string) => string;

export function rowSources(table: DataTable, chartId: string, reportId: string, figureOf: FigureLookup, urlOf: SectionUrl): RowSource[] {
  const { sources } = table;
  if (!sources) throw new Error(`chart ${chartId}: its table has no row sources (DataTable.sources); build it with rowRefsOf(rows)`);
  if (sources.length !== table.rows.length) throw new Error(`chart ${chartId}: ${sources.length} row sources for ${table.rows.length} table rows`);
  return sources.map((ref) => {
    const links: [string, string][] = [];
    const add = (sectionId: string, report: string) => {
      if (!links.some(([s, r]) => s === sectionId && r === report)) links.push([sectionId, report]);
    };
    const quotes: string[] = [];
    for (const f of ref.figures) {
      const figure = figureOf(f);
      add(figure.section_id, f.reportId ?? reportId);
      if (!quotes.includes(figure.sentence)) quotes.push(figure.sentence);
    }
    if (ref.figures.length === 0) for (const s of ref.sectionIds) add(s, reportId);
    return { sectionIds: links.map(([s, r]) => (r === reportId ? s : `${r}:${s}`)), urls: links.map(([s, r]) => urlOf(s, r)), quotes };
  });
}
