/** targets-board: one card per indicator (review-year actual, plan-year target), any units. */
import { targetsBoardChart, type TargetCardRow } from "../../charts/targets-board";
import { actualVsTarget, rowFigureIds } from "../../stories/indicator-rows";
import { specKind } from "../kind";
import { indicatorRows, labelsOf } from "./rows";

export const targetsBoard = specKind({
  renderer: "d3",
  rows: indicatorRows,
  resolve: (query, ctx): TargetCardRow[] => actualVsTarget(query.map((r) => r.indicator), ctx.reportId, labelsOf(query, ctx.lang)),
  keyOf: (row) => row.indicator,
  figureIds: (rows) => rowFigureIds(rows),
  draw: (rows, options) => targetsBoardChart(rows, options),
});
