/** range: counts drawn as points, or as a segment when the report gives a range (3-5家), one figure per row. */
import { z } from "zod";
import { rangeChart, type RangeRow } from "../../charts/range";
import { figureIdsOfRows, rangeRowOf } from "../../stories/figure-rows";
import { specKind } from "../kind";

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "a lower-case id");
const query = z.array(z.object({ key: slug, label: z.string().min(1), figure: slug }).strict()).min(1, "at least one row");

export const range = specKind({
  renderer: "d3",
  rows: query,
  resolve: (rows, ctx): RangeRow[] => rows.map((r) => rangeRowOf(ctx.reportId, r.key, r.label, r.figure)),
  keyOf: (row) => row.key,
  figureIds: (rows) => figureIdsOfRows(rows),
  draw: (rows, options) => rangeChart(rows, options),
});
