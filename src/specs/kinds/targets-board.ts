/** targets-board: one card per indicator (review-year actual, plan-year target), any units; indicators listed or by group (`{ group: main }`). */
import { targetsBoardChart, type TargetCardRow } from "../../charts/targets-board";
import { actualVsTarget, rowFigureIds } from "../../stories/indicator-rows";
import { specKind } from "../kind";
import { indicatorQuery, indicatorsOf, labelsOf } from "./rows";

export const targetsBoard = specKind({
  renderer: "d3",
  rows: indicatorQuery,
  resolve: (query, ctx): TargetCardRow[] => {
    const rows = indicatorsOf(query, ctx);
    return actualVsTarget(rows.map((r) => r.indicator), ctx.reportId, labelsOf(rows, ctx.lang));
  },
  keyOf: (row) => row.indicator,
  figureIds: (rows) => rowFigureIds(rows),
  draw: (rows, options) => targetsBoardChart(rows, options),
});
