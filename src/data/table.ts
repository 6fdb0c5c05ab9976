/**
 * Bytes → typed rows for one table: decode, parse, then validate each row with its schema.
 * Every problem is returned with file, line, column and the bad value.
 */
import { columnOf, parseCsv } from "./csv";
import { dataError, type DataError } from "./errors";
import type { TableSpec } from "./schema";
import { decodeCsvBytes } from "./utf8";

/** A typed row plus the line it came from, for cross-table error messages. */
export type Located<T> = T & { line: number };

export interface TableResult<T> {
  file: string;
  /** Header as read (empty when unreadable); see `col()`. */
  header: string[];
  /** False when the file could not be read as this table at all (missing, not UTF-8, bad header). */
  readable: boolean;
  rows: Located<T>[];
  /** Raw cells of rows left out of `rows` because of a problem: their ids still count as known. */
  rejected: Record<string, string>[];
  /** Every row's cells as written, by line, so messages can quote a cell exactly as the file has it. */
  cells: Map<number, Record<string, string>>;
  errors: DataError[];
}

/**
 * Values of `column` across a table, including rejected rows, so that one bad row is reported
 * once and not again by every reference to it. Null when the table could not be read at all.
 */
export function knownValues<T>(table: TableResult<T>, column: keyof T & string): Set<string> | null {
  if (!table.readable) return null;
  const values = new Set(table.rows.map((r) => String(r[column])));
  for (const raw of table.rejected) values.add(raw[column] ?? "");
  return values;
}

/** 1-based column of `name` in a table result, or null if the header lacks it. */
export function col(table: { header: string[] }, name: string): number | null {
  const i = table.header.indexOf(name);
  return i < 0 ? null : i + 1;
}

/** Parses `text` as the table `spec`; rows with any problem are left out of `rows`. */
export function readTableText<T>(text: string, file: string, spec: TableSpec<T>): TableResult<T> {
  const { table, headerOk, errors } = parseCsv(text, file, spec.columns);
  const rows: Located<T>[] = [];
  const rejected: Record<string, string>[] = [];
  const cells = new Map<number, Record<string, string>>();
  for (const row of table.rows) {
    cells.set(row.line, row.cells);
    const parsed = spec.schema.safeParse(row.cells);
    if (parsed.success) {
      rows.push({ ...parsed.data, line: row.line });
      continue;
    }
    rejected.push(row.cells);
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? "");
      const value = row.cells[name] ?? null;
      errors.push(dataError(file, row.line, columnOf(table, name) || null, name || "row", value, issue.message));
    }
  }
  return { file, header: table.header, readable: headerOk, rows, rejected, cells, errors };
}

/** Decodes `bytes` (UTF-8, optional BOM) and parses them as the table `spec`. */
export function readTableBytes<T>(bytes: Uint8Array, file: string, spec: TableSpec<T>): TableResult<T> {
  const decoded = decodeCsvBytes(bytes, file);
  if ("errors" in decoded) return { ...unreadable(file), errors: decoded.errors };
  return readTableText(decoded.text, file, spec);
}

/** An empty result for a table that could not be read at all. */
export function unreadable<T>(file: string): TableResult<T> {
  return { file, header: [], readable: false, rows: [], rejected: [], cells: new Map(), errors: [] };
}

/** The cell of `column` on `line` exactly as written in the file (null if there is none). */
export function written(table: TableResult<unknown>, line: number, column: string): string | null {
  return table.cells.get(line)?.[column] ?? null;
}
