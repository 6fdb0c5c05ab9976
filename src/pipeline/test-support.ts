/** Test-only helpers: load seeds and fixtures from the repository (never from ../shared). */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { extractReport, type Extraction } from "./extract.ts";
import { parseManifest } from "./manifest.ts";
import { guessMeta } from "./run.ts";
import type { FigureRow, ManifestRow } from "./types.ts";

export const repoPath = (p: string): string => fileURLToPath(new URL(`../../${p}`, import.meta.url));
export const readRepo = (p: string): string => readFileSync(repoPath(p), "utf8");

export const manifest = (): ManifestRow[] => parseManifest(readRepo("seeds/manifest.csv"));

export function seedMeta(id: string): ManifestRow {
  const row = manifest().find((r) => r.id === id);
  if (!row) throw new Error(`no manifest row ${id}`);
  return row;
}

export function extractSeed(id: string): Extraction {
  const meta = seedMeta(id);
  return extractReport(readRepo(`seeds/${meta.file}`), meta);
}

export const SHANXI_FILE = "src/test/fixtures/reports/shanxi-2025-government-work-report.txt";

export function extractShanxi(): Extraction {
  return extractReport(readRepo(SHANXI_FILE), guessMeta(SHANXI_FILE));
}

/** The figures whose quote is exactly `quote` (a quote may occur more than once). */
export const byQuote = (figs: readonly FigureRow[], quote: string): FigureRow[] => figs.filter((f) => f.quote === quote);
