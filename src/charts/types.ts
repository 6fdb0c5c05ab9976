/** What every chart module returns: markup that reads without JavaScript, plus its accessible equivalents. */
export interface ChartResult {
  /** A self-contained, valid, axe-clean `<svg>` string (no inline `style=""`, no `<style>`, no `aria-label` on `<g>`). */
  svg: string;
  /** Text alternative stating the main figures, generated from the same rows as the chart. */
  alt: string;
  /** The exact data the chart shows; also the CSV download. */
  table: DataTable;
}

export interface DataTable {
  /** `lang`: the column's cells are words in that language whatever the page's (Chinese numerals quoted as written). */
  columns: { key: string; label: string; lang?: string }[];
  rows: Record<string, string | number | null>[];
  /** Per row (same order): the figures the row shows and the paragraphs it comes from — the CSV's source columns. */
  sources?: RowRef[];
}

/** A figures.csv row by id; `reportId` when it is not the chart's own report (e.g. a national value). */
export interface FigureRef {
  figureId: string;
  reportId?: string | null;
}

/** What one table row shows: its figures, and for a row that shows none, the paragraphs it comes from. */
export interface RowRef {
  figures: FigureRef[];
  sectionIds: string[];
}

/** One state of a scrollytelling graphic, pre-rendered at build time. */
export interface ChartState extends ChartResult {
  /** Short label of what this state shows, for the step's figure caption. */
  label?: string;
}
