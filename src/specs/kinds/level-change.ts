/** level-change: review-year level beside plan-year target, with the change between them computed (labelled 计算值). */
import { levelChangeChart, type LevelChangeRow } from "../../charts/level-change";
import { figureIdsOf } from "../../stories/indicator-rows";
import { specKind } from "../kind";
import { beforeAfterRows, indicatorRows } from "./rows";

export const levelChange = specKind({
  renderer: "plot",
  rows: indicatorRows,
  resolve: (query, ctx): LevelChangeRow[] => beforeAfterRows(query, ctx),
  keyOf: (row) => row.key,
  figureIds: (rows) => figureIdsOf(rows.flatMap((r) => [r.before, r.after])),
  draw: (rows, options) => levelChangeChart(rows, { ...options, beforeLabel: `${options.actualYear}年`, afterLabel: `${options.targetYear}年目标` }),
});
