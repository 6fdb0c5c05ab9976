/**
 * The Chinese descriptions /data/ shows first: for each table (keyed like data/README.md's file
 * headings), who makes it, what it holds and what each column means. Content lives in
 * src/content/data-columns.yaml; this module only reads and checks it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { DataValidationError, dataError } from "../data/errors";
import { parseYamlWith } from "../lib/yaml-file";
import { fileLabel } from "../edition/yaml-folder";

const text = z.string().trim().min(1, "a non-empty Chinese description");
const tableSchema = z.object({ made_by: text, about: text, columns: z.record(z.string(), text) }).strict();
const schema = z.record(z.string(), tableSchema);

export type TableDocZh = z.infer<typeof tableSchema>;

export const DATA_COLUMNS_ZH = path.resolve("src", "content", "data-columns.yaml");

/** Table key → Chinese description; throws one error listing every problem (file:line:column). */
export function parseDataColumnsZh(yaml: string, file = "data-columns.yaml"): Map<string, TableDocZh> {
  const parsed = parseYamlWith(yaml, schema);
  if (!parsed.ok) throw new DataValidationError(parsed.issues.map((i) => dataError(file, i.line, i.column, i.field, i.value, i.expected)));
  return new Map(Object.entries(parsed.data));
}

export function loadDataColumnsZh(file = DATA_COLUMNS_ZH): Map<string, TableDocZh> {
  return parseDataColumnsZh(readFileSync(file, "utf8"), fileLabel(file));
}
