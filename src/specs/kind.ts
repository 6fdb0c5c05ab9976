/**
 * A spec kind: how one chart type is declared in a story file and drawn. `rows` is the zod schema of
 * the rows query an editor writes; `resolve` turns it into chart rows from the edition's data;
 * `draw` is the chart module. Adding a chart type is one chart module and one kind (kinds/index.ts).
 */
import type { z } from "zod";
import type { ChartResult } from "../charts/types";
import type { ChartLang } from "../charts/shared/lang";

/** Everything a kind may draw with; years and width come from the edition and widths.ts, never from a chart default. */
export interface DrawOptions {
  id: string;
  width: number;
  area?: string;
  step?: number;
  highlight?: string[];
  subject?: string;
  actualYear: number;
  targetYear: number;
  /** The edition's language: every word and number the chart draws. */
  lang?: ChartLang;
}

export interface ResolveContext {
  reportId: string;
  reviewYear: number;
  planYear: number;
  /** The story's work area and the sections.csv id of its plan heading (area stories only). */
  area?: string;
  areaSection?: string;
  /** The edition's language tag (zh-CN, en): default row labels come from the data in this language. */
  lang?: string;
}

export interface SpecKind<Query = unknown, Row = unknown> {
  renderer: "plot" | "d3";
  rows: z.ZodType<Query, z.ZodTypeDef, unknown>;
  resolve(query: Query, ctx: ResolveContext): Row[];
  /** The key `highlight` names in a step (each chart documents which field is its key). */
  keyOf(row: Row): string;
  /** figures.csv ids the rows draw. */
  figureIds(rows: readonly Row[]): string[];
  /** Paragraphs the rows come from besides their figures' own (e.g. named projects, counted words), in reading order. */
  sourceIds?(rows: readonly Row[], ctx: ResolveContext): string[];
  /**
   * True: the chart cites only `sourceIds` (and the spec's `sources`), not the paragraph of every
   * figure it counts: a count over whole areas cites the areas' headings, not each counted sentence.
   */
  citesSourcesOnly?: boolean;
  /** Placeholders the kind fills in itself when it resolves the rows (`{ratio}` in a note), left alone by the edition's {review_year}/{plan_year}. */
  placeholders?: readonly string[];
  draw(rows: Row[], options: DrawOptions): ChartResult;
}

/** Declares a kind with its types checked against each other. */
export function specKind<Query, Row>(kind: SpecKind<Query, Row>): SpecKind<Query, Row> {
  return kind;
}
