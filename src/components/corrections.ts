/**
 * The corrections log (`src/content/corrections.yaml`), validated with zod; a bad entry stops the
 * build with file:line:column like every other content file.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { dataError, DataValidationError } from "../data/errors";
import { contentDir } from "../edition";
import { fileLabel } from "../edition/yaml-folder";
import { parseYamlWith } from "../lib/yaml-file";

const correctionSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date written YYYY-MM-DD"),
  path: z.string().regex(/^([a-z0-9-]+\/)*$/, `a page path relative to the site base, e.g. "areas/industry/" ("" for the home page)`),
  page: z.string().min(1, "the page's title"),
  text: z.string().min(1, "what was wrong and what the page says now"),
}).strict();

const fileSchema = z.object({ corrections: z.array(correctionSchema) }).strict();

export type Correction = z.infer<typeof correctionSchema>;

/** Every correction in `<content dir>/corrections.yaml`, newest first; throws listing every problem. */
export function readCorrections(dir: string = contentDir()): Correction[] {
  const abs = path.join(dir, "corrections.yaml");
  const parsed = parseYamlWith(readFileSync(abs, "utf8"), fileSchema);
  if (!parsed.ok) throw new DataValidationError(parsed.issues.map((i) => dataError(fileLabel(abs), i.line, i.column, i.field, i.value, i.expected)));
  return [...parsed.data.corrections].sort((a, b) => b.date.localeCompare(a.date));
}
