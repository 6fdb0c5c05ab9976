/** Row queries shared by several kinds, as an editor writes them in a story file. */
import { z } from "zod";

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

/** One figure of the edition's figures.csv, or one stated indicator value of a year, drawn under a key with a label. */
export const valueRow = z.union([
  z.object({ key: slug, label: z.string().min(1), figure: slug, part_of: slug.optional() }).strict(),
  z.object({ key: slug.optional(), label: z.string().min(1), indicator: slug, year: yearOf(), part_of: slug.optional() }).strict(),
]);
export const valueRows = z.array(valueRow).min(1, "at least one row");

export type IndicatorRowQuery = z.infer<typeof indicatorRow>;
export type ValueRowQuery = z.infer<typeof valueRow>;

/** Labels by indicator, for the helpers that take a label map. */
export function labelsOf(rows: readonly IndicatorRowQuery[]): Record<string, string> {
  return Object.fromEntries(rows.flatMap((r) => (r.label ? [[r.indicator, r.label]] : [])));
}
