/**
 * The benchmark's "whole corpus" dataset: a scratch folder outside the repository holding a copy of
 * data/ and seeds/ (the project's own files) plus every report text of a corpus folder (by default
 * ../shared/reports/provinces), linked in place (never copied), added to a scratch manifest and
 * extracted by the pipeline into the scratch data folder. Build it with DATA_DIR=<scratch>/data.
 */
import { existsSync } from "node:fs";
import { appendFile, cp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { decodeUtf8 } from "../../pipeline/decode.ts";
import { EXTRACTION_RECORD, seedHash } from "../../lib/seed-hash.ts";
import { parseManifest } from "../../pipeline/manifest.ts";
import { renderReport } from "../../pipeline/run.ts";
import type { ValidationResult } from "../validate-data.ts";

/**
 * "zhejiang-2025-government-work-report.txt" → id, year and place for the scratch manifest. Copy 2,
 * 3, … of the same text (to measure how the build scales with the number of reports) gets the id
 * `zhejiang-2025-copy2`, …
 */
export function corpusRow(file: string, place: string, copy = 1): string {
  const m = /^([a-z]+)-(\d{4})-government-work-report\.txt$/.exec(file);
  if (!m) throw new Error(`${file}: expected <place>-<year>-government-work-report.txt`);
  const [, slug, yearText] = m as unknown as [string, string, string];
  const year = Number(yearText);
  const id = copy === 1 ? `${slug}-${year}` : `${slug}-${year}-copy${copy}`;
  const title = `${place}${year}年政府工作报告`;
  const fields = [id, place, slug, "province", year, year - 1, year, title, file, "../shared/reports/provinces（基准测试，不入库）", `${year}-03-01`];
  return fields.join(",");
}

/** Province names from the corpus README's table ("| `file` | 浙江省 | 2025 | …"). */
export function placesFromReadme(readme: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of readme.matchAll(/^\|\s*`([^`]+\.txt)`\s*\|\s*([^|]+?)\s*\|/gm)) out.set(m[1]!, m[2]!);
  return out;
}

export interface Corpus {
  dataDir: string;
  reports: number;
  /** Reports the pipeline could not extract, with why (left out of the manifest). */
  skipped: string[];
}

/**
 * Leaves out the corpus reports the validator rejects (the pipeline is still being made general;
 * e.g. a text whose part headings repeat yields duplicate section ids), naming each and why, until
 * the dataset validates. The repository's own reports are never left out.
 */
export async function dropInvalid(
  corpus: Corpus,
  ownIds: ReadonlySet<string>,
  validate: (dataDir: string) => Promise<ValidationResult>,
): Promise<Corpus> {
  const scratch = path.dirname(corpus.dataDir);
  for (let round = 0; round < 5; round++) {
    const check = await validate(corpus.dataDir);
    if (check.ok) return corpus;
    const bad = new Map<string, string>();
    for (const line of check.output.split("\n")) {
      const id = /\/data\/([^/]+)\/(?:sections|figures)\.csv:/.exec(line)?.[1];
      if (id && !ownIds.has(id) && !bad.has(id)) bad.set(id, line.replace(/^.*\/data\//, "data/"));
    }
    if (bad.size === 0) throw new Error(`the corpus dataset does not validate, and not because of a corpus report:\n${check.output}`);
    const manifestPath = path.join(scratch, "seeds", "manifest.csv");
    const lines = (await readFile(manifestPath, "utf8")).split("\n");
    await writeFile(manifestPath, lines.filter((l) => !bad.has(l.split(",")[0]!)).join("\n"));
    for (const [id, why] of bad) {
      await rm(path.join(corpus.dataDir, id), { recursive: true, force: true });
      corpus = { ...corpus, reports: corpus.reports - 1, skipped: [...corpus.skipped, `${id}: ${why}`] };
    }
  }
  throw new Error("the corpus dataset still does not validate after leaving out reports five times");
}

/** The corpus's texts added `copies` times (1: once each), each copy under its own ids. */
export async function assembleCorpus(repoRoot: string, corpusDir: string, scratch: string, copies = 1): Promise<Corpus> {
  await rm(scratch, { recursive: true, force: true });
  await mkdir(scratch, { recursive: true });
  for (const dir of ["data", "seeds"]) await cp(path.join(repoRoot, dir), path.join(scratch, dir), { recursive: true });
  const readmePath = path.join(corpusDir, "README.md");
  const places = existsSync(readmePath) ? placesFromReadme(await readFile(readmePath, "utf8")) : new Map<string, string>();
  const files = (await readdir(corpusDir)).filter((f) => f.endsWith(".txt")).sort();
  const manifestPath = path.join(scratch, "seeds", "manifest.csv");
  const skipped: string[] = [];
  let reports = parseManifest(await readFile(manifestPath, "utf8")).length;
  for (const [copy, file] of Array.from({ length: copies }, (_, i) => files.map((f) => [i + 1, f] as const)).flat()) {
    const row = corpusRow(file, places.get(file) ?? file.split("-")[0]!, copy);
    // Read in place: the validator and the build find it through REPORTS_DIR (see corpusReportsDir);
    // a symbolic link out of seeds/ would be refused (src/lib/report-folders.ts).
    const seed = path.join(corpusDir, file);
    const [meta] = parseManifest(`${(await readFile(manifestPath, "utf8")).split("\n")[0]}\n${row}\n`);
    try {
      const text = decodeUtf8(new Uint8Array(await readFile(seed)), seed);
      const outputs = renderReport(text, meta!, seed);
      await mkdir(path.join(scratch, "data", meta!.id), { recursive: true });
      for (const [name, csv] of Object.entries(outputs)) await writeFile(path.join(scratch, "data", meta!.id, name), csv);
      const dataDate = row.split(",").at(-1)!;
      await writeFile(path.join(scratch, "data", meta!.id, EXTRACTION_RECORD), `file,sha256,data_date\n${file},${seedHash(text)},${dataDate}\n`);
      await appendFile(manifestPath, `${row}\n`);
      reports++;
    } catch (err) {
      if (copy === 1) skipped.push(`${file}: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`);
    }
  }
  return { dataDir: path.join(scratch, "data"), reports, skipped };
}

/** REPORTS_DIR for the corpus builds: the corpus folder (texts read in place), then ../shared/reports. */
export function corpusReportsDir(repoRoot: string, corpusDir: string): string {
  return [corpusDir, path.resolve(repoRoot, "..", "shared", "reports")].join(path.delimiter);
}
