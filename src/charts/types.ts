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
  columns: { key: string; label: string }[];
  rows: Record<string, string | number | null>[];
}

/** One state of a scrollytelling graphic, pre-rendered at build time. */
export interface ChartState extends ChartResult {
  /** Short label of what this state shows, for the step's figure caption. */
  label?: string;
}
