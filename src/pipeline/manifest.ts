/** seeds/manifest.csv → typed rows, with every problem reported at once (file, line, column, value). */
import Papa from "papaparse";
import type { ManifestRow } from "./types.ts";

const REQUIRED = ["id", "place", "place_en", "level", "year", "review_year", "plan_year", "title", "file", "source"] as const;

export class InputError extends Error {
  override name = "InputError";
}

function year(file: string, line: number, column: string, raw: string, problems: string[], optional: boolean): number | null {
  if (raw === "" && optional) return null;
  if (!/^\d{4}$/.test(raw)) {
    problems.push(`${file}:${line}: column "${column}" is "${raw}", expected a 4-digit year${optional ? " or blank" : ""}`);
    return null;
  }
  return Number(raw);
}

export function parseManifest(csv: string, file = "seeds/manifest.csv"): ManifestRow[] {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
  const problems: string[] = parsed.errors.map((e) => `${file}:${(e.row ?? 0) + 2}: ${e.message}`);
  const fields = parsed.meta.fields ?? [];
  for (const col of REQUIRED) if (!fields.includes(col)) problems.push(`${file}:1: missing column "${col}"`);
  if (problems.length) throw new InputError(problems.join("\n"));
  const seen = new Map<string, number>();
  const rows = parsed.data.map((r, i) => {
    const line = i + 2;
    const get = (c: string): string => (r[c] ?? "").trim();
    const first = seen.get(get("id"));
    if (first !== undefined) problems.push(`${file}:${line}: id "${get("id")}" repeats line ${first}, expected each id once`);
    seen.set(get("id"), first ?? line);
    if (!/^[a-z0-9-]+$/.test(get("id"))) problems.push(`${file}:${line}: column "id" is "${get("id")}", expected lowercase letters, digits and -`);
    if (get("file") === "") problems.push(`${file}:${line}: column "file" is blank, expected a file name in seeds/`);
    return {
      id: get("id"), place: get("place"), place_en: get("place_en"), level: get("level"),
      year: year(file, line, "year", get("year"), problems, false) ?? 0,
      review_year: year(file, line, "review_year", get("review_year"), problems, true),
      plan_year: year(file, line, "plan_year", get("plan_year"), problems, true),
      title: get("title"), file: get("file"), source: get("source"),
    };
  });
  if (problems.length) throw new InputError(problems.join("\n"));
  return rows;
}
