/** paragraph-lengths: one bar per report paragraph, its length in characters (sections.csv `chars`), labelled by its lead phrase. */
import { levelBarsChart, type LevelRow } from "../../charts/level-bars";
import { paragraphLengthRow } from "../../stories/area-kit";
import { z } from "zod";
import { specKind } from "../kind";

const paragraphRow = z.object({ paragraph: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "a sections.csv id such as plan-1-p2"), label: z.string().min(1).optional() }).strict();

export const paragraphLengths = specKind({
  renderer: "plot",
  rows: z.array(paragraphRow).min(1, "at least one row"),
  resolve: (query, ctx): LevelRow[] =>
    query.map((r) => {
      const row = paragraphLengthRow(ctx.reportId, r.paragraph);
      if (r.label) return { ...row, label: r.label };
      if (ctx.lang && !ctx.lang.toLowerCase().startsWith("zh")) throw new Error(`paragraph ${r.paragraph}: a story in ${ctx.lang} gives each paragraph a label: (its lead phrase is "${row.label}")`);
      return row;
    }),
  keyOf: (row) => row.key,
  figureIds: () => [],
  sourceIds: (rows) => rows.map((r) => r.key),
  draw: (rows, options) => levelBarsChart(rows, options),
});
