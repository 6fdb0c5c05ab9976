/** Test-only helpers: load seeds and fixtures from the repository, and texts we do not own from ../shared/reports. */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { extractReport, type Extraction } from "./extract.ts";
import { seedOf, seedPathOf } from "./extraction-record.ts";
import { parseManifest } from "./manifest.ts";
import { guessMeta } from "./run.ts";
import type { ManifestRow } from "../data/schema.ts";
import type { FigureRow } from "./types.ts";

export const repoPath = (p: string): string => fileURLToPath(new URL(`../../${p}`, import.meta.url));
export const readRepo = (p: string): string => readFileSync(repoPath(p), "utf8");

export const manifest = (): ManifestRow[] => parseManifest(readRepo("seeds/manifest.csv"));

export function seedMeta(id: string): ManifestRow {
  const row = manifest().find((r) => r.id === id);
  if (!row) throw new Error(`no manifest row ${id}`);
  return row;
}

/** A manifest seed's text, from seeds/ or the extra report folder it lives in (src/lib/report-folders.ts). */
export function readSeed(meta: ManifestRow): string {
  return readFileSync(seedPathOf(repoPath("."), meta.file, "seeds/manifest.csv", 0), "utf8");
}

/**
 * Whether a manifest seed's text is found: a text outside the repository (the national one, in
 * ../shared/reports) is absent in a clone without ../shared, and the tests that read it are skipped.
 */
export function seedPresent(id: string): boolean {
  return seedOf(repoPath("."), seedMeta(id).file, "seeds/manifest.csv", 0).where !== "absent";
}

export function extractSeed(id: string): Extraction {
  const meta = seedMeta(id);
  return extractReport(readSeed(meta), meta);
}

/** Not committed (we do not own it): read from ../shared/reports, relative to the repository. */
export const SHANXI_FILE = "../shared/reports/shanxi-2025-government-work-report.txt";

/** Whether ../shared/reports holds the Shanxi text (a clone may not have ../shared). */
export const shanxiPresent = (): boolean => existsSync(repoPath(SHANXI_FILE));

export function extractShanxi(): Extraction {
  return extractReport(readRepo(SHANXI_FILE), guessMeta(SHANXI_FILE));
}

/** The figures whose quote is exactly `quote` (a quote may occur more than once). */
export const byQuote = (figs: readonly FigureRow[], quote: string): FigureRow[] => figs.filter((f) => f.quote === quote);
