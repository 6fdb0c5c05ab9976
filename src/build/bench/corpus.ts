/**
 * The benchmark's "whole corpus" dataset: a scratch folder outside the repository holding a copy of
 * data/ and seeds/ (the project's own files) plus every report text of a corpus folder (by default
 * ../shared/reports/provinces), linked in place (never copied), added to a scratch manifest and
 * extracted by the pipeline into the scratch data folder. Build it with DATA_DIR=<scratch>/data.
 */
import { existsSync } from "node:fs";
import { appendFile, cp, mkdir, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { decodeUtf8 } from "../../pipeline/decode.ts";
import { parseManifest } from "../../pipeline/manifest.ts";
import { renderReport } from "../../pipeline/run.ts";

/** "zhejiang-2025-government-work-report.txt" → id, year and place for the scratch manifest. */
export function corpusRow(file: string, place: string): string {
  const m = /^([a-z]+)-(\d{4})-government-work-report\.txt$/.exec(file);
  if (!m) throw new Error(`${file}: expected <place>-<year>-government-work-report.txt`);
  const [, slug, yearText] = m as unknown as [string, string, string];
  const year = Number(yearText);
  const id = `${slug}-${year}`;
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

export async function assembleCorpus(repoRoot: string, corpusDir: string, scratch: string): Promise<Corpus> {
  await rm(scratch, { recursive: true, force: true });
  await mkdir(scratch, { recursive: true });
  for (const dir of ["data", "seeds"]) await cp(path.join(repoRoot, dir), path.join(scratch, dir), { recursive: true });
  const readmePath = path.join(corpusDir, "README.md");
  const places = existsSync(readmePath) ? placesFromReadme(await readFile(readmePath, "utf8")) : new Map<string, string>();
  const files = (await readdir(corpusDir)).filter((f) => f.endsWith(".txt")).sort();
  const manifestPath = path.join(scratch, "seeds", "manifest.csv");
  const skipped: string[] = [];
  let reports = parseManifest(await readFile(manifestPath, "utf8")).length;
  for (const file of files) {
    const row = corpusRow(file, places.get(file) ?? file.split("-")[0]!);
    const seed = path.join(scratch, "seeds", file);
    await symlink(path.join(corpusDir, file), seed); // read in place
    const [meta] = parseManifest(`${(await readFile(manifestPath, "utf8")).split("\n")[0]}\n${row}\n`);
    try {
      const outputs = renderReport(decodeUtf8(new Uint8Array(await readFile(seed)), seed), meta!, seed);
      await mkdir(path.join(scratch, "data", meta!.id), { recursive: true });
      for (const [name, csv] of Object.entries(outputs)) await writeFile(path.join(scratch, "data", meta!.id, name), csv);
      await appendFile(manifestPath, `${row}\n`);
      reports++;
    } catch (err) {
      skipped.push(`${file}: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`);
      await rm(seed);
    }
  }
  return { dataDir: path.join(scratch, "data"), reports, skipped };
}
