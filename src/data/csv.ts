/**
 * CSV reading with positions: PapaParse in step mode, each row mapped to the 1-based line
 * it starts on (correct with CRLF, blank lines and quoted newlines), plus structural checks
 * (header names, field count per row, unterminated quotes).
 */
import Papa from "papaparse";
import { dataError, type DataError } from "./errors";

export interface CsvRow {
  /** 1-based line on which the row starts. */
  line: number;
  /** Cells by header name. */
  cells: Record<string, string>;
}

export interface CsvTable {
  file: string;
  /** Header names in file order; `columnOf(name)` gives the 1-based column. */
  header: string[];
  rows: CsvRow[];
}

export interface CsvResult {
  table: CsvTable;
  /** False when the file is empty or its header is wrong (then `table.rows` is empty). */
  headerOk: boolean;
  errors: DataError[];
}

/** 1-based column of `name` in the table's header (0 if absent). */
export function columnOf(table: CsvTable, name: string): number {
  return table.header.indexOf(name) + 1;
}

/** Offsets where each line starts, for offset → line lookups. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

// A line holding nothing but spaces or a stray CR (mixed line endings) is a blank line, not a row.
const isBlankRow = (data: string[]) => data.length === 1 && data[0]!.trim() === "";

/**
 * Parses `text` (already decoded, BOM removed) whose header must hold exactly `columns`
 * (any order). Rows are returned even when some have problems; the problems are listed.
 * If the header is wrong, no rows are returned (cells could not be named reliably).
 */
export function parseCsv(text: string, file: string, columns: readonly string[]): CsvResult {
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  // CRLF and LF files (and files mixing them) read identically, quoted newlines included.
  text = text.replace(/\r\n/g, "\n");
  const starts = lineStarts(text);
  const errors: DataError[] = [];
  const raw: { line: number; data: string[] }[] = [];
  let prevCursor = 0;
  Papa.parse<string[]>(text, {
    delimiter: ",",
    quoteChar: '"',
    skipEmptyLines: false,
    step: (result) => {
      const data = result.data;
      // PapaParse's cursor sometimes stops before a row's newline and sometimes after it;
      // a non-blank row never starts with CR/LF, so skip those to reach the row's first character.
      let start = prevCursor;
      while (start < text.length && (text[start] === "\r" || text[start] === "\n")) start++;
      prevCursor = result.meta.cursor;
      const line = lineAt(starts, start);
      let broken = false;
      for (const err of result.errors) {
        if (err.code === "MissingQuotes") {
          broken = true;
          // PapaParse's index points just past the opening quote; the fields before it give the column.
          const quoteAt = err.index !== undefined && text[err.index - 1] === '"' ? err.index - 1 : text.indexOf('"', start);
          const before = Papa.parse<string[]>(`${text.slice(start, quoteAt)}x`, { delimiter: "," }).data[0];
          const column = quoteAt < 0 ? null : (before?.length ?? 1);
          errors.push(dataError(file, line, column, "unterminated quote", text.slice(quoteAt, quoteAt + 20),
            'a closing " before the end of the file'));
        } else if (err.code !== "UndetectableDelimiter") {
          errors.push(dataError(file, line, null, err.message, null, "well-formed CSV"));
        }
      }
      // A row with an unterminated quote has swallowed the rest of the file: report only the quote.
      if (!broken && !isBlankRow(data)) raw.push({ line, data });
    },
  });
  const table: CsvTable = { file, header: [], rows: [] };
  const first = raw.shift();
  if (!first) {
    errors.push(dataError(file, null, null, "file is empty", null, "a header row and data rows"));
    return { table, headerOk: false, errors };
  }
  table.header = first.data;
  const headerErrors = checkHeader(first.data, columns, file, first.line);
  if (headerErrors.length > 0) return { table, headerOk: false, errors: [...errors, ...headerErrors] };
  for (const { line, data } of raw) {
    if (data.length > columns.length) {
      errors.push(dataError(file, line, columns.length + 1, `row has ${data.length} fields; extra field`,
        data.slice(columns.length).join(","), `${columns.length} fields (${first.data.join(",")})`));
      continue;
    }
    if (data.length < columns.length) {
      errors.push(dataError(file, line, data.length + 1, `row has ${data.length} fields; no field for "${first.data[data.length]}"`,
        null, `${columns.length} fields (${first.data.join(",")})`));
      continue;
    }
    const cells: Record<string, string> = {};
    first.data.forEach((name, i) => (cells[name] = data[i]!));
    table.rows.push({ line, cells });
  }
  return { table, headerOk: true, errors };
}

function checkHeader(header: string[], columns: readonly string[], file: string, line: number): DataError[] {
  const errors: DataError[] = [];
  const seen = new Set<string>();
  header.forEach((name, i) => {
    if (!columns.includes(name)) {
      errors.push(dataError(file, line, i + 1, "unknown column", name, `one of: ${columns.join(", ")}`));
    } else if (seen.has(name)) {
      errors.push(dataError(file, line, i + 1, "duplicate column", name, "each column once"));
    }
    seen.add(name);
  });
  for (const name of columns) {
    if (!seen.has(name)) {
      errors.push(dataError(file, line, null, "missing column", name, `a header with: ${columns.join(", ")}`));
    }
  }
  return errors;
}
