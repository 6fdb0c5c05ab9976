/**
 * A report's data version: a content hash of its extracted CSVs and its extraction record (which
 * holds the seed text's sha256, so the text is covered even when it lives outside the repository
 * or is absent), computed at build time from the files themselves (never from a clock), so the
 * same inputs always give the same version and any change to them gives a new one.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { loadData, type DataDirs } from "../data/load";

/** The files a report's version covers, relative to the data folder. */
export function versionFiles(reportId: string): { root: "data" | "seeds"; rel: string }[] {
  return [
    { root: "data", rel: `${reportId}/extraction.csv` },
    { root: "data", rel: `${reportId}/sections.csv` },
    { root: "data", rel: `${reportId}/figures.csv` },
  ];
}

/** sha256 over (name, bytes) of each file in order; pure given the reader. */
export function contentHash(files: readonly { name: string; bytes: Uint8Array }[]): string {
  const hash = createHash("sha256");
  for (const f of files) hash.update(f.name).update("\0").update(f.bytes).update("\0");
  return hash.digest("hex");
}

/**
 * The version of one report, read from disk; the first 12 hex digits are what pages show. A report
 * whose text lies outside the repository has no tables in data/ (they are extracted whenever the
 * text is read): its version is the hash of the text itself, or, when the text is absent too, of the
 * curated table its rows come from.
 */
export function reportDataVersion(dirs: DataDirs, reportId: string, seedPath: string | null = loadData().reportEntries.get(reportId)?.seedPath ?? null): string {
  const files = versionFiles(reportId).map(({ root, rel }) => ({ name: `${root}/${rel}`, abs: path.join(root === "data" ? dirs.dataDir : dirs.seedsDir, rel) }));
  if (files.every((f) => !existsSync(f.abs))) {
    const source = seedPath ?? path.join(dirs.dataDir, "indicator-values.csv");
    return contentHash([{ name: seedPath ? `text/${path.basename(seedPath)}` : "data/indicator-values.csv", bytes: new Uint8Array(readFileSync(source)) }]);
  }
  return contentHash(files.map((f) => {
    if (!existsSync(f.abs)) throw new Error(`data version of ${reportId}: ${f.abs} is missing`);
    return { name: f.name, bytes: new Uint8Array(readFileSync(f.abs)) };
  }));
}

export const shortVersion = (hash: string): string => hash.slice(0, 12);
