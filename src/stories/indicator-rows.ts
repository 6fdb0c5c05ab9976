/**
 * Story helpers: curated indicator values (indicator-values.csv) as chart rows, and the
 * figure and paragraph ids they come from, so a ChartDef's sources are derived, never typed.
 */
import { loadIndicators, loadIndicatorValues, loadReport } from "../data/load";
import type { DumbbellRow } from "../charts/dumbbell";
import type { StatedValue } from "../charts/shared/values";

/** The value of one indicator in one report and year; throws naming the missing row. */
export function statedValue(indicator: string, reportId: string, year: number): StatedValue {
  const row = loadIndicatorValues().find((v) => v.indicator === indicator && v.report_id === reportId && v.year === year);
  if (!row) throw new Error(`data/indicator-values.csv: no row for indicator "${indicator}", report ${reportId}, year ${year}`);
  if (row.status === "not_stated" || row.value === null) return { status: "not_stated" };
  return { status: row.status, value: row.value, valueMax: row.value_max, qualifier: row.qualifier, figureId: row.figure_id, reportId };
}

/**
 * Review-year actual against plan-year target for each indicator, with units from indicators.csv.
 * `labels` may shorten an indicator's label for a narrow chart (words only, never numbers).
 */
export function actualVsTarget(indicators: readonly string[], reportId: string, labels: Readonly<Record<string, string>> = {}): DumbbellRow[] {
  const { meta } = loadReport(reportId);
  return indicators.map((slug) => {
    const def = loadIndicators().find((i) => i.slug === slug);
    if (!def) throw new Error(`data/indicators.csv: no indicator "${slug}"`);
    const actual = statedValue(slug, reportId, meta.review_year);
    const target = statedValue(slug, reportId, meta.plan_year);
    return { indicator: slug, label: labels[slug] ?? def.label_zh, unit: def.unit, actual, target, sourceIds: sectionIdsOf(figureIdsOf([actual, target]), reportId) };
  });
}

/** The figures.csv ids behind stated values (not-stated values have none). */
export function figureIdsOf(values: readonly StatedValue[]): string[] {
  return values.flatMap((v) => (v.status !== "not_stated" && v.figureId ? [v.figureId] : []));
}

/** Figure ids of every value in dumbbell rows. */
export function rowFigureIds(rows: readonly DumbbellRow[]): string[] {
  return figureIdsOf(rows.flatMap((r) => [r.actual, r.target]));
}

/** The sections.csv ids the given figures stand in, in reading order, without repeats. */
export function sectionIdsOf(figureIds: readonly string[], reportId: string): string[] {
  const figures = loadReport(reportId).figures;
  const ids = figureIds.map((id) => {
    const f = figures.find((x) => x.id === id);
    if (!f) throw new Error(`data/${reportId}/figures.csv: no figure "${id}"`);
    return f;
  });
  return [...new Set(ids.sort((a, b) => a.order - b.order).map((f) => f.section_id))];
}
