/**
 * Chart rows built from curated indicator values, for the area stories (ChartDefs themselves
 * come from `chartDefOf` in chart-def.ts, which derives their sources).
 */
import type { GrowthRow } from "../charts/growth-bars";
import type { CountDotsRow } from "../charts/count-dots";
import type { LevelRow } from "../charts/level-bars";
import { isStated } from "../charts/shared/values";
import { loadIndicators, loadReport } from "../data/load";
import { actualVsTarget, figureIdsOf, statedValue } from "./indicator-rows";

/** Growth rows (review-year actual vs plan-year target) for indicators measured in %. */
export function growthRows(indicators: readonly string[], reportId: string, labels: Readonly<Record<string, string>> = {}): GrowthRow[] {
  return actualVsTarget(indicators, reportId, labels).map((r) => ({ key: r.indicator, label: r.label, unit: r.unit, actual: r.actual, target: r.target, sourceIds: r.sourceIds }));
}

/** Figure ids behind growth rows. */
export function growthFigureIds(rows: readonly GrowthRow[]): string[] {
  return figureIdsOf(rows.flatMap((r) => [r.actual, r.target]));
}

function unitOf(slug: string): string {
  const def = loadIndicators().find((i) => i.slug === slug);
  if (!def) throw new Error(`data/indicators.csv: no indicator "${slug}"`);
  return def.unit;
}

/** A stated indicator value; throws naming the indicator when the report states none. */
function stated(slug: string, reportId: string, year: number) {
  const v = statedValue(slug, reportId, year);
  if (!isStated(v)) throw new Error(`data/indicator-values.csv: ${slug} / ${reportId} / ${year} is not stated, but this chart draws it`);
  return v;
}

/** One count-dots row from an indicator value (label words only; the number comes from data). */
export function countRow(slug: string, reportId: string, year: number, label: string): CountDotsRow {
  const v = stated(slug, reportId, year);
  return { key: `${slug}-${year}`, label, unit: unitOf(slug), value: v.value, qualifier: v.qualifier ?? null, series: v.status, figureId: v.figureId ?? null };
}

/** One level-bars row from an indicator value. */
export function levelRow(slug: string, reportId: string, year: number, label: string, partOf?: string): LevelRow {
  const v = stated(slug, reportId, year);
  return { key: slug, label, unit: unitOf(slug), value: v.value, qualifier: v.qualifier ?? null, figureId: v.figureId ?? null, series: v.status, ...(partOf ? { partOf } : {}) };
}

/** A paragraph's length in characters (sections.csv `chars`) as a level row in 字, labelled by its lead phrase (up to the first 。). */
export function paragraphLengthRow(reportId: string, sectionId: string): LevelRow {
  const section = loadReport(reportId).sections.find((s) => s.id === sectionId);
  if (!section) throw new Error(`data/${reportId}/sections.csv: no section "${sectionId}"`);
  const lead = section.text.split("。")[0]!;
  return { key: sectionId, label: lead, unit: "字", value: section.chars };
}
