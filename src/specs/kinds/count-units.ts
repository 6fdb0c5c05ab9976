/** count-units: one square per unit counted, rows grouped (e.g. done last year, planned this year); a row may be 未提及. */
import { countUnitsChart, type CountUnitsRow } from "../../charts/count-units";
import { figureOf } from "../../stories/figure-rows";
import { figureValue } from "../../stories/figure-values";
import { loadIndicators } from "../../data/load";
import { figureIdsOf, statedValue } from "../../stories/indicator-rows";
import { z } from "zod";
import { specKind } from "../kind";
import { yearIn } from "./rows";

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "a lower-case id such as boarding-schools");
/** `unit` defaults to the figure's own unit (figures.csv) or the indicator's (indicators.csv). */
const words = { key: slug, label: z.string().min(1), group: z.string().min(1), unit: z.string().min(1).optional() };

/** A figure of the edition's figures.csv, or an indicator value of a year (stated or not), under a key, label, group and unit. */
const countUnitsRow = z.union([
  z.object({ ...words, figure: slug }).strict(),
  z.object({ ...words, indicator: slug, year: z.union([z.number().int().min(1900), z.enum(["review", "plan"])]) }).strict(),
]);

function unitOfIndicator(slug: string): string {
  const def = loadIndicators().find((i) => i.slug === slug);
  if (!def) throw new Error(`data/indicators.csv: no indicator "${slug}"`);
  return def.unit;
}

export const countUnits = specKind({
  renderer: "d3",
  rows: z.array(countUnitsRow).min(1, "at least one row"),
  resolve: (query, ctx): CountUnitsRow[] =>
    query.map((r) => ({
      key: r.key,
      label: r.label,
      group: r.group,
      unit: r.unit ?? ("figure" in r ? figureOf(ctx.reportId, r.figure).unit : unitOfIndicator(r.indicator)),
      value: "figure" in r ? figureValue(r.figure, ctx.reportId) : statedValue(r.indicator, ctx.reportId, yearIn(r.year, ctx)),
    })),
  keyOf: (row) => row.key,
  figureIds: (rows) => figureIdsOf(rows.map((r) => r.value)),
  draw: (rows, options) => countUnitsChart(rows, { ...options, subject: options.subject ?? "" }),
});
