/**
 * The one CSV writer, for the pipeline's data files and the site's downloads: RFC 4180 through
 * PapaParse's `unparse` (quotes doubled; a field quoted when it holds a comma, quote, CR, LF or a
 * byte-order mark, or starts or ends with whitespace, which spreadsheets would trim). Options choose
 * the record end, a byte-order mark, spreadsheet-formula neutralising, and integer-only numbers.
 */
import Papa from "papaparse";

export type CsvCell = string | number | null | undefined;

export const BOM = "\uFEFF";

export interface CsvOptions {
  /** Record end: "\n" for the data files in git, "\r\n" for downloads (RFC 4180, Excel). Every record ends with it. */
  newline: "\n" | "\r\n";
  /** Start with a byte-order mark, so Excel reads the UTF-8 (Chinese) text. */
  bom?: boolean;
  /** Prefix `'` to a text cell a spreadsheet would run as a formula (=, +, -, @, tab, CR: OWASP CSV injection). */
  neutraliseFormulae?: boolean;
  /** Refuse numbers that are not integers: exact decimals are written as strings (the pipeline's values). */
  integersOnly?: boolean;
}

/** Characters that make Excel, LibreOffice or Sheets treat a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
const EDGE_SPACE = /^\s|\s$/;

/** Text of one cell: blank for null, plain decimal for numbers, `'`-prefixed when neutralising and it could start a formula. */
export function cellText(value: CsvCell, options: Pick<CsvOptions, "neutraliseFormulae" | "integersOnly"> = {}): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`CSV cell: expected a finite number, got ${value}`);
    if (options.integersOnly && !Number.isInteger(value)) throw new Error(`CSV cell: numbers must be integers or decimal strings, got ${value}`);
    return String(value); // a negative number is data, not a formula; it stays numeric
  }
  return options.neutraliseFormulae && FORMULA_START.test(value) ? `'${value}` : value;
}

/** A whole CSV file: header, then one record per row, each ending in `newline`; throws naming a row of the wrong length. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], options: CsvOptions): string {
  for (const [i, row] of rows.entries()) {
    if (row.length !== header.length) throw new Error(`toCsv: row ${i + 1} has ${row.length} cells, expected ${header.length} (${header.join(", ")})`);
  }
  const data = rows.map((row) => row.map((cell) => cellText(cell, options)));
  const config = { newline: options.newline, quotes: (text: unknown) => typeof text === "string" && EDGE_SPACE.test(text) };
  // With no rows, unparse({ fields }) ends the header with a record end of its own: write the header as the one row.
  const body = data.length === 0 ? Papa.unparse([[...header]], config) : Papa.unparse({ fields: [...header], data }, config);
  return (options.bom ? BOM : "") + body + options.newline;
}

/** Objects as CSV, one column per key in `columns` order. */
export function recordsToCsv<T extends object>(columns: readonly (keyof T & string)[], records: readonly T[], options: CsvOptions): string {
  return toCsv(columns, records.map((r) => columns.map((c) => r[c] as CsvCell)), options);
}

/** Data files kept in git (data/<report>/*.csv): LF record ends, no BOM, exact decimals as strings. */
export const DATA_FILE: CsvOptions = { newline: "\n", integersOnly: true };

/** Files for spreadsheets (chart downloads): BOM, CRLF, formula starts neutralised. */
export const SPREADSHEET: CsvOptions = { newline: "\r\n", bom: true, neutraliseFormulae: true };
