import type { ChartResult } from "../charts/types";

/**
 * A chart as the site knows it: the unit of embedding, download and citation.
 * Every figure on every page is one ChartDef, found by its stable `id`.
 */
export interface ChartDef {
  /** Stable, unique across the site; used in `data-chart-id`, `/embed/<id>/` and download names. */
  id: string;
  /** Former ids that must keep working (redirect pages for embeds). */
  aliases?: string[];
  reportId: string;
  /** Page the chart belongs to: an area slug, `overview`, `review` … */
  story: string;
  title: string;
  /** One line: what the reader should take away. Numbers in it come from data. */
  takeaway: string;
  /** Units shown, e.g. "增速，%" */
  unit: string;
  renderer: "plot" | "d3";
  /** `sections.csv` ids of the paragraphs the data comes from (the source links). */
  sourceIds: string[];
  /** Renders the full chart. Pure: same data, same markup. */
  render(): ChartResult;
}
