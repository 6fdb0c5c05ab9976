/** Row queries shared by several kinds, as an editor writes them in a story file. */
import { z } from "zod";

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "a lower-case id such as market-entities");

/** One indicator of indicators.csv, review-year actual against plan-year target, with an optional shorter label. */
export const indicatorRow = z.object({ indicator: slug, label: z.string().min(1).optional() }).strict();
export const indicatorRows = z.array(indicatorRow).min(1, "at least one row");

/** One figure of the edition's figures.csv, or one stated indicator value of a year, drawn under a key with a label. */
export const valueRow = z.union([
  z.object({ key: slug, label: z.string().min(1), figure: slug, part_of: slug.optional() }).strict(),
  z.object({ key: slug.optional(), label: z.string().min(1), indicator: slug, year: z.number().int().min(1900), part_of: slug.optional() }).strict(),
]);
export const valueRows = z.array(valueRow).min(1, "at least one row");

export type IndicatorRowQuery = z.infer<typeof indicatorRow>;
export type ValueRowQuery = z.infer<typeof valueRow>;

/** Labels by indicator, for the helpers that take a label map. */
export function labelsOf(rows: readonly IndicatorRowQuery[]): Record<string, string> {
  return Object.fromEntries(rows.flatMap((r) => (r.label ? [[r.indicator, r.label]] : [])));
}
