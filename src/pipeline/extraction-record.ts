/**
 * Ties a report's extraction to its text (kept apart from the extractor so it stays one small
 * module): where `npm run extract` finds a manifest seed (src/lib/report-folders.ts: seeds/, then
 * the extra report folders), and the record it writes next to the tables, data/<id>/extraction.csv,
 * one row per distinct text (file, sha256 of the text, the manifest's data_date then). The data
 * validator fails when the seed no longer matches the last row, and warns when the text changed
 * but data_date did not.
 */
import Papa from "papaparse";
import { findSeed, reportFolders } from "../lib/report-folders.ts";
import { EXTRACTION_RECORD, seedHash } from "../lib/seed-hash.ts";
import { EXTRACTION_COLUMNS, type ExtractionRow } from "./types.ts";
import { DATA_FILE, recordsToCsv } from "../lib/csv.ts";
import { InputError } from "./manifest.ts";
import type { Effects } from "./run.ts";

type RecordRow = ExtractionRow;

/**
 * The path of a manifest row's seed, or an InputError naming the row and what is wrong. A file
 * found in no folder on disk is read as seeds/<file> (the read then says it is missing).
 */
export function seedPathOf(root: string, file: string, manifestPath: string, line: number): string {
  return seedOf(root, file, manifestPath, line).path;
}

/**
 * Where a manifest row's seed is, and whether it lies outside seeds/ (an extra report folder such as
 * ../shared/reports: a text the project does not carry, whose tables are extracted when read and
 * never written to data/) or is found nowhere.
 */
export function seedOf(root: string, file: string, manifestPath: string, line: number): { path: string; where: "seeds" | "outside" | "absent"; looked: string[] } {
  const folders = [{ dir: `${root}/seeds`, label: "seeds/" }, ...reportFolders().folders];
  const found = findSeed(file, folders);
  if (found.kind === "found") return { path: found.abs, where: found.folder === folders[0] ? "seeds" : "outside", looked: [found.folder.label] };
  if (found.kind === "refused") throw new InputError(`${manifestPath}:${line}: column "file" is "${file}", expected ${found.expected}`);
  return { path: `${root}/seeds/${file}`, where: "absent", looked: found.looked };
}

/** Appends this text's row to `<outDir>/extraction.csv` unless it is already the last one. */
export async function recordExtraction(fx: Effects, outDir: string, file: string, text: string, dataDate: string): Promise<void> {
  const path = `${outDir}/${EXTRACTION_RECORD}`;
  let rows: RecordRow[] = [];
  try {
    const old = new TextDecoder().decode(await fx.readFile(path));
    rows = Papa.parse<RecordRow>(old, { header: true, skipEmptyLines: true }).data;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
  }
  const row: RecordRow = { file, sha256: seedHash(text), data_date: dataDate };
  const last = rows.at(-1);
  if (last && last.sha256 === row.sha256 && last.data_date === row.data_date && last.file === row.file) return;
  if (last && last.sha256 !== row.sha256 && last.data_date === row.data_date) {
    fx.log(`warning: ${file} changed since its last extraction, but its data_date is still ${dataDate}; set data_date in seeds/manifest.csv to the day of this text`);
  }
  if (last && last.sha256 === row.sha256) rows[rows.length - 1] = row;
  else rows.push(row);
  await fx.writeFile(`${path}.tmp`, recordsToCsv(EXTRACTION_COLUMNS, rows, DATA_FILE));
  await fx.rename(`${path}.tmp`, path);
}
