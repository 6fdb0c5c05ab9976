/**
 * Target vs actual across report years: a report's plan-year targets (indicator-values rows with
 * status `target`) against the `actual` rows that a later report of the same place gives for that
 * year (its review year). Pure: rows in, verdicts out.
 *
 * Rules, by the qualifiers written with the target (qualifiers exactly as extracted, `|`-joined):
 *   左右        met when the actual lies within the tolerance band around the target:
 *               ±0.5 percentage points for values in %, ±5% of the target for any other unit;
 *               for a `ceiling` indicator (unemployment, prices: lower is better) the band is a cap,
 *               so anything at or below target + tolerance is met;
 *   以上 / 达到以上 / 不低于   met when actual ≥ target;      超过 / 超   met when actual > target;
 *   以内 / 以下 / 不超过        met when actual ≤ target;
 *   a range (value_max)        met when the actual lies within [value, value_max] or above it;
 *   no bound word (达到, 力争 or nothing)   met when actual ≥ target.
 * A target with no actual row, or whose actual row is `not_stated`, is "not reported": never guessed.
 */

export type Outcome = "met" | "missed" | "not_reported";

/** The fields of an indicator-values row the check needs. */
export interface ValueRow {
  indicator: string;
  report_id: string;
  year: number;
  status: "actual" | "target" | "not_stated";
  value: number | null;
  value_max: number | null;
  qualifier: string;
  quote: string;
  figure_id: string;
}

export interface ReportMeta {
  id: string;
  place: string;
  review_year: number;
  plan_year: number;
}

export interface IndicatorMeta {
  slug: string;
  label_zh: string;
  unit: string;
  /** "ceiling" when lower is better (indicators.csv `bound`). */
  bound?: string;
}

export interface Verdict {
  outcome: Outcome;
  /** The rule applied, in Chinese, for the page ("±0.5个百分点以内视为完成"). */
  rule: string;
  /** actual − target (null when not reported). */
  gap: number | null;
}

export interface TargetCheck extends Verdict {
  indicator: IndicatorMeta;
  year: number;
  target: ValueRow;
  /** The later report's row (actual or not_stated), or null when it has none. */
  actual: ValueRow | null;
}

/** Tolerance of a 左右 target: half a percentage point for %, else 5% of the target. */
export const PP_TOLERANCE = 0.5;
export const RELATIVE_TOLERANCE = 0.05;
/** Decimal values compare as written: 5.5 − 5 must equal the 0.5 tolerance, not miss it by 1e-16. */
const EPS = 1e-9;

const has = (qualifier: string, ...words: string[]) => qualifier.split("|").some((q) => words.includes(q));

/** The verdict for one target against one later row (or none). */
export function checkTarget(target: ValueRow, actual: ValueRow | null, unit: string, bound = ""): Verdict {
  const q = target.qualifier;
  const t = target.value;
  if (t === null) throw new Error(`checkTarget: target row ${target.indicator}/${target.report_id}/${target.year} has no value`);
  let rule: string;
  let met: (a: number) => boolean;
  if (has(q, "左右")) {
    const tol = unit === "%" ? PP_TOLERANCE : Math.abs(t) * RELATIVE_TOLERANCE;
    rule = unit === "%" ? `“左右”：与目标相差不超过${PP_TOLERANCE}个百分点视为完成` : `“左右”：与目标相差不超过目标值的${RELATIVE_TOLERANCE * 100}%视为完成`;
    if (bound === "ceiling") {
      rule += "；此指标越低越好，低于目标也视为完成";
      met = (a) => a <= t + tol + EPS;
    } else met = (a) => Math.abs(a - t) <= tol + EPS;
  } else if (has(q, "以内", "以下", "不超过")) {
    rule = "“以内/以下”：实际不高于目标视为完成";
    met = (a) => a <= t + EPS;
  } else if (has(q, "超过", "超")) {
    rule = "“超过”：实际高于目标视为完成";
    met = (a) => a > t + EPS;
  } else if (target.value_max !== null) {
    rule = "区间目标：实际不低于区间下限视为完成";
    met = (a) => a >= t - EPS;
  } else {
    rule = has(q, "以上", "不低于") ? "“以上”：实际不低于目标视为完成" : "未带限定词：实际不低于目标视为完成";
    met = (a) => a >= t - EPS;
  }
  if (!actual || actual.status !== "actual" || actual.value === null) return { outcome: "not_reported", rule, gap: null };
  const a = actual.value;
  return { outcome: met(a) ? "met" : "missed", rule, gap: Math.round((a - t) * 1e9) / 1e9 };
}

/** Later reports of the same place whose review year is `report`'s plan year, in manifest order. */
export function followingReports<M extends ReportMeta>(manifest: readonly M[], report: ReportMeta): M[] {
  return manifest.filter((m) => m.id !== report.id && m.place === report.place && m.review_year === report.plan_year);
}

/**
 * Every plan-year target of `reportId` checked against the first following report's rows.
 * `following` is null when no such report exists yet (the page then says 尚无后续报告).
 */
export function targetChecks<M extends ReportMeta>(
  manifest: readonly M[],
  indicators: readonly IndicatorMeta[],
  values: readonly ValueRow[],
  reportId: string,
): { report: M; following: M | null; checks: TargetCheck[] } {
  const report = manifest.find((m) => m.id === reportId);
  if (!report) throw new Error(`targetChecks: unknown report "${reportId}" — expected one of: ${manifest.map((m) => m.id).join(", ")}`);
  const following = followingReports(manifest, report)[0] ?? null;
  if (!following) return { report, following: null, checks: [] };
  const bySlug = new Map(indicators.map((i) => [i.slug, i]));
  const checks: TargetCheck[] = [];
  for (const target of values) {
    if (target.report_id !== reportId || target.status !== "target" || target.year !== report.plan_year) continue;
    const indicator = bySlug.get(target.indicator);
    if (!indicator) throw new Error(`targetChecks: indicator "${target.indicator}" is not in indicators.csv`);
    const later = values.filter((v) => v.report_id === following.id && v.indicator === target.indicator && v.year === target.year);
    const actual = later.find((v) => v.status === "actual") ?? later.find((v) => v.status === "not_stated") ?? null;
    checks.push({ indicator, year: target.year, target, actual, ...checkTarget(target, actual, indicator.unit, indicator.bound) });
  }
  return { report, following, checks };
}

/** Counts per outcome, for the summary line. */
export function tally(checks: readonly TargetCheck[]): Record<Outcome, number> {
  const out: Record<Outcome, number> = { met: 0, missed: 0, not_reported: 0 };
  for (const c of checks) out[c.outcome] += 1;
  return out;
}
