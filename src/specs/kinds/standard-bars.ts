/**
 * standard-bars: figures or stated indicator values of the report as bars, measured against an outside
 * reference from data/context.csv (a national standard's limit) drawn as a line with its source line.
 * The reference row is keyed by its context id, so a ratio claim can compare a bar with it (`to_row`).
 */
import { z } from "zod";
import { standardBarsChart, type StandardRow } from "../../charts/standard-bars";
import type { LevelRow } from "../../charts/level-bars";
import { loadContext } from "../../data/load";
import { levelRow } from "../../stories/area-kit";
import { figureIdsOfRows, levelRowOf } from "../../stories/figure-rows";
import { contextWordsIn } from "../../lang/context-words";
import { specKind } from "../kind";
import { valueRows, yearIn } from "./rows";

const query = z
  .object({
    bars: valueRows,
    /** data/context.csv ids of the references, each drawn as a line. */
    references: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "a data/context.csv id such as pm25-annual-limit-grade2")).min(1, "at least one reference"),
  })
  .strict();

/** The reference row of a context fact, labelled in the edition's language (src/content/context/<lang>.yaml outside Chinese). */
function referenceRow(id: string, lang = "zh-CN"): StandardRow {
  const facts = loadContext();
  const fact = facts.find((f) => f.id === id);
  if (!fact) throw new Error(`data/context.csv: no context id "${id}" (expected one of: ${facts.map((f) => f.id).join(", ") || "none"})`);
  if (lang.toLowerCase().startsWith("zh")) return { key: fact.id, label: fact.label_zh, unit: fact.unit, value: fact.value, reference: fact.shown_as };
  const words = contextWordsIn(lang).of(fact.id);
  return { key: fact.id, label: words.label, unit: fact.unit, value: fact.value, reference: words.shownAs };
}

export const standardBars = specKind({
  renderer: "plot",
  rows: query,
  resolve: (q, ctx): StandardRow[] => [
    ...q.bars.map((r): LevelRow => ("figure" in r ? levelRowOf(ctx.reportId, r.key, r.label, r.figure) : levelRow(r.indicator, ctx.reportId, yearIn(r.year, ctx), r.label))),
    ...q.references.map((id) => referenceRow(id, ctx.lang)),
  ],
  keyOf: (row) => row.key,
  figureIds: (rows) => figureIdsOfRows(rows),
  draw: (rows, options) => standardBarsChart(rows, options),
});
