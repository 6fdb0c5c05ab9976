/** level-change: review-year level beside plan-year target, with the change between them computed (labelled 计算值). */
import { levelChangeChart, type LevelChangeRow } from "../../charts/level-change";
import { figureIdsOf } from "../../stories/indicator-rows";
import { chartLang } from "../../charts/shared/lang";
import { specKind } from "../kind";
import { beforeAfterRows, indicatorRows } from "./rows";

export const levelChange = specKind({
  renderer: "plot",
  rows: indicatorRows,
  resolve: (query, ctx): LevelChangeRow[] => beforeAfterRows(query, ctx),
  keyOf: (row) => row.key,
  figureIds: (rows) => figureIdsOf(rows.flatMap((r) => [r.before, r.after])),
  draw: (rows, options) => {
    const L = options.lang ?? chartLang();
    return levelChangeChart(rows, { ...options, beforeLabel: L.t("common.year", { year: options.actualYear }), afterLabel: L.t("common.year_target", { year: options.targetYear }) });
  },
});
