/**
 * project-ledger: the story area's named projects (projects.csv) of the review year beside those of the
 * plan year, each with the report's own verb. The report gives them no numbers, so they cite no figure.
 */
import { z } from "zod";
import { projectLedgerChart, type ProjectLedgerRow } from "../../charts/project-ledger";
import { loadProjects, loadReport } from "../../data/load";
import { specKind } from "../kind";

/** The two column headings, e.g. review: "{review_year}年", plan: "{plan_year}年计划". */
const query = z.object({ review: z.string().min(1), plan: z.string().min(1) }).strict();

export const projectLedger = specKind({
  renderer: "d3",
  rows: query,
  resolve: (columns, ctx): ProjectLedgerRow[] => {
    if (!ctx.area) throw new Error("a project ledger lists an area's projects: use it in an area story");
    const years = { [ctx.reviewYear]: columns.review, [ctx.planYear]: columns.plan };
    const rows = loadProjects()
      .filter((p) => p.report_id === ctx.reportId && p.area_slug === ctx.area && p.year in years)
      .sort((a, b) => a.year - b.year)
      .map((p) => ({ key: p.id, name: p.name, status: p.status, column: years[p.year]!, sectionId: p.section_id }));
    if (rows.length === 0) throw new Error(`data/projects.csv: no projects of area ${ctx.area} in ${ctx.reviewYear} or ${ctx.planYear}`);
    return rows;
  },
  keyOf: (row) => row.key,
  figureIds: () => [],
  sourceIds: (rows, ctx) => {
    const order = new Map(loadReport(ctx.reportId).sections.map((s) => [s.id, s.order]));
    return [...new Set(rows.map((r) => r.sectionId!))].sort((a, b) => order.get(a)! - order.get(b)!);
  },
  draw: (rows, options) => projectLedgerChart(rows, options),
});
