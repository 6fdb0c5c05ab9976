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
  /** A short 注 shown under the chart: a caveat, or how a value was computed (tokens allowed). */
  note?: string;
  renderer: "plot" | "d3";
  /** The spec kind it is drawn by (`level-bars` …); absent for charts of stories still in TypeScript. */
  kind?: string;
  /** `sections.csv` ids of the paragraphs the data comes from (the source links). */
  sourceIds: string[];
  /** `figures.csv` ids the chart draws, so the annotated report can link each figure to its charts. */
  figureIds: string[];
  /** Renders the full chart. Pure: same data, same markup. */
  render(): ChartResult;
}

/**
 * Story copy is a string with tokens, so no figure is ever typed into a page:
 *   {fig:<figure-id>}        the figure as written (quote with its qualifier), linked to its sentence
 *   {val:<figure-id>}        just value + unit (+ qualifier), linked to its sentence
 *   {ind:<slug>:<report-id>:<year>} a curated indicator value, linked to its sentence
 * A test strips the tokens and fails if any digit is left.
 */
export type Copy = string;

export interface StoryStep {
  /** Copy of the step (tokens allowed). */
  text: Copy;
  /** `sections.csv` ids the step quotes or paraphrases; the step links to them. */
  sourceIds: string[];
  /** The ChartDef this step's graphic belongs to. */
  chartId: string;
  /** The graphic's state at this step, pre-rendered at build time (a pure function of the step). */
  state: import("../charts/types").ChartState;
}

export interface Story {
  /** URL slug: an area slug (`/areas/<slug>/`), or `overview`, `review`. */
  slug: string;
  reportId: string;
  kind: "overview" | "review" | "area";
  /** Work-area number (areas.csv `area_no`) for kind "area". */
  areaNo?: number;
  /** `sections.csv` id of the area heading, for kind "area". */
  sectionId?: string;
  title: string;
  /** Standfirst under the title (tokens allowed). */
  dek: Copy;
  /** The share card's headline number: one token ({val:…}, {fig:…} or {ind:…}); see src/embed/share-card.ts. */
  card?: Copy;
  /** Scrollytelling steps, in reading order. */
  steps: StoryStep[];
  /** Every chart the story shows (step graphics and any standalone charts), all embeddable. */
  charts: ChartDef[];
}
