/**
 * attention: how much of the report each work area gets, one row per area of the edition's report
 * (areas.csv, any number) in area order: characters and Arabic-digit figures. The chart cites the
 * area headings (the counts run over each area's whole text), not every counted sentence.
 * Counting is method, not story (issue 11): the site's overview no longer shows it, and the report
 * pages' method view draws these counts. The kind stays for story files that want it; the rule and
 * pick-claim tests in src/specs/load.test.ts run on a fixture story that uses it.
 */
import { z } from "zod";
import { attentionChart } from "../../charts/attention";
import { loadAreas, loadReport } from "../../data/load";
import { areaAttentionRows, type AreaAttention } from "../../stories/area-attention";
import { specKind } from "../kind";

/** `areas: all`: every work area of the edition's report. */
const query = z.object({ areas: z.literal("all") }).strict();

export const attention = specKind({
  renderer: "d3",
  rows: query,
  resolve: (_q, ctx): AreaAttention[] => {
    const report = loadReport(ctx.reportId);
    const areas = loadAreas().filter((a) => a.report_id === ctx.reportId);
    if (areas.length === 0) throw new Error(`data/areas.csv: no areas of report ${ctx.reportId}`);
    // Rows are labelled by the area's short name in the edition's language (areas.csv short_zh / short_en).
    const english = ctx.lang !== undefined && !ctx.lang.toLowerCase().startsWith("zh");
    return areaAttentionRows({ areas: english ? areas.map((a) => ({ ...a, short_zh: a.short_en })) : areas, sections: report.sections, figures: report.figures });
  },
  keyOf: (row) => row.area,
  figureIds: (rows) => rows.flatMap((r) => r.figureIds),
  sourceIds: (rows) => rows.flatMap((r) => r.sourceIds ?? []),
  citesSourcesOnly: true,
  draw: (rows, options) => attentionChart(rows, options),
});
