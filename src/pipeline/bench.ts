/**
 * npm run bench:extract [-- --runs N] [-- --write] — extraction time per report, in process (median of N
 * runs after one warm-up), for the seeds in the manifest and every report of the development corpus in
 * ../shared/reports/ when it is there; plus the wall time of one `npm run extract -- <file> --out <dir>`
 * (process start included). `--write` also saves the table to src/pipeline/bench-results/latest.md. Not a test.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { extractReport } from "./extract.ts";
import { seedPathOf } from "./extraction-record.ts";
import { parseManifest } from "./manifest.ts";
import { guessMeta } from "./run.ts";
import type { ReportMeta } from "./types.ts";

const runsFlag = process.argv.indexOf("--runs");
const runs = runsFlag >= 0 ? Number(process.argv[runsFlag + 1]) : 25;
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got ${process.argv[runsFlag + 1]}`);

const shared = path.resolve("../shared/reports");
const corpus = existsSync(shared)
  ? [...readdirSync(shared).filter((f) => f.endsWith(".txt")), ...readdirSync(path.join(shared, "provinces")).filter((f) => f.endsWith(".txt")).map((f) => `provinces/${f}`)]
      .sort()
      .map((f) => ({ meta: guessMeta(f), path: path.join(shared, f), label: `../shared/reports/${f}` }))
  : [];
const reports: { meta: ReportMeta; path: string; label: string }[] = [
  ...parseManifest(readFileSync("seeds/manifest.csv", "utf8")).map((meta, i) => ({ meta, path: seedPathOf(".", meta.file, "seeds/manifest.csv", i + 2), label: meta.file })),
  ...corpus,
];

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const ms = (x: number): string => x.toFixed(2);

const out: string[] = [];
const say = (l: string): void => {
  out.push(l);
  console.log(l);
};
say(`# Extraction time\n`);
say(`Median of ${runs} runs in process, after one warm-up run; Node ${process.version}, ${os.cpus().length} CPU(s), load average ${os.loadavg()[0]!.toFixed(1)} at start.`);
if (corpus.length === 0) say(`(../shared/reports is absent: only the seeds are measured.)`);
say("");
say("| report | characters | sections | figures | median ms | min ms | max ms |");
say("|---|---:|---:|---:|---:|---:|---:|");
let totalChars = 0;
let totalFigures = 0;
const medians: number[] = [];
for (const { meta, path: p, label } of reports) {
  const text = readFileSync(p, "utf8");
  const result = extractReport(text, meta, label);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    extractReport(text, meta, label);
    times.push(performance.now() - t0);
  }
  const chars = [...text].length;
  totalChars += chars;
  totalFigures += result.figures.length;
  medians.push(median(times));
  say(`| ${label.replace(/-government-work-report\.txt$/, "")} | ${chars} | ${result.sections.length} | ${result.figures.length} | ${ms(median(times))} | ${ms(Math.min(...times))} | ${ms(Math.max(...times))} |`);
}
const sumMedians = medians.reduce((a, b) => a + b, 0);
say(`| **all ${reports.length}** | ${totalChars} | | ${totalFigures} | ${ms(sumMedians)} | | |`);
say("");
say(`Slowest report: ${ms(Math.max(...medians))} ms (budget: far under 200 ms). Throughput: ${((totalChars / sumMedians) * 1000 / 1e6).toFixed(2)} M characters/s.`);

// One real command, process start and tsx included: what a maintainer waits for.
const one = reports.at(-1)!;
const tmp = mkdtempSync(path.join(os.tmpdir(), "bench-extract-"));
const t0 = performance.now();
const run = spawnSync(process.execPath, ["--import", "tsx", "src/pipeline/cli.ts", one.path, "--out", tmp], { encoding: "utf8" });
const wall = performance.now() - t0;
rmSync(tmp, { recursive: true, force: true });
say(`\`npm run extract -- ${one.label} --out <tmp>\` (one process, start included): ${wall.toFixed(0)} ms, exit ${run.status}.`);

if (process.argv.includes("--write")) {
  mkdirSync("src/pipeline/bench-results", { recursive: true });
  writeFileSync("src/pipeline/bench-results/latest.md", out.join("\n") + "\n");
  console.log("\nwritten to src/pipeline/bench-results/latest.md");
}
