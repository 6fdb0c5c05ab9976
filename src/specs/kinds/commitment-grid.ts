/**
 * commitment-grid: the named actions, projects and pilots of each paragraph, quoted as written and
 * grouped by a theme. Every name must stand in its paragraph exactly; a name may quote a figure
 * with {quote:<figure-id>} (完成营造林{quote:plan-7-p3-f1}), which the chart then cites.
 */
import { z } from "zod";
import { commitmentGridChart, type CommitmentRow } from "../../charts/commitment-grid";
import { sectionTexts } from "../../stories/figure-rows";
import { specKind } from "../kind";
import { expandQuotes, quotedFigureIds } from "../quotes";

const query = z
  .array(
    z
      .object({
        paragraph: z.string().min(1),
        theme: z.string().min(1),
        names: z.array(z.string().min(1)).min(1),
        /** The names in the edition's language, one per name in order (an English edition's words); drawn in their place. */
        labels: z.array(z.string().min(1)).optional(),
      })
      .strict()
      .refine((g) => g.labels === undefined || g.labels.length === g.names.length, { message: "one label per name", path: ["labels"] }),
  )
  .min(1, "at least one paragraph");

type Row = CommitmentRow & { sectionId: string; figureIds: string[] };

export const commitmentGrid = specKind({
  renderer: "d3",
  rows: query,
  resolve: (groups, ctx): Row[] => {
    const rows = groups.flatMap((g) => g.names.map((n, i) => ({ theme: g.theme, name: expandQuotes(n, ctx.reportId), ...(g.labels ? { label: g.labels[i]! } : {}), sectionId: g.paragraph, figureIds: quotedFigureIds(n) })));
    const texts = new Map(groups.map((g) => [g.paragraph, sectionTexts(ctx.reportId, [g.paragraph])[0]!]));
    const missing = rows.filter((r) => !texts.get(r.sectionId)!.includes(r.name)).map((r) => `"${r.name}" not in ${r.sectionId}`);
    if (missing.length > 0) throw new Error(`commitments must be quoted as written — data/${ctx.reportId}/sections.csv: ${missing.join("; ")}`);
    return rows;
  },
  keyOf: (row) => row.name,
  figureIds: (rows) => rows.flatMap((r) => r.figureIds),
  sourceIds: (rows) => [...new Set(rows.map((r) => r.sectionId))],
  draw: (rows, options) => commitmentGridChart(rows, options),
});
