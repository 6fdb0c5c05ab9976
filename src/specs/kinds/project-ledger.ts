/**
 * project-ledger: the story area's named projects (projects.csv) of the review year beside those of the
 * plan year, each with the report's own verb. The report gives them no numbers, so they cite no figure.
 */
import { z } from "zod";
import { projectLedgerChart, type ProjectLedgerRow } from "../../charts/project-ledger";
import { loadProjects, loadReport } from "../../data/load";
import { specKind } from "../kind";

/**
 * The two column headings, e.g. review: "{review_year}年", plan: "{plan_year}年计划"; `labels` gives each
 * project's name and status in the edition's language by projects.csv id (an English edition's words):
 * when given, every project the ledger lists needs one.
 */
const query = z
  .object({
    review: z.string().min(1),
    plan: z.string().min(1),
    labels: z.record(z.object({ name: z.string().min(1), status: z.string().min(1) }).strict()).optional(),
  })
  .strict();

export const projectLedger = specKind({
  renderer: "d3",
  rows: query,
  resolve: (columns, ctx): ProjectLedgerRow[] => {
    if (!ctx.area) throw new Error("a project ledger lists an area's projects: use it in an area story");
    const years = { [ctx.reviewYear]: columns.review, [ctx.planYear]: columns.plan };
    const rows = loadProjects()
      .filter((p) => p.report_id === ctx.reportId && p.area_slug === ctx.area && p.year in years)
      .sort((a, b) => a.year - b.year)
      .map((p) => ({ key: p.id, name: columns.labels?.[p.id]?.name ?? p.name, status: columns.labels?.[p.id]?.status ?? p.status, column: years[p.year]!, sectionId: p.section_id }));
    if (rows.length === 0) throw new Error(`data/projects.csv: no projects of area ${ctx.area} in ${ctx.reviewYear} or ${ctx.planYear}`);
    const unlabelled = columns.labels ? rows.filter((r) => !columns.labels![r.key]).map((r) => r.key) : [];
    if (unlabelled.length > 0) throw new Error(`labels: every project the ledger lists needs a name and status, but ${unlabelled.join(", ")} has none`);
    const unknown = Object.keys(columns.labels ?? {}).filter((id) => !rows.some((r) => r.key === id));
    if (unknown.length > 0) throw new Error(`labels: ${unknown.join(", ")} is not a project of this ledger (${rows.map((r) => r.key).join(", ")})`);
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
