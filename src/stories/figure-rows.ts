/**
 * Story helpers for figures that are not curated indicators: chart rows read straight from
 * figures.csv by id, so every value, unit and qualifier on a chart is the report's own.
 */
import { figureById, loadReport } from "../data/load";
import type { LevelRow } from "../charts/level-bars";
import type { RangeRow } from "../charts/range";

/** The figures.csv row `id` of `reportId`; throws naming the id and the file. */
export function figureOf(reportId: string, id: string) {
  const figure = figureById(reportId, id);
  if (!figure) throw new Error(`data/${reportId}/figures.csv: no figure "${id}"`);
  return figure;
}

/** A level-bars row for one figure: its value, unit and qualifier as extracted. */
export function levelRowOf(reportId: string, key: string, label: string, figureId: string, partOf?: string): LevelRow {
  const f = figureOf(reportId, figureId);
  const series = f.status === "" ? {} : { series: f.status };
  return { key, label, unit: f.unit, value: f.value, qualifier: f.qualifier || null, figureId: f.id, ...series, ...(partOf ? { partOf } : {}) };
}

/** A range-chart row for one figure: ranges (`3-5家`) keep their upper bound, points their qualifier. */
export function rangeRowOf(reportId: string, key: string, label: string, figureId: string): RangeRow {
  const f = figureOf(reportId, figureId);
  return { key, label, unit: f.unit, value: f.value, valueMax: f.value_max, qualifier: f.qualifier || null, figureId: f.id, ...(f.status === "" ? {} : { series: f.status }) };
}

/** The figure ids of rows that carry one (rows built by the helpers above always do). */
export function figureIdsOfRows(rows: readonly { figureId?: string | null }[]): string[] {
  return rows.flatMap((r) => (r.figureId ? [r.figureId] : []));
}

/** The `sections.csv` ids of a report's area paragraphs (`plan-7` → plan-7-p1 …), in reading order. */
export function paragraphIdsOf(reportId: string, areaSectionId: string): string[] {
  return loadReport(reportId).sections.filter((s) => s.kind === "paragraph" && s.id.startsWith(`${areaSectionId}-p`)).map((s) => s.id);
}

/** The text of the given sections, in the order given; throws naming an unknown id. */
export function sectionTexts(reportId: string, ids: readonly string[]): string[] {
  const sections = loadReport(reportId).sections;
  return ids.map((id) => {
    const s = sections.find((x) => x.id === id);
    if (!s) throw new Error(`data/${reportId}/sections.csv: no section "${id}"`);
    return s.text;
  });
}
