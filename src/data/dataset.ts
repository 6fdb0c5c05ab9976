/**
 * Reads a whole dataset through an injected file reader, so the same code serves the real
 * `data/` + `seeds/` folders, fixtures and in-memory tests. Returns typed tables and every problem.
 */
import { dataError, type DataError } from "./errors";
import { TABLES, type TableSpec } from "./schema";
import { readTableBytes, type TableResult } from "./table";
import { decodeCsvBytes } from "./utf8";
import { validateDataset, type ParsedDataset, type ReportTables } from "./validate";

/** Where a logical file lives: `data` (tables) or `seeds` (manifest.csv and report texts). */
export type Root = "data" | "seeds";

/** Returns the file's bytes and the path to show in messages, or null if it does not exist. */
export type FileReader = (root: Root, path: string) => { file: string; bytes: Uint8Array } | null;

function table<T>(read: FileReader, root: Root, path: string, spec: TableSpec<T>, errors: DataError[]): TableResult<T> {
  const found = read(root, path);
  if (!found) {
    errors.push(dataError(`${root}/${path}`, null, null, "file not found", null, `a ${spec.name} table (see data/README.md)`));
    return { file: `${root}/${path}`, header: [], readable: false, rows: [], rejected: [], errors: [] };
  }
  const result = readTableBytes(found.bytes, found.file, spec);
  errors.push(...result.errors);
  return result;
}

function seed(read: FileReader, path: string, errors: DataError[]): ReportTables["seed"] {
  const found = read("seeds", path);
  if (!found) {
    errors.push(dataError(`seeds/${path}`, null, null, "seed file not found", null, "the report text named in seeds/manifest.csv"));
    return null;
  }
  // An empty text is a seed problem, not a table one ("a header row" would mislead).
  if (found.bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d)) {
    errors.push(dataError(found.file, null, null, "report text is empty", null, "the report's text: UTF-8, one paragraph per line"));
    return null;
  }
  // Seeds are plain UTF-8 text; the same byte checks as for tables apply.
  const decoded = decodeCsvBytes(found.bytes, found.file);
  if ("errors" in decoded) {
    errors.push(...decoded.errors);
    return null;
  }
  return { file: found.file, text: decoded.text };
}

/** Parses and cross-checks everything; `errors` is empty exactly when the dataset is valid. */
export function readDataset(read: FileReader): { dataset: ParsedDataset; errors: DataError[] } {
  const errors: DataError[] = [];
  const manifest = table(read, "seeds", "manifest.csv", TABLES.manifest, errors);
  const reports = new Map<string, ReportTables>();
  for (const m of manifest.rows) {
    if (reports.has(m.id)) continue; // the duplicate is reported by validateDataset
    reports.set(m.id, {
      sections: table(read, "data", `${m.id}/sections.csv`, TABLES.sections, errors),
      figures: table(read, "data", `${m.id}/figures.csv`, TABLES.figures, errors),
      seed: seed(read, m.file, errors),
    });
  }
  const dataset: ParsedDataset = {
    manifest,
    reports,
    areas: table(read, "data", "areas.csv", TABLES.areas, errors),
    indicators: table(read, "data", "indicators.csv", TABLES.indicators, errors),
    indicatorValues: table(read, "data", "indicator-values.csv", TABLES.indicatorValues, errors),
    projects: table(read, "data", "projects.csv", TABLES.projects, errors),
  };
  errors.push(...validateDataset(dataset));
  return { dataset, errors };
}
