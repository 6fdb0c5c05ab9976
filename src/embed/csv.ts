/**
 * A chart's table as a CSV download for spreadsheets (src/lib/csv.ts, SPREADSHEET: UTF-8 with a BOM
 * so Excel reads Chinese, CRLF, RFC 4180 quoting, formula starts neutralised with a leading `'`).
 */
import type { DataTable } from "../charts/types";
import { SPREADSHEET, toCsv } from "../lib/csv";

/** Where one row of a chart's table comes from. */
export interface RowSource {
  sectionIds: string[];
  urls: string[];
  quotes: string[];
}

export const SOURCE_HEADERS = ["来源段落", "来源链接", "原文句子"] as const;

/** The chart's table as a CSV: its own columns (Chinese labels) in order, then the source columns. */
export function tableCsv(table: DataTable, sources: readonly RowSource[]): string {
  if (sources.length !== table.rows.length) throw new Error(`tableCsv: ${sources.length} row sources for ${table.rows.length} rows`);
  const header = [...table.columns.map((c) => c.label), ...SOURCE_HEADERS];
  const rows = table.rows.map((row, i) => {
    const s = sources[i]!;
    return [...table.columns.map((c) => row[c.key]), s.sectionIds.join(" "), s.urls.join(" "), s.quotes.join("\n")];
  });
  return toCsv(header, rows, SPREADSHEET);
}
