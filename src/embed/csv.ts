/**
 * CSV files for spreadsheets: UTF-8 with a BOM (so Excel reads Chinese), CRLF line ends and
 * RFC 4180 quoting. Cells that a spreadsheet would run as a formula are neutralised with a leading `'`.
 */
import type { DataTable } from "../charts/types";
import { uiStrings, uiText } from "../lang/ui";

export type CsvCell = string | number | null | undefined;

export const BOM = "\uFEFF";

/** Characters that make Excel, LibreOffice or Sheets treat a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text of one cell: blank for null, plain decimal for numbers, `'`-prefixed if it could start a formula. */
export function cellText(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`CSV cell: expected a finite number, got ${value}`);
    return String(value); // a negative number is data, not a formula; it stays numeric
  }
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: BOM, header, rows, every record ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  for (const [i, row] of rows.entries()) {
    if (row.length !== header.length) throw new Error(`toCsv: row ${i + 1} has ${row.length} cells, expected ${header.length} (${header.join(", ")})`);
  }
  const line = (cells: readonly CsvCell[]) => cells.map((c) => quoteField(cellText(c))).join(",") + "\r\n";
  return BOM + line(header) + rows.map(line).join("");
}

/** Where one row of a chart's table comes from. */
export interface RowSource {
  sectionIds: string[];
  urls: string[];
  quotes: string[];
}

/** The three source columns' headers in `lang` (src/content/ui/<lang>.yaml, `embed.source_headers`). */
export function sourceHeaders(lang = "zh-CN"): [string, string, string] {
  const ui = uiStrings(lang);
  return [uiText(ui, "embed.source_headers.paragraph"), uiText(ui, "embed.source_headers.link"), uiText(ui, "embed.source_headers.sentence")];
}

/** The Chinese source headers (the first edition's language). */
export const SOURCE_HEADERS = sourceHeaders("zh-CN");

/** The chart's table as a CSV: its own columns (labels in the chart's language) in order, then the source columns. */
export function tableCsv(table: DataTable, sources: readonly RowSource[], lang = "zh-CN"): string {
  if (sources.length !== table.rows.length) throw new Error(`tableCsv: ${sources.length} row sources for ${table.rows.length} rows`);
  const header = [...table.columns.map((c) => c.label), ...sourceHeaders(lang)];
  const rows = table.rows.map((row, i) => {
    const s = sources[i]!;
    return [...table.columns.map((c) => row[c.key]), s.sectionIds.join(" "), s.urls.join(" "), s.quotes.join("\n")];
  });
  return toCsv(header, rows);
}
