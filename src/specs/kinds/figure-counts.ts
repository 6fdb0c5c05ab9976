/**
 * figure-counts: one square per Arabic-digit figure, counted per part of the report: the paragraphs
 * of `part` outside any area whose text starts with `paragraphs_starting` (labelled by their own
 * summary clause), then the part's areas (labelled by their heading's last clause). Keys are section ids.
 */
import type { CountUnitsRow } from "../../charts/count-units";
import { countUnitsChart } from "../../charts/count-units";
import { chartLang } from "../../charts/shared/lang";
import { loadAreas, loadReport } from "../../data/load";
import { isInArea } from "../../stories/area-attention";
import { z } from "zod";
import { specKind } from "../kind";

const query = z
  .object({
    part: z.enum(["review", "plan"]),
    paragraphs_starting: z.string().min(1),
    paragraph_group: z.string().min(1),
    area_group: z.string().min(1),
    /** Labels by section id, for a language the report's own words cannot label (English); areas default to areas.csv short_en. */
    labels: z.record(z.string().min(1)).optional(),
  })
  .strict();

/** The paragraph's own summary: the clause before the first 。 after its opening (——我们…，). */
const paragraphLabel = (text: string) => text.split("。")[0]!.split("，").pop()!;
/** An area heading's last clause (（一）牢记嘱托担使命，纵深推进能源革命 → 纵深推进能源革命). */
const areaLabel = (heading: string) => heading.replace(/^（[一二三四五六七八九十]+）/, "").split("，").pop()!;

type Row = CountUnitsRow & { figureIds: string[]; sourceIds: string[] };

export const figureCounts = specKind({
  renderer: "d3",
  rows: query,
  resolve: (q, ctx): Row[] => {
    const report = loadReport(ctx.reportId);
    const parts = report.sections
      .filter((s) => s.part === q.part && ((s.kind === "paragraph" && !s.area_no && s.text.startsWith(q.paragraphs_starting)) || s.kind === "area"))
      .sort((a, b) => a.order - b.order);
    if (parts.length === 0) throw new Error(`data/${ctx.reportId}/sections.csv: no ${q.part} paragraphs starting "${q.paragraphs_starting}" and no ${q.part} areas`);
    const chinese = !ctx.lang || ctx.lang.toLowerCase().startsWith("zh");
    const areas = loadAreas().filter((a) => a.report_id === ctx.reportId);
    const labelOf = (s: (typeof parts)[number]): string => {
      const own = q.labels?.[s.id];
      if (own) return own;
      if (chinese) return s.kind === "area" ? areaLabel(s.heading) : paragraphLabel(s.text);
      const area = s.kind === "area" ? areas.find((a) => a.section_id === s.id) : undefined;
      if (area) return area.short_en;
      throw new Error(`no ${ctx.lang} label for ${s.id} — add it under labels: (${s.kind === "area" ? s.heading : paragraphLabel(s.text)})`);
    };
    return parts.map((s) => {
      const ids = report.figures.filter((f) => (s.kind === "area" ? isInArea(f.section_id, s.id) : f.section_id === s.id)).map((f) => f.id);
      return {
        key: s.id,
        label: labelOf(s),
        group: s.kind === "area" ? q.area_group : q.paragraph_group,
        unit: "个",
        // A computed count shows no figure of the report: the row cites its part, not the counted sentences.
        value: { status: "actual", value: ids.length },
        countsText: true,
        figureIds: ids,
        sourceIds: [s.id],
      };
    });
  },
  keyOf: (row) => row.key,
  figureIds: (rows) => rows.flatMap((r) => r.figureIds),
  sourceIds: (rows) => rows.map((r) => r.key),
  draw: (rows, options) => {
    const noun = (options.lang ?? chartLang()).namedNoun("figure");
    return countUnitsChart(rows.map((r) => ({ ...r, noun })), { ...options, subject: options.subject ?? "" });
  },
});
