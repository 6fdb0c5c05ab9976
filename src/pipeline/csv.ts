/** RFC 4180 CSV writer: header row, `\n` line endings, quotes only when needed, fixed column order. */

export type Cell = string | number | null | undefined;

function formatCell(v: Cell): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new Error(`CSV cell is not a finite number: ${v}`);
    if (!Number.isInteger(v)) throw new Error(`CSV numbers must be integers or decimal strings, got ${v}`);
    return String(v);
  }
  return v;
}

function quote(s: string): string {
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv<T extends object>(columns: readonly (keyof T & string)[], rows: readonly T[]): string {
  const lines = [columns.join(",")];
  for (const row of rows) {
    lines.push(columns.map((c) => quote(formatCell(row[c] as Cell))).join(","));
  }
  return lines.join("\n") + "\n";
}
