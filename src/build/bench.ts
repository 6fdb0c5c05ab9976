/**
 * `npm run bench`: measures full builds (time, peak memory) cold and warm (empty, then filled PNG
 * cache) for this repository's data and for the whole corpus (the repository's reports plus every
 * text in ../shared/reports/provinces, read in place through a scratch manifest outside the repo),
 * then runs Lighthouse on one page of each type, mobile and desktop, and checks the budgets (the
 * first language's five page types, and the overview, an area story, the report and an embed of
 * each other language, e.g. `overview (en)`, with the same budgets as their kind).
 * Reports figures; it is not a test and exits 0 even when budgets are missed. Writes
 * src/build/bench-results/latest.md and prints it.
 * Env: BENCH_RUNS (Lighthouse runs, default 3; 0 skips Lighthouse), BENCH_CORPUS (corpus folder;
 * "none" skips the corpus builds), BENCH_CORPUS_COPIES (n > 1 adds a dataset with the corpus's texts
 * n times over, under new ids, to measure how peak memory and time grow per report), BENCH_KEEP (a folder: each dataset's built site is copied there as
 * <n>-<cold|warm>/, e.g. to compare the output of two versions of the build).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM_PATH } from "../test/browser.ts";
import { serveDir } from "../test/server.ts";
import { listFiles } from "./hash-tree.ts";
import { openLighthouse } from "./bench/lighthouse-run.ts";
import { checkBudgets, medianMetrics, PAGE_KINDS, type FormFactor, type PageType, type Results, type RunMetrics } from "./bench/metrics.ts";
import { assembleCorpus, corpusReportsDir, dropInvalid } from "./bench/corpus.ts";
import { validateData } from "./validate-data.ts";
import { languageEditions } from "../edition/index.ts";
import { parseManifest } from "../pipeline/manifest.ts";
import { perReportGrowth, renderReport, type BuildFigures, type BuildRow, type PageTarget } from "./bench/report.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SITE = path.join(ROOT, ".tmp", "bench-site");
const RESULTS = path.join(ROOT, "src", "build", "bench-results");
/** The full report; a builds-only run (BENCH_RUNS=0) writes builds.md and leaves latest.md alone. */
const outFile = (runs: number) => path.join(RESULTS, runs > 0 ? "latest.md" : "builds.md");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

function packageVersion(name: string): string {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, "node_modules", name, "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

function chromiumVersion(): string {
  const out = spawnSync(CHROMIUM_PATH, ["--version"], { encoding: "utf8" });
  // Debian's wrapper prints a harmless "[: unexpected operator" line first.
  const line = (out.stdout ?? "").split("\n").find((l) => /Chromium|Chrome/.test(l));
  return line?.replace(/ built on .*/, "").replace(/^Chromium /, "").trim() ?? "unknown";
}

/** Builds the site under /usr/bin/time -v and reads wall time and peak resident memory. */
async function measureBuild(out: string, pngCache: string, dataDir?: string): Promise<{ figures: BuildFigures } | { error: string }> {
  await rm(out, { recursive: true, force: true });
  const started = performance.now();
  const env: NodeJS.ProcessEnv = { ...process.env, BASE_PATH: "/", ASTRO_TELEMETRY_DISABLED: "1", PNG_CACHE_DIR: pngCache, BUILD_PROGRESS: "0" };
  if (dataDir) env.DATA_DIR = dataDir;
  else delete env.DATA_DIR;
  const res = await run("/usr/bin/time", ["-v", TSX, "src/build/safe-build.ts", "--local", "--out", out], env);
  const wallMs = performance.now() - started;
  if (res.code !== 0) return { error: `${res.stdout}\n${res.stderr}`.replace(/\n\s*Command being timed[\s\S]*$/, "").trim() };
  const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(res.stderr)?.[1] ?? NaN);
  const files = await listFiles(out);
  let bytes = 0;
  for (const f of files) bytes += (await stat(path.join(out, f))).size;
  return {
    figures: { wallMs, peakRssMb: rssKb / 1024, pages: files.filter((f) => f.endsWith(".html")).length, files: files.length, bytes },
  };
}

async function firstPageUnder(dir: string): Promise<string | null> {
  const abs = path.join(SITE, dir);
  if (!existsSync(abs)) return null;
  const names = (await readdir(abs, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const hit = names.find((n) => existsSync(path.join(abs, n, "index.html")));
  return hit ? `${dir}/${hit}/` : null;
}

/**
 * One page of each kind in the root edition, and the overview, one area story, the annotated report
 * and one embed of each edition in another language (`overview (en)` …), held to the same budgets.
 */
async function findTargets(): Promise<PageTarget[]> {
  const page = (p: string) => (existsSync(path.join(SITE, p, "index.html")) ? p : null);
  const targets: PageTarget[] = [
    { type: "overview", urlPath: page("") },
    { type: "area story", urlPath: await firstPageUnder("areas") },
    { type: "report", urlPath: page("report/") },
    { type: "embed", urlPath: await firstPageUnder("embed") },
    { type: "data", urlPath: page("data/") },
  ];
  const [root, ...others] = languageEditions();
  for (const e of others.filter((o) => o.lang !== root?.lang)) {
    targets.push(
      { type: `overview (${e.lang})`, urlPath: page(e.path) },
      { type: `area story (${e.lang})`, urlPath: await firstPageUnder(`${e.path}areas`) },
      { type: `report (${e.lang})`, urlPath: page(e.pagePath("report/")) },
      { type: `embed (${e.lang})`, urlPath: await firstPageUnder(`${e.path}embed`) },
    );
  }
  return targets;
}

async function runLighthouse(targets: PageTarget[], runs: number, failing: Map<string, string[]>): Promise<Results> {
  const results: Results = new Map();
  const built = targets.filter((t) => t.urlPath !== null);
  for (const t of targets) if (t.urlPath === null) results.set(t.type, null);
  if (built.length === 0) return results;
  const server = await serveDir(SITE, { gzip: true });
  const lh = await openLighthouse();
  try {
    for (const t of built) {
      const byForm = new Map<FormFactor, RunMetrics>();
      for (const form of ["mobile", "desktop"] as FormFactor[]) {
        const samples: RunMetrics[] = [];
        const audits = new Set<string>();
        for (let i = 0; i < runs; i++) {
          process.stderr.write(`lighthouse ${form} ${t.type} /${t.urlPath} run ${i + 1}/${runs}\n`);
          const result = await lh.run(server.url + t.urlPath, form);
          samples.push(result.metrics);
          for (const a of result.failing) audits.add(a);
        }
        failing.set(`${t.type} ${form}`, [...audits].sort());
        byForm.set(form, medianMetrics(samples));
      }
      results.set(t.type as PageType, byForm);
    }
  } finally {
    await lh.close();
    await server.close();
  }
  return results;
}

async function extractionFigures(): Promise<string> {
  if (!existsSync(path.join(ROOT, "src", "pipeline", "bench.ts"))) return "not present (src/pipeline/bench.ts is missing)";
  const res = await run(TSX, ["src/pipeline/bench.ts"]);
  return res.code === 0 ? res.stdout : `failed (exit ${res.code}):\n${res.stdout}\n${res.stderr}`;
}

interface Dataset {
  name: string;
  dataDir?: string;
  out: string;
  /** Reports in its manifest. */
  reports: number;
}

async function main(): Promise<void> {
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  if (!Number.isInteger(runs) || runs < 0) throw new Error(`BENCH_RUNS "${process.env.BENCH_RUNS}" — expected a whole number (0 skips Lighthouse)`);
  const versions = {
    Node: process.version,
    Chromium: chromiumVersion(),
    Lighthouse: packageVersion("lighthouse"),
    Astro: packageVersion("astro"),
    CPUs: String(os.cpus().length),
    // Figures from a busy machine are not an idle machine's: say how busy it was.
    "load average (1 min) at start": os.loadavg()[0]!.toFixed(1),
  };
  const builds: BuildRow[] = [];
  const keep = process.env.BENCH_KEEP ? path.resolve(process.env.BENCH_KEEP) : null;
  let corpusNote = "";
  const scratch = await mkdtemp(path.join(os.tmpdir(), "yq-bench-"));
  const ownIds = new Set(parseManifest(readFileSync(path.join(ROOT, "seeds", "manifest.csv"), "utf8")).map((m) => m.id));
  const datasets: Dataset[] = [{ name: "this repository's data", out: SITE, reports: ownIds.size }];
  const corpusDir = process.env.BENCH_CORPUS ?? path.resolve(ROOT, "..", "shared", "reports", "provinces");
  const copies = Number(process.env.BENCH_CORPUS_COPIES ?? 1);
  if (!Number.isInteger(copies) || copies < 1) throw new Error(`BENCH_CORPUS_COPIES "${process.env.BENCH_CORPUS_COPIES}" — expected a whole number ≥ 1`);
  if (corpusDir !== "none" && existsSync(corpusDir)) {
    process.stderr.write(`assembling the corpus from ${corpusDir} (read in place)…\n`);
    process.env.REPORTS_DIR = corpusReportsDir(ROOT, corpusDir); // the validator and the builds inherit it
    for (const n of copies > 1 ? [1, copies] : [1]) {
      const assembled = await assembleCorpus(ROOT, corpusDir, path.join(scratch, `corpus-${n}`), n);
      const corpus = await dropInvalid(assembled, ownIds, (dataDir) => validateData(ROOT, dataDir));
      for (const s of corpus.skipped) process.stderr.write(`  left out ${s}\n`);
      if (n === 1) {
        corpusNote = `Whole corpus: this repository's reports plus the texts of ${corpusDir}, read in place; ${corpus.reports} reports built.` +
          (corpus.skipped.length ? ` Left out (the pipeline does not handle them yet): ${corpus.skipped.join("; ")}.` : "");
      } else {
        corpusNote += ` Corpus ×${n}: the same texts ${n} times over, each copy under its own ids (\`zhejiang-2025-copy2\`, …), to see how a build grows per report.`;
      }
      const name = n === 1 ? `whole corpus (${corpus.reports} reports)` : `corpus ×${n} (${corpus.reports} reports)`;
      datasets.push({ name, dataDir: corpus.dataDir, out: path.join(scratch, `corpus-${n}-site`), reports: corpus.reports });
    }
  } else {
    process.stderr.write(`no corpus folder at ${corpusDir}; measuring this repository's data only\n`);
  }
  for (const d of datasets) {
    const cache = path.join(scratch, `png-cache-${datasets.indexOf(d)}`);
    for (const temperature of ["cold", "warm"] as const) {
      process.stderr.write(`building ${d.name}, ${temperature} PNG cache…\n`);
      const m = await measureBuild(d.out, cache, d.dataDir);
      builds.push({ dataset: d.name, cache: temperature, figures: "figures" in m ? m.figures : null, ...("error" in m ? { error: m.error } : {}) });
      process.stderr.write("figures" in m ? `  ${(m.figures.wallMs / 1000).toFixed(1)} s, ${m.figures.peakRssMb.toFixed(0)} MB peak\n` : `  failed\n`);
      if (keep && "figures" in m) await cp(d.out, path.join(keep, `${datasets.indexOf(d)}-${temperature}`), { recursive: true });
    }
  }
  await rm(scratch, { recursive: true, force: true });
  const siteBuilt = builds.some((b) => b.dataset === datasets[0]!.name && b.figures);
  const targets = siteBuilt && runs > 0 ? await findTargets() : PAGE_KINDS.map((type): PageTarget => ({ type, urlPath: null }));
  const failing = new Map<string, string[]>();
  const results = await runLighthouse(targets, runs, failing);
  const md = renderReport({
    corpusNote,
    when: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    versions,
    runs,
    targets,
    results,
    budgets: checkBudgets(results),
    builds,
    growthNote: perReportGrowth(datasets, builds),
    extraction: await extractionFigures(),
    failing,
  });
  await mkdir(RESULTS, { recursive: true });
  await writeFile(outFile(runs), md);
  process.stdout.write(md);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
