/** npm run bench:extract [-- --runs N] — markdown table of extraction time per report (median of N runs). Not a test. */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { extractReport } from "./extract.ts";
import { seedPathOf } from "./extraction-record.ts";
import { parseManifest } from "./manifest.ts";
import { guessMeta } from "./run.ts";
import type { ManifestRow } from "./types.ts";

const runsFlag = process.argv.indexOf("--runs");
const runs = runsFlag >= 0 ? Number(process.argv[runsFlag + 1]) : 25;
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got ${process.argv[runsFlag + 1]}`);

const shanxi = "../shared/reports/shanxi-2025-government-work-report.txt";
const reports: { meta: ManifestRow; path: string }[] = [
  ...parseManifest(readFileSync("seeds/manifest.csv", "utf8")).map((meta, i) => ({ meta, path: seedPathOf(".", meta.file, "seeds/manifest.csv", i + 2) })),
  { meta: guessMeta(shanxi), path: shanxi },
];

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

console.log(`Extraction time, median of ${runs} runs (Node ${process.version}, after one warm-up run)\n`);
console.log("| report | characters | sections | figures | median ms | min ms | max ms |");
console.log("|---|---:|---:|---:|---:|---:|---:|");
for (const { meta, path } of reports) {
  const text = readFileSync(path, "utf8");
  const result = extractReport(text, meta, path);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    extractReport(text, meta, path);
    times.push(performance.now() - t0);
  }
  const ms = (x: number): string => x.toFixed(2);
  console.log(`| ${meta.id} | ${[...text].length} | ${result.sections.length} | ${result.figures.length} | ${ms(median(times))} | ${ms(Math.min(...times))} | ${ms(Math.max(...times))} |`);
}
