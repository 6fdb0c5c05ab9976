/**
 * Every file a reader can download from /data/: the manifest and the report texts that are
 * present (seeds/ or an extra report folder), the generated per-report tables and the curated
 * tables from data/. Columns come from each CSV's own header; provenance, description and column
 * meanings in Chinese from src/content/data-columns.yaml (data-columns-zh.ts), the English column
 * meanings from data/README.md (data-docs.ts). CSVs are served through `servedCsv`, which neutralises
 * cells a spreadsheet would run as a formula.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import type { DataDirs } from "../data/load";
import { loadDataColumnsZh } from "./data-columns-zh";
import { docKey, parseDataDocs } from "./data-docs";

export const CURATED_TABLES = ["areas.csv", "indicators.csv", "indicator-values.csv", "projects.csv", "glossary.csv", "context.csv", "topics.csv", "topic-sentences.csv"] as const;
/** Curated tables a data folder may leave out (listed only when present). */
const OPTIONAL_TABLES: ReadonlySet<string> = new Set(["context.csv", "topics.csv", "topic-sentences.csv"]);
export const REPORT_TABLES = ["sections.csv", "figures.csv", "extraction.csv"] as const;

export interface DataFile {
  /** URL path under the site base, e.g. "data/files/yangquan-2024/figures.csv". */
  urlPath: string;
  /** Where it lives in the repository, e.g. "data/yangquan-2024/figures.csv". */
  repoPath: string;
  abs: string;
  kind: "report-text" | "manifest" | "generated" | "curated";
  encodingFormat: "text/csv" | "text/plain";
  reportId: string | null;
  /** CSV header names (empty for report texts): Chinese meaning first, the README's English one as a second reading. */
  columns: { name: string; meaningZh: string; meaningEn: string }[];
  /** Distinct values of a `unit` column, when the table has one. */
  units: string[];
  rows: number;
  /** Reader-facing, in Chinese: who or what makes the file (no commands or paths). */
  madeBy: string;
  /** What the file holds, in Chinese (empty for report texts). */
  about: string;
  bytes: number;
}

function csvFacts(text: string): { header: string[]; rows: number; units: string[] } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
  const header = parsed.meta.fields ?? [];
  const units = header.includes("unit") ? [...new Set(parsed.data.map((r) => r.unit ?? "").filter(Boolean))] : [];
  return { header, rows: parsed.data.length, units };
}

/** The README of the data folder, falling back to the repository's when a fixture folder has none. */
function readDocs(dirs: DataDirs) {
  const own = path.join(dirs.dataDir, "README.md");
  const file = existsSync(own) ? own : path.resolve("data", "README.md");
  return parseDataDocs(existsSync(file) ? readFileSync(file, "utf8") : "");
}

/** Starts a formula in Excel, LibreOffice or Sheets (OWASP CSV injection), unless the cell is a plain number. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/** A cell as served: a leading `'` makes a spreadsheet show a would-be formula as text. */
export function neutraliseCell(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/**
 * A CSV file as the site serves it: byte for byte when no cell could start a formula (the usual
 * case), else re-written with those cells prefixed by `'` (RFC 4180 quoting, same header).
 */
export function servedCsv(text: string): string {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true });
  const rows = parsed.data;
  if (!rows.some((r, i) => i > 0 && r.some((c) => neutraliseCell(c) !== c))) return text;
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  const out = rows.map((r, i) => (i === 0 ? r : r.map(neutraliseCell)));
  return bom + Papa.unparse(out, { newline: "\n", quotes: false }) + "\n";
}

export function listDataFiles(dirs: DataDirs, reports: readonly { id: string; file: string; seedPath: string | null }[]): DataFile[] {
  const docs = readDocs(dirs);
  const zh = loadDataColumnsZh();
  const ids = reports.map((r) => r.id);
  const out: DataFile[] = [];
  const add = (kind: DataFile["kind"], root: "data" | "seeds", rel: string, reportId: string | null, at?: string) => {
    const abs = at ?? path.join(root === "data" ? dirs.dataDir : dirs.seedsDir, rel);
    const text = readFileSync(abs, "utf8");
    const isCsv = rel.endsWith(".csv");
    const facts = isCsv ? csvFacts(text) : { header: [], rows: text.split("\n").filter((l) => l.trim()).length, units: [] };
    const key = docKey(rel, ids);
    const doc = docs.get(key);
    const docZh = zh.get(key);
    out.push({
      urlPath: `data/files/${root === "seeds" ? "seeds/" : ""}${rel}`,
      repoPath: at && !at.startsWith(dirs.seedsDir + path.sep) ? rel : `${root}/${rel}`,
      abs,
      kind,
      encodingFormat: isCsv ? "text/csv" : "text/plain",
      reportId,
      columns: facts.header.map((name) => ({ name, meaningZh: docZh?.columns[name] ?? "", meaningEn: doc?.columns.get(name) ?? "" })),
      units: facts.units,
      rows: facts.rows,
      madeBy: kind === "report-text" ? "报告原文，逐字节收录" : docZh?.made_by ?? (kind === "curated" ? "编辑部人工整理" : "由程序从报告原文自动抽取"),
      about: docZh?.about ?? "",
      bytes: Buffer.byteLength(text, "utf8"),
    });
  };
  add("manifest", "seeds", "manifest.csv", null);
  for (const r of reports) {
    // A text outside the repository (../shared/reports) is served only when it is present.
    if (r.seedPath) add("report-text", "seeds", r.file, r.id, r.seedPath);
    // A text outside the repository has no tables in data/: they are extracted whenever it is read.
    for (const t of REPORT_TABLES) if (existsSync(path.join(dirs.dataDir, r.id, t))) add("generated", "data", `${r.id}/${t}`, r.id);
  }
  for (const t of CURATED_TABLES) {
    if (OPTIONAL_TABLES.has(t) && !existsSync(path.join(dirs.dataDir, t))) continue;
    add("curated", "data", t, null);
  }
  return out;
}
