/**
 * seeds/manifest.csv → typed rows, through the loaders' own table reader and schema (src/data), so
 * the manifest has one parser and one type. Every problem is reported at once (file:line:column).
 */
import { formatDataError } from "../data/errors.ts";
import { TABLES, type ManifestRow } from "../data/schema.ts";
import { readTableText, type Located } from "../data/table.ts";
import { checkUnique } from "../data/validate.ts";

export class InputError extends Error {
  override name = "InputError";
}

/** The manifest's rows, or an InputError listing every problem (bad cells, repeated ids). */
export function parseManifest(csv: string, file = "seeds/manifest.csv"): Located<ManifestRow>[] {
  const table = readTableText(csv, file, TABLES.manifest);
  const errors = [...table.errors, ...checkUnique(table, (m) => m.id, "id", "report id")];
  if (errors.length > 0) throw new InputError(errors.map(formatDataError).join("\n"));
  return table.rows;
}
