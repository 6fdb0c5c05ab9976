/** growth-bars: review-year growth beside plan-year target, for indicators measured in %. */
import { growthBarsChart, type GrowthRow } from "../../charts/growth-bars";
import { growthFigureIds, growthRows } from "../../stories/area-kit";
import { specKind } from "../kind";
import { indicatorRows, labelsOf } from "./rows";

export const growthBars = specKind({
  renderer: "plot",
  rows: indicatorRows,
  resolve: (query, ctx): GrowthRow[] => growthRows(query.map((r) => r.indicator), ctx.reportId, labelsOf(query, ctx.lang)),
  keyOf: (row) => row.key,
  figureIds: (rows) => growthFigureIds(rows),
  draw: (rows, options) => growthBarsChart(rows, options),
});
