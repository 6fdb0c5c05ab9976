/** level-bars: one bar per figure or stated indicator value, in one unit (parts marked with part_of). */
import { levelBarsChart, type LevelRow } from "../../charts/level-bars";
import { levelRow } from "../../stories/area-kit";
import { figureIdsOfRows, levelRowOf } from "../../stories/figure-rows";
import { specKind } from "../kind";
import { valueRows, yearIn } from "./rows";

export const levelBars = specKind({
  renderer: "plot",
  rows: valueRows,
  resolve: (query, ctx): LevelRow[] =>
    query.map((r) => ("figure" in r ? levelRowOf(ctx.reportId, r.key, r.label, r.figure, r.part_of) : levelRow(r.indicator, ctx.reportId, yearIn(r.year, ctx), r.label, r.part_of))),
  keyOf: (row) => row.key,
  figureIds: (rows) => figureIdsOfRows(rows),
  draw: (rows, options) => levelBarsChart(rows, options),
});
