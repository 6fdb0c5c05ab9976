/**
 * The target-vs-actual view model for one report, from the loaded data: which later report
 * reviews its plan year (if any) and every curated target's verdict. Display strings only; the
 * verdicts come from target-check.ts.
 */
import { formatNumber, formatRange, formatValue, withQualifier } from "../charts/shared/format";
import type { Data } from "../data/load";
import type { ManifestRow } from "../data/schema";
import { tally, targetChecks, type Outcome, type TargetCheck } from "./target-check";

export const OUTCOME_ZH: Record<Outcome, string> = { met: "完成", missed: "未完成", not_reported: "未报告" };

export interface TargetView {
  report: ManifestRow;
  following: ManifestRow | null;
  /** Curated targets of the report's plan year (also counted when there is no following report). */
  targetCount: number;
  checks: TargetCheck[];
  tally: Record<Outcome, number>;
  /** Distinct rule texts in use, for the explanation under the table. */
  rules: string[];
}

export function targetView(data: Pick<Data, "manifest" | "indicators" | "indicatorValues">, reportId: string): TargetView {
  const { report, following, checks } = targetChecks(data.manifest, data.indicators, data.indicatorValues, reportId);
  const targetCount = data.indicatorValues.filter((v) => v.report_id === reportId && v.status === "target" && v.year === report.plan_year).length;
  return { report, following, targetCount, checks, tally: tally(checks), rules: [...new Set(checks.map((c) => c.rule))] };
}

/** A target as the report states it: value or range, unit and qualifiers. */
export function statedText(row: { value: number | null; value_max: number | null; qualifier: string }, unit: string): string {
  if (row.value === null) return "";
  return withQualifier(formatRange(row.value, row.value_max, unit), row.qualifier);
}

/** actual − target with its sign; a difference of rates in % is written in 个百分点, never in %. */
export function gapText(gap: number | null, unit: string): string {
  if (gap === null) return "—";
  const sign = gap > 0 ? "+" : gap < 0 ? "−" : "";
  const abs = Math.abs(gap);
  return unit === "%" ? `${sign}${formatNumber(abs)}个百分点` : `${sign}${formatValue(abs, unit)}`;
}
