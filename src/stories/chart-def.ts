/**
 * Builds a story's ChartDef with its citations derived, never typed: `sourceIds` are the paragraphs
 * the drawn figures stand in (reading order), plus any paragraphs counted without figures (word counts).
 */
import type { ChartResult } from "../charts/types";
import { sectionIdsOf } from "./indicator-rows";
import type { ChartDef } from "./types";

export interface ChartDefSpec extends Pick<ChartDef, "id" | "reportId" | "story" | "renderer" | "title" | "takeaway" | "unit"> {
  /** figures.csv ids the chart draws. */
  figureIds: string[];
  /** Paragraphs the chart reads besides its figures' own (e.g. the text a word count runs over). */
  extraSourceIds?: string[];
  render(): ChartResult;
}

export function chartDefOf(spec: ChartDefSpec): ChartDef {
  const { figureIds, extraSourceIds = [], ...rest } = spec;
  const sourceIds = [...new Set([...sectionIdsOf(figureIds, spec.reportId), ...extraSourceIds])];
  if (sourceIds.length === 0) throw new Error(`chart "${spec.id}": no figures and no extra source paragraphs — every chart must cite the report`);
  return { ...rest, figureIds: [...new Set(figureIds)], sourceIds };
}
