/**
 * numeral-measures: the measures and actions a plan names instead of numbers, paragraph by paragraph,
 * names as written (Chinese numerals never converted); every name is checked to stand in its paragraph.
 */
import { numeralMeasuresChart, type NamedMeasureRow } from "../../charts/numeral-measures";
import { namedMeasures } from "../../stories/named-measures";
import { z } from "zod";
import { specKind } from "../kind";

/** One paragraph's names; the theme defaults to the paragraph's lead phrase. */
const paragraphNames = z
  .object({
    paragraph: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "a sections.csv id such as plan-9-p2"),
    theme: z.string().min(1).optional(),
    names: z.array(z.string().min(1)).min(1, "at least one name"),
    /** The names in the edition's language, one per name in order (an English edition's words); drawn beside the numerals. */
    labels: z.array(z.string().min(1)).optional(),
  })
  .strict()
  .refine((p) => p.labels === undefined || p.labels.length === p.names.length, { message: "one label per name", path: ["labels"] });

export const numeralMeasures = specKind({
  renderer: "d3",
  rows: z.array(paragraphNames).min(1, "at least one paragraph"),
  resolve: (query, ctx): NamedMeasureRow[] => {
    const rows = namedMeasures(query.map((p) => ({ sectionId: p.paragraph, names: p.names, ...(p.theme ? { theme: p.theme } : {}) })), ctx.reportId);
    const labels = query.flatMap((p) => p.names.map((_, i) => p.labels?.[i]));
    return rows.map((r, i) => (labels[i] !== undefined ? { ...r, label: labels[i] } : r));
  },
  keyOf: (row) => row.name,
  figureIds: () => [],
  sourceIds: (rows) => [...new Set(rows.flatMap((r) => (r.sectionId ? [r.sectionId] : [])))],
  draw: (rows, options) => numeralMeasuresChart(rows, options),
});
