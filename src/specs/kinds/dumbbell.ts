/** dumbbell: review-year actual → plan-year target per indicator, one panel per unit. */
import { dumbbellChart, type DumbbellRow } from "../../charts/dumbbell";
import { actualVsTarget, rowFigureIds } from "../../stories/indicator-rows";
import { specKind } from "../kind";
import { indicatorRows, labelsOf } from "./rows";

export const dumbbell = specKind({
  renderer: "plot",
  rows: indicatorRows,
  resolve: (query, ctx): DumbbellRow[] => actualVsTarget(query.map((r) => r.indicator), ctx.reportId, labelsOf(query, ctx.lang)),
  keyOf: (row) => row.indicator,
  figureIds: (rows) => rowFigureIds(rows),
  draw: (rows, options) => dumbbellChart(rows, options),
});
