/** Row queries shared by several kinds, as an editor writes them in a story file. */
import { z } from "zod";
import { loadIndicators, loadIndicatorValues } from "../../data/load";
import { statedValue } from "../../stories/indicator-rows";

/** A year as a number, or `review` / `plan`: the edition's review or plan year. */
function yearOf() {
  return z.union([z.number().int().min(1900), z.enum(["review", "plan"])]);
}

/** The year a row query names, in the edition's terms. */
export function yearIn(year: number | "review" | "plan", ctx: { reviewYear: number; planYear: number }): number {
  return year === "review" ? ctx.reviewYear : year === "plan" ? ctx.planYear : year;
}

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "a lower-case id such as market-entities");

/** One indicator of indicators.csv, review-year actual against plan-year target, with an optional shorter label. */
export const indicatorRow = z.object({ indicator: slug, label: z.string().min(1).optional() }).strict();
export const indicatorRows = z.array(indicatorRow).min(1, "at least one row");
/**
 * Indicators chosen by a rule rather than listed: every indicator of `group` in indicators.csv
 * that has a row in indicator-values.csv for the edition's report and plan year, in file order.
 */
export const indicatorGroup = z.object({ group: z.string().min(1) }).strict();
/** A list of indicators, or a group of them. */
export const indicatorQuery = z.union([indicatorRows, indicatorGroup]);

/** One figure of the edition's figures.csv, or one stated indicator value of a year, drawn under a key with a label. */
export const valueRow = z.union([
  z.object({ key: slug, label: z.string().min(1), figure: slug, part_of: slug.optional() }).strict(),
  z.object({ key: slug.optional(), label: z.string().min(1), indicator: slug, year: yearOf(), part_of: slug.optional() }).strict(),
]);
export const valueRows = z.array(valueRow).min(1, "at least one row");

export type IndicatorRowQuery = z.infer<typeof indicatorRow>;
export type IndicatorQuery = z.infer<typeof indicatorQuery>;
export type ValueRowQuery = z.infer<typeof valueRow>;

/** The indicators a query names, listed or by group; throws naming a group with no plan-year values. */
export function indicatorsOf(query: IndicatorQuery, ctx: { reportId: string; planYear: number }): IndicatorRowQuery[] {
  if (Array.isArray(query)) return query;
  const planned = new Set(loadIndicatorValues().filter((v) => v.report_id === ctx.reportId && v.year === ctx.planYear).map((v) => v.indicator));
  const rows = loadIndicators().filter((i) => i.group === query.group && planned.has(i.slug));
  if (rows.length === 0) throw new Error(`data/indicators.csv: no indicator of group "${query.group}" has a value for ${ctx.reportId} ${ctx.planYear} in data/indicator-values.csv`);
  return rows.map((i) => ({ indicator: i.slug }));
}

/** An indicator's label in the edition's language (indicators.csv label_zh, or label_en for any other language). */
export function indicatorLabel(def: { label_zh: string; label_en: string }, lang: string | undefined): string {
  return !lang || lang.toLowerCase().startsWith("zh") ? def.label_zh : def.label_en;
}

/** Labels by indicator, for the helpers that take a label map: the row's own, else (other languages than Chinese) the indicator's label in `lang`. */
export function labelsOf(rows: readonly IndicatorRowQuery[], lang?: string): Record<string, string> {
  const english = lang !== undefined && !lang.toLowerCase().startsWith("zh");
  return Object.fromEntries(
    rows.flatMap((r) => {
      if (r.label) return [[r.indicator, r.label]];
      const def = english ? loadIndicators().find((i) => i.slug === r.indicator) : undefined;
      return def ? [[r.indicator, indicatorLabel(def, lang)]] : [];
    }),
  );
}

/** Each indicator's review-year and plan-year values (either may be 未提及), in the indicator's unit, labelled (default: its indicators.csv label). */
export function beforeAfterRows(query: readonly IndicatorRowQuery[], ctx: { reportId: string; reviewYear: number; planYear: number; lang?: string }) {
  return query.map(({ indicator, label }) => {
    const def = loadIndicators().find((i) => i.slug === indicator);
    if (!def) throw new Error(`data/indicators.csv: no indicator "${indicator}"`);
    return { key: indicator, label: label ?? indicatorLabel(def, ctx.lang), unit: def.unit, before: statedValue(indicator, ctx.reportId, ctx.reviewYear), after: statedValue(indicator, ctx.reportId, ctx.planYear) };
  });
}
