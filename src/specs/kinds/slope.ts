/** slope: each indicator's review-year value → plan-year value (either may be 未提及), in the indicator's one unit. */
import { slopeChart, type SlopeRow } from "../../charts/slope";
import { loadIndicators } from "../../data/load";
import { figureIdsOf, statedValue } from "../../stories/indicator-rows";
import { specKind } from "../kind";
import { indicatorRows } from "./rows";

export const slope = specKind({
  renderer: "d3",
  rows: indicatorRows,
  resolve: (query, ctx): SlopeRow[] =>
    query.map(({ indicator, label }) => {
      const def = loadIndicators().find((i) => i.slug === indicator);
      if (!def) throw new Error(`data/indicators.csv: no indicator "${indicator}"`);
      return { key: indicator, label: label ?? def.label_zh, unit: def.unit, before: statedValue(indicator, ctx.reportId, ctx.reviewYear), after: statedValue(indicator, ctx.reportId, ctx.planYear) };
    }),
  keyOf: (row) => row.key,
  figureIds: (rows) => figureIdsOf(rows.flatMap((r) => [r.before, r.after])),
  draw: (rows, options) => slopeChart(rows, { ...options, beforeLabel: `${options.actualYear}年`, afterLabel: `${options.targetYear}年` }),
});
