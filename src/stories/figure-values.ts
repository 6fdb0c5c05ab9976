/**
 * Story helpers for figures that no curated indicator covers: a figures.csv row as a chart value,
 * and the figure/paragraph ids behind any list of values, so a ChartDef's sources stay derived.
 */
import { figureOf } from "./figure-rows";
import type { StatedValue } from "../charts/shared/values";
import { figureIdsOf, sectionIdsOf } from "./indicator-rows";

/** A figure as written (value, range end, qualifiers); throws naming the id when it does not exist. */
export function figureValue(figureId: string, reportId: string): StatedValue {
  const f = figureOf(reportId, figureId);
  if (f.status !== "actual" && f.status !== "target") {
    throw new Error(`data/${reportId}/figures.csv: figure "${figureId}" has status "${f.status}" — expected actual or target (a review or plan figure)`);
  }
  return { status: f.status, value: f.value, valueMax: f.value_max, qualifier: f.qualifier || null, figureId: f.id };
}

/** The figure ids and paragraph ids behind these values, for a ChartDef. */
export function sourcesOf(values: readonly StatedValue[], reportId: string): { figureIds: string[]; sourceIds: string[] } {
  const figureIds = [...new Set(figureIdsOf(values))];
  return { figureIds, sourceIds: sectionIdsOf(figureIds, reportId) };
}
