/**
 * national-comparison: the edition's targets beside another report's (the national one) for the same
 * year, one panel per indicator, each on its own axis, the two sides called by `names`. A row's
 * `note` may say `{ratio}`: the other report's value over the edition's, rounded to a whole number
 * (a computed scale, never typed).
 */
import { z } from "zod";
import { comparisonChart, type ComparisonRow } from "../../charts/comparison";
import { formatNumber } from "../../charts/shared/format";
import { isStated } from "../../charts/shared/values";
import { loadIndicators } from "../../data/load";
import { figureIdsOf, statedValue } from "../../stories/indicator-rows";
import { specKind } from "../kind";
import { yearIn } from "./rows";

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "a lower-case id such as urban-jobs");

const query = z
  .object({
    /** The report compared against (a manifest id such as national-2024). */
    reference: slug,
    /** What the two sides are called in the chart (阳泉, 全国). */
    names: z.object({ local: z.string().min(1), reference: z.string().min(1) }).strict(),
    /** The year of both reports' values: a year, or `review` / `plan` (the edition's). */
    year: z.union([z.number().int().min(1900), z.enum(["review", "plan"])]),
    indicators: z
      .array(
        z
          .object({
            key: slug,
            label: z.string().min(1),
            /** The edition's indicator, and the reference report's (default: the same). */
            local: slug,
            reference: slug.optional(),
            /** False when the two are measured differently (登记 vs 调查失业率): the panel is flagged. */
            comparable: z.boolean().optional(),
            /** Values as labels, no bars: for scales orders of magnitude apart. */
            labels_only: z.boolean().optional(),
            note: z.string().min(1).optional(),
          })
          .strict(),
      )
      .min(1, "at least one indicator"),
  })
  .strict();

function unitOf(slug: string): string {
  const def = loadIndicators().find((i) => i.slug === slug);
  if (!def) throw new Error(`data/indicators.csv: no indicator "${slug}"`);
  return def.unit;
}

/** A comparison row with the names of its two sides (the same in every row of a chart). */
type Row = ComparisonRow & { names: { local: string; reference: string } };

export const nationalComparison = specKind({
  renderer: "plot",
  rows: query,
  placeholders: ["ratio"],
  resolve: (q, ctx): Row[] => {
    const year = yearIn(q.year, ctx);
    return q.indicators.map((r) => {
      const referenceSlug = r.reference ?? r.local;
      const local = statedValue(r.local, ctx.reportId, year);
      const reference = statedValue(referenceSlug, q.reference, year);
      let note = r.note;
      if (note?.includes("{ratio}")) {
        if (!isStated(local) || !isStated(reference) || local.value === 0)
          throw new Error(`row ${r.key}: {ratio} needs a stated, non-zero ${r.local} for ${ctx.reportId} ${year} and a stated ${referenceSlug} for ${q.reference} ${year}`);
        note = note.replaceAll("{ratio}", formatNumber(Math.round(reference.value / local.value)));
      }
      return {
        indicator: r.key,
        label: r.label,
        local,
        reference,
        localUnit: unitOf(r.local),
        referenceUnit: unitOf(referenceSlug),
        comparable: r.comparable ?? true,
        ...(r.labels_only ? { labelsOnly: true } : {}),
        ...(note ? { note } : {}),
        names: q.names,
      };
    });
  },
  keyOf: (row) => row.indicator,
  // The edition's values are cited; the reference report's are linked where the copy names them ({ind:…}).
  figureIds: (rows) => figureIdsOf(rows.map((r) => r.local)),
  draw: (rows, options) => comparisonChart(rows, { ...options, localName: rows[0]!.names.local, referenceName: rows[0]!.names.reference }),
});
