/**
 * A chart's table as a CSV download for spreadsheets (src/lib/csv.ts, SPREADSHEET: UTF-8 with a BOM
 * so Excel reads Chinese, CRLF, RFC 4180 quoting, formula starts neutralised with a leading `'`).
 */
import type { DataTable } from "../charts/types";
import { SPREADSHEET, toCsv } from "../lib/csv";
import { uiStrings, uiText } from "../lang/ui";

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
  return toCsv(header, rows, SPREADSHEET);
}
