/**
 * data/context.csv: outside facts a story sets the report's figures against (a national standard's
 * limit, say), each with its value, unit, qualifier, the source named precisely and its exact
 * wording. The report's own figures never go here: they are in figures.csv and indicator-values.csv
 * (the national report's too). The table is optional: a data folder without it has no context rows.
 */
import { z } from "zod";
import { id, int, num, optId, optText, text } from "./cells";
import { dataError, type DataError } from "./errors";
import type { Indicator, TableSpec } from "./schema";
import { checkUnique, noteFigureProblem } from "./validate";
import { col, knownValues, type TableResult } from "./table";

export const CONTEXT_FILE = "context.csv";

const url = () =>
  z.string().transform((s, ctx) => {
    if (s !== "" && !/^https?:\/\/[^\s/]+\.[^\s]+$/.test(s)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: "blank or a web address starting https:// or http://" });
    return s;
  });

export const contextSchema = z.object({
  id: id(),
  /** What the value is, in Chinese: PM2.5年平均浓度限值. */
  label_zh: text(),
  value: num(),
  unit: text(),
  /** The conditions the value holds under, as the source writes them (年平均；二级). */
  qualifier: optText(),
  /** The source line shown beside the value on a page, naming the source: 国家标准（GB 3095-2012）二级限值. */
  shown_as: text(),
  source_title: text(),
  /** The document's number (GB 3095-2012); blank when it has none. */
  source_number: optText(),
  source_issuer: text(),
  source_year: int(1900),
  source_url: url(),
  /** The source's exact wording that states the value. */
  quote: text(),
  /** An indicators.csv slug the value is measured like (same unit), for a comparison; blank for none. */
  indicator: optId(),
  note: optText(),
});

export type ContextFact = z.infer<typeof contextSchema>;

export const CONTEXT_TABLE: TableSpec<ContextFact> = {
  name: CONTEXT_FILE,
  columns: Object.keys(contextSchema.shape),
  schema: contextSchema,
};

/** `value` as a whole number in `text`: 35 in "年平均 15 35" but not in "135" or "3.5". */
export function statesNumber(textToSearch: string, value: number): boolean {
  const digits = String(value).replace(".", "\\.");
  return new RegExp(`(?<![\\d.])${digits}(?![\\d]|\\.\\d)`).test(textToSearch);
}

/** Cross checks: unique ids, the quote states the value, the source line names the document, the indicator exists and shares the unit. */
export function checkContext(table: TableResult<ContextFact>, indicators: TableResult<Indicator>): DataError[] {
  const errors: DataError[] = [...checkUnique(table, (r) => r.id, "id", "context id")];
  const slugs = knownValues(indicators, "slug");
  const bySlug = new Map(indicators.rows.map((i) => [i.slug, i]));
  for (const r of table.rows) {
    const at = (column: string, what: string, value: string, expected: string) =>
      errors.push(dataError(table.file, r.line, col(table, column), what, value, expected));
    errors.push(...noteFigureProblem(table, r.line, r.note));
    if (!statesNumber(r.quote, r.value)) at("quote", "quote", r.quote, `the source's wording stating the value ${r.value} as a whole number`);
    if (r.source_number !== "" && !r.shown_as.includes(r.source_number)) {
      at("shown_as", "shown_as", r.shown_as, `a source line that names the document by its number ${JSON.stringify(r.source_number)}`);
    }
    if (r.indicator === "") continue;
    if (slugs !== null && !slugs.has(r.indicator)) at("indicator", "unknown indicator", r.indicator, `blank or a slug from ${indicators.file}`);
    const indicator = bySlug.get(r.indicator);
    if (indicator && indicator.unit !== r.unit) {
      at("unit", "unit", r.unit, `${JSON.stringify(indicator.unit)}, the unit of indicator ${indicator.slug} it is compared with`);
    }
  }
  return errors;
}
