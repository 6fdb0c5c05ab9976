/**
 * month-rows: a span the report counts in months (连续163个月杜绝重特大事故), one square per month and
 * twelve to a row, so full rows read as years. One row: a figure, or a stated indicator value of a year.
 */
import { monthRowsChart, type MonthRowsRow } from "../../charts/month-rows";
import { levelRow } from "../../stories/area-kit";
import { figureIdsOfRows, levelRowOf } from "../../stories/figure-rows";
import { z } from "zod";
import { specKind } from "../kind";
import { valueRow, yearIn } from "./rows";

export const monthRows = specKind({
  renderer: "plot",
  rows: z.array(valueRow).length(1, "exactly one row: the span in months"),
  resolve: (query, ctx): MonthRowsRow[] =>
    query.map((r) => ("figure" in r ? levelRowOf(ctx.reportId, r.key, r.label, r.figure) : levelRow(r.indicator, ctx.reportId, yearIn(r.year, ctx), r.label))),
  keyOf: (row) => row.key,
  figureIds: (rows) => figureIdsOfRows(rows),
  draw: (rows, options) => monthRowsChart(rows[0]!, options),
});
