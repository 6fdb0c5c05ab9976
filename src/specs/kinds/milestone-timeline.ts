/** milestone-timeline: cumulative shares reached by the end of given months of the plan year (e.g. project start rates). */
import { milestoneTimelineChart, type MilestoneRow } from "../../charts/milestone-timeline";
import { isStated } from "../../charts/shared/values";
import { loadIndicators } from "../../data/load";
import { figureIdsOfRows } from "../../stories/figure-rows";
import { statedValue } from "../../stories/indicator-rows";
import { z } from "zod";
import { specKind } from "../kind";

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "a lower-case id such as key-projects-new-start-q1");

/** One plan-year indicator value, drawn at the end of `month` (1–12) under the report's name for the moment. */
const milestoneRow = z.object({ indicator: slug, label: z.string().min(1), month: z.number().int().min(1).max(12) }).strict();

export const milestoneTimeline = specKind({
  renderer: "d3",
  rows: z.array(milestoneRow).min(1, "at least one row"),
  resolve: (query, ctx): MilestoneRow[] =>
    query.map(({ indicator, label, month }) => {
      const v = statedValue(indicator, ctx.reportId, ctx.planYear);
      if (!isStated(v)) throw new Error(`data/indicator-values.csv: ${indicator} / ${ctx.reportId} / ${ctx.planYear} is not stated, but this chart draws it`);
      const unit = loadIndicators().find((i) => i.slug === indicator)?.unit;
      if (!unit) throw new Error(`data/indicators.csv: no indicator "${indicator}"`);
      return { key: indicator, label, month, value: v.value, unit, qualifier: v.qualifier ?? null, figureId: v.figureId ?? null };
    }),
  keyOf: (row) => row.key,
  figureIds: (rows) => figureIdsOfRows(rows),
  draw: (rows, options) => milestoneTimelineChart(rows, { ...options, subject: options.subject ?? "", year: options.targetYear }),
});
