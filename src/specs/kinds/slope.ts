/** slope: each indicator's review-year value → plan-year value (either may be 未提及), in the indicators' one unit. */
import { slopeChart, type SlopeRow } from "../../charts/slope";
import { figureIdsOf } from "../../stories/indicator-rows";
import { chartLang } from "../../charts/shared/lang";
import { specKind } from "../kind";
import { beforeAfterRows, indicatorRows } from "./rows";

export const slope = specKind({
  renderer: "d3",
  rows: indicatorRows,
  resolve: (query, ctx): SlopeRow[] => beforeAfterRows(query, ctx),
  keyOf: (row) => row.key,
  figureIds: (rows) => figureIdsOf(rows.flatMap((r) => [r.before, r.after])),
  draw: (rows, options) => {
    const L = options.lang ?? chartLang();
    return slopeChart(rows, { ...options, beforeLabel: L.t("common.year", { year: options.actualYear }), afterLabel: L.t("common.year", { year: options.targetYear }) });
  },
});
