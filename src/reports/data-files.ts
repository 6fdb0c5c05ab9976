/**
 * Every file a reader can download from /data/: the manifest and the report texts that are
 * present (seeds/ or an extra report folder), the generated per-report tables and the curated
 * tables from data/. Columns come from each CSV's own header, meanings and provenance from
 * data/README.md (see data-docs.ts). CSVs are served through `servedCsv`, which neutralises
 * cells a spreadsheet would run as a formula.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import type { DataDirs } from "../data/load";
import { docKey, parseDataDocs } from "./data-docs";

export const CURATED_TABLES = ["areas.csv", "indicators.csv", "indicator-values.csv", "projects.csv", "glossary.csv"] as const;
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
  /** CSV header names (empty for report texts). */
  columns: { name: string; meaning: string }[];
  /** Distinct values of a `unit` column, when the table has one. */
  units: string[];
  rows: number;
  madeBy: string;
  /** Paragraphs describing the file, from data/README.md (or seeds/README.md for the manifest). */
  intro: string[];
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

/** The paragraph of seeds/README.md that defines manifest.csv's columns. */
function manifestDoc(dirs: DataDirs): string[] {
  const file = path.join(dirs.seedsDir, "README.md");
  const own = existsSync(file) ? file : path.resolve("seeds", "README.md");
  if (!existsSync(own)) return [];
  return readFileSync(own, "utf8").split("\n").filter((l) => l.includes("`manifest.csv`")).map((l) => l.replace(/`/g, "").trim());
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
  const ids = reports.map((r) => r.id);
  const out: DataFile[] = [];
  const add = (kind: DataFile["kind"], root: "data" | "seeds", rel: string, reportId: string | null, at?: string) => {
    const abs = at ?? path.join(root === "data" ? dirs.dataDir : dirs.seedsDir, rel);
    const text = readFileSync(abs, "utf8");
    const isCsv = rel.endsWith(".csv");
    const facts = isCsv ? csvFacts(text) : { header: [], rows: text.split("\n").filter((l) => l.trim()).length, units: [] };
    const doc = docs.get(docKey(rel, ids));
    out.push({
      urlPath: `data/files/${root === "seeds" ? "seeds/" : ""}${rel}`,
      repoPath: at && !at.startsWith(dirs.seedsDir + path.sep) ? rel : `${root}/${rel}`,
      abs,
      kind,
      encodingFormat: isCsv ? "text/csv" : "text/plain",
      reportId,
      columns: facts.header.map((name) => ({ name, meaning: doc?.columns.get(name) ?? "" })),
      units: facts.units,
      rows: facts.rows,
      madeBy: kind === "report-text" ? "报告原文，逐字节收录" : kind === "manifest" ? "人工维护（见 seeds/README.md）" : doc?.madeBy ?? (kind === "curated" ? "curated" : "npm run extract"),
      intro: kind === "manifest" ? manifestDoc(dirs) : doc?.intro ?? [],
      bytes: Buffer.byteLength(text, "utf8"),
    });
  };
  add("manifest", "seeds", "manifest.csv", null);
  for (const r of reports) {
    // A text outside the repository (../shared/reports) is served only when it is present.
    if (r.seedPath) add("report-text", "seeds", r.file, r.id, r.seedPath);
    for (const t of REPORT_TABLES) add("generated", "data", `${r.id}/${t}`, r.id);
  }
  for (const t of CURATED_TABLES) add("curated", "data", t, null);
  return out;
}
