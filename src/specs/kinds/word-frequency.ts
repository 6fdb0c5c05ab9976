/**
 * word-frequency: how often each term of a vocabulary occurs in the story area's plan paragraphs,
 * counted as substrings (src/analysis/terms.ts, so 智能 inside 智能制造 counts). Cites those paragraphs.
 */
import { z } from "zod";
import { countTerms } from "../../analysis/terms";
import { wordFrequencyChart, type WordFrequencyRow } from "../../charts/word-frequency";
import { paragraphIdsOf, sectionTexts } from "../../stories/figure-rows";
import { specKind } from "../kind";

const query = z
  .object({
    /** `label`: what the term means in the edition's language, drawn instead of the term (an English edition's words). */
    terms: z.array(z.object({ term: z.string().min(1), group: z.string().min(1), label: z.string().min(1).optional() }).strict()).min(1, "at least one term"),
    /** Leave out terms that never occur. */
    drop_zero: z.boolean().optional(),
  })
  .strict();

/** The area's plan paragraphs, which every row counts over. */
function paragraphsOf(ctx: { reportId: string; areaSection?: string }): string[] {
  if (!ctx.areaSection) throw new Error("a word count runs over an area's paragraphs: use it in an area story");
  return paragraphIdsOf(ctx.reportId, ctx.areaSection);
}

export const wordFrequency = specKind({
  renderer: "plot",
  rows: query,
  resolve: (q, ctx): WordFrequencyRow[] => {
    const labels = new Map(q.terms.flatMap((t) => (t.label ? [[t.term, t.label] as const] : [])));
    return countTerms(sectionTexts(ctx.reportId, paragraphsOf(ctx)), q.terms.map(({ term, group }) => ({ term, group })))
      .filter((c) => !q.drop_zero || c.count > 0)
      .map(({ term, count, group }) => ({ term, count, group, ...(labels.has(term) ? { label: labels.get(term)! } : {}) }));
  },
  keyOf: (row) => row.term,
  figureIds: () => [],
  sourceIds: (_rows, ctx) => paragraphsOf(ctx),
  draw: (rows, options) => wordFrequencyChart(rows, options),
});
