/**
 * level-bars: one bar per figure or stated indicator value, in one unit (parts marked with part_of).
 * A row may be an outside fact of data/context.csv (`context: <id>`), such as a national standard's
 * limit: drawn in the context colour and labelled with its source line (shown_as) unless given a label.
 */
import { z } from "zod";
import { levelBarsChart, type LevelRow } from "../../charts/level-bars";
import { loadContext } from "../../data/load";
import { levelRow } from "../../stories/area-kit";
import { figureIdsOfRows, levelRowOf } from "../../stories/figure-rows";
import { specKind } from "../kind";
import { valueRow, yearIn } from "./rows";

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "a lower-case id such as pm25-annual-limit-grade2");
const contextRow = z.object({ key: slug.optional(), label: z.string().min(1).optional(), context: slug }).strict();

/** A context.csv fact as a bar; throws naming the id when the table has no such fact. */
function contextLevelRow(id: string, key?: string, label?: string): LevelRow {
  const fact = loadContext().find((f) => f.id === id);
  if (!fact) throw new Error(`data/context.csv: no fact "${id}" (${loadContext().map((f) => f.id).join(", ") || "the table is empty or absent"})`);
  return { key: key ?? id, label: label ?? fact.shown_as, unit: fact.unit, value: fact.value, qualifier: null, series: "context" };
}

export const levelBars = specKind({
  renderer: "plot",
  rows: z.array(z.union([valueRow, contextRow])).min(1, "at least one row"),
  resolve: (query, ctx): LevelRow[] =>
    query.map((r) =>
      "context" in r
        ? contextLevelRow(r.context, r.key, r.label)
        : "figure" in r
          ? levelRowOf(ctx.reportId, r.key, r.label, r.figure, r.part_of)
          : levelRow(r.indicator, ctx.reportId, yearIn(r.year, ctx), r.label, r.part_of),
    ),
  keyOf: (row) => row.key,
  figureIds: (rows) => figureIdsOfRows(rows),
  draw: (rows, options) => levelBarsChart(rows, options),
});
