/**
 * data/glossary.csv for pages: the terms an English reader of the report needs, each with its
 * Chinese. Read with PapaParse, checked with zod; any problem stops the build naming
 * file:line:column (src/lib/glossary.test.ts holds the content checks: terms in the seed, qualifiers).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { z } from "zod";
import { dataError, DataValidationError, type DataError } from "../data/errors";

export const GLOSSARY_COLUMNS = ["term_zh", "term_en", "explanation_en", "in_report", "note"] as const;

const entry = z
  .object({
    term_zh: z.string().trim().min(1, "a Chinese term").regex(/\p{Script=Han}/u, "a Chinese term"),
    term_en: z.string().trim().min(1, "the English term").refine((s) => !/\p{Script=Han}/u.test(s), "English, with no Chinese"),
    explanation_en: z.string().trim().min(20, "an explanation of at least a sentence"),
    in_report: z.enum(["yes", "no"]),
    note: z.string(),
  })
  .strict();

export type GlossaryEntry = z.infer<typeof entry>;

/** Parses glossary CSV text; never throws for bad rows. */
export function parseGlossary(text: string, file: string): { entries: GlossaryEntry[]; errors: DataError[] } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/\n$/, ""), { header: true, skipEmptyLines: false });
  const errors: DataError[] = parsed.errors.map((e) => dataError(file, (e.row ?? 0) + 2, null, "row", null, e.message));
  if (JSON.stringify(parsed.meta.fields) !== JSON.stringify(GLOSSARY_COLUMNS)) {
    errors.push(dataError(file, 1, null, "header", (parsed.meta.fields ?? []).join(","), `the columns ${GLOSSARY_COLUMNS.join(",")}`));
    return { entries: [], errors };
  }
  const entries: GlossaryEntry[] = [];
  const seen = new Map<string, number>();
  parsed.data.forEach((row, i) => {
    const line = i + 2;
    const r = entry.safeParse(row);
    if (!r.success) {
      for (const issue of r.error.issues) {
        const key = String(issue.path[0] ?? "");
        const column = (GLOSSARY_COLUMNS as readonly string[]).indexOf(key) + 1 || null;
        errors.push(dataError(file, line, column, key, row[key] ?? null, issue.message));
      }
      return;
    }
    const prior = seen.get(r.data.term_zh);
    if (prior) errors.push(dataError(file, line, 1, "term_zh", r.data.term_zh, `a term not already on line ${prior}`));
    seen.set(r.data.term_zh, line);
    entries.push(r.data);
  });
  return { entries, errors };
}

let cached: GlossaryEntry[] | undefined;

/** data/glossary.csv (under DATA_DIR when set), in file order; throws listing every problem. */
export function loadGlossary(): GlossaryEntry[] {
  if (cached) return cached;
  const abs = path.resolve(process.env.DATA_DIR ?? "data", "glossary.csv");
  const rel = path.relative(process.cwd(), abs).split(path.sep).join("/");
  const { entries, errors } = parseGlossary(readFileSync(abs, "utf8"), rel.startsWith("..") ? abs : rel);
  if (errors.length > 0) throw new DataValidationError(errors);
  return (cached = entries);
}
