/**
 * growth-bars: review-year growth beside plan-year target, for indicators measured in %. A row may
 * name another report (`national: national-2024`): that report's values for the same indicator and
 * years are drawn beside, in the national colour.
 */
import { z } from "zod";
import { growthBarsChart, type GrowthRow } from "../../charts/growth-bars";
import { growthFigureIds, growthRows } from "../../stories/area-kit";
import { statedValue } from "../../stories/indicator-rows";
import { specKind } from "../kind";
import { indicatorRow, labelsOf } from "./rows";

const growthRow = indicatorRow.extend({ national: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "a report id such as national-2024").optional() }).strict();

export const growthBars = specKind({
  renderer: "plot",
  rows: z.array(growthRow).min(1, "at least one row"),
  resolve: (query, ctx): GrowthRow[] =>
    growthRows(query.map((r) => r.indicator), ctx.reportId, labelsOf(query, ctx.lang)).map((row, i) => {
      const other = query[i]!.national;
      if (!other) return row;
      return { ...row, national: { actual: statedValue(row.key, other, ctx.reviewYear), target: statedValue(row.key, other, ctx.planYear) } };
    }),
  keyOf: (row) => row.key,
  // The edition's own figures: a national value links to its report through the chart table's row sources.
  figureIds: (rows) => growthFigureIds(rows),
  draw: (rows, options) => growthBarsChart(rows, options),
});
