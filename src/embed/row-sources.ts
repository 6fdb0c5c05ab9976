/**
 * Which sentences each row of a chart's table comes from: the figures the row shows, by id
 * (`table.sources`, carried by every chart from its input rows), each citing its own sentence in
 * its own report. A row that shows no figure cites the paragraphs it names, or nothing. Never by text.
 * A figure of a report whose text is absent is cited by its id and the curated quote, linked to its
 * curated row on the report's page.
 */
import type { DataTable, FigureRef } from "../charts/types";
import type { RowSource } from "./csv";

export interface SourceFigure {
  id: string;
  /** Null for a figure of a report whose text is absent (src/data/cited.ts): it is cited by its curated row. */
  section_id: string | null;
  quote: string;
  /** The sentence; for a report whose text is absent, the curated quote. */
  sentence: string;
}

/** figures.csv row of `ref` (in `ref.reportId`, else the chart's report); throws if it is not there. */
export type FigureLookup = (ref: FigureRef) => SourceFigure;
/**
 * Link to a paragraph of a report; with `figureId` and no paragraph (a report whose text is absent),
 * to the curated row that stands for that figure.
 */
export type SectionUrl = (sectionId: string | null, reportId: string, figureId?: string) => string;

export function rowSources(table: DataTable, chartId: string, reportId: string, figureOf: FigureLookup, urlOf: SectionUrl): RowSource[] {
  const { sources } = table;
  if (!sources) throw new Error(`chart ${chartId}: its table has no row sources (DataTable.sources); build it with rowRefsOf(rows)`);
  if (sources.length !== table.rows.length) throw new Error(`chart ${chartId}: ${sources.length} row sources for ${table.rows.length} table rows`);
  return sources.map((ref) => {
    // [shown id, report, paragraph or null, figure id when cited by its curated row]
    const links: [string, string, string | null, string | undefined][] = [];
    const add = (id: string, report: string, sectionId: string | null, figureId?: string) => {
      if (!links.some(([i, r]) => i === id && r === report)) links.push([id, report, sectionId, figureId]);
    };
    const quotes: string[] = [];
    for (const f of ref.figures) {
      const figure = figureOf(f);
      const report = f.reportId ?? reportId;
      if (figure.section_id === null) add(figure.id, report, null, figure.id);
      else add(figure.section_id, report, figure.section_id);
      if (!quotes.includes(figure.sentence)) quotes.push(figure.sentence);
    }
    if (ref.figures.length === 0) for (const s of ref.sectionIds) add(s, reportId, s);
    return {
      sectionIds: links.map(([id, r]) => (r === reportId ? id : `${r}:${id}`)),
      urls: links.map(([, r, s, fig]) => urlOf(s, r, fig)),
      quotes,
    };
  });
}
