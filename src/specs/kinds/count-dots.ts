/** count-dots: one dot per unit counted, for plain counts (a figure or a stated indicator value each). */
import { countDotsChart, type CountDotsRow } from "../../charts/count-dots";
import { countRow } from "../../stories/area-kit";
import { figureIdsOfRows, figureOf } from "../../stories/figure-rows";
import { specKind } from "../kind";
import { valueRows, yearIn } from "./rows";

export const countDots = specKind({
  renderer: "d3",
  rows: valueRows,
  resolve: (query, ctx): CountDotsRow[] =>
    query.map((r) => {
      if (!("figure" in r)) return { ...countRow(r.indicator, ctx.reportId, yearIn(r.year, ctx), r.label), ...(r.key ? { key: r.key } : {}) };
      const f = figureOf(ctx.reportId, r.figure);
      if (f.status !== "actual" && f.status !== "target") throw new Error(`data/${ctx.reportId}/figures.csv: figure "${f.id}" is neither a review actual nor a plan target`);
      return { key: r.key, label: r.label, unit: f.unit, value: f.value, qualifier: f.qualifier || null, series: f.status, figureId: f.id };
    }),
  keyOf: (row) => row.key,
  figureIds: (rows) => figureIdsOfRows(rows),
  draw: (rows, options) => countDotsChart(rows, { ...options, subject: options.subject ?? "" }),
});
