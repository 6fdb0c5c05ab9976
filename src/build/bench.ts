/**
 * `npm run bench`: measures a full build (time, peak memory), then runs Lighthouse on one page of
 * each type, mobile and desktop, and checks the budgets. Reports figures; it is not a test and
 * exits 0 even when budgets are missed. Writes src/build/bench-results/latest.md and prints it.
 * Env: BENCH_RUNS (default 3).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readdir, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM_PATH } from "../test/browser.ts";
import { serveDir } from "../test/server.ts";
import { listFiles } from "./hash-tree.ts";
import { openLighthouse } from "./bench/lighthouse-run.ts";
import { checkBudgets, medianMetrics, type FormFactor, type PageType, type Results, type RunMetrics } from "./bench/metrics.ts";
import { renderReport, type BuildFigures, type PageTarget } from "./bench/report.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SITE = path.join(ROOT, ".tmp", "bench-site");
const OUT_MD = path.join(ROOT, "src", "build", "bench-results", "latest.md");
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
async function measureBuild(): Promise<{ figures: BuildFigures } | { error: string }> {
  await rm(SITE, { recursive: true, force: true });
  const started = performance.now();
  const res = await run("/usr/bin/time", ["-v", TSX, "src/build/safe-build.ts", "--local", "--out", SITE], {
    ...process.env,
    BASE_PATH: "/",
    ASTRO_TELEMETRY_DISABLED: "1",
  });
  const wallMs = performance.now() - started;
  if (res.code !== 0) return { error: `${res.stdout}\n${res.stderr}`.replace(/\n\s*Command being timed[\s\S]*$/, "").trim() };
  const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(res.stderr)?.[1] ?? NaN);
  const files = await listFiles(SITE);
  let bytes = 0;
  for (const f of files) bytes += (await stat(path.join(SITE, f))).size;
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

async function findTargets(): Promise<PageTarget[]> {
  const page = (p: string) => (existsSync(path.join(SITE, p, "index.html")) ? p : null);
  return [
    { type: "overview", urlPath: page("") },
    { type: "area story", urlPath: await firstPageUnder("areas") },
    { type: "report", urlPath: page("report/") },
    { type: "embed", urlPath: await firstPageUnder("embed") },
    { type: "data", urlPath: page("data/") },
  ];
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

async function main(): Promise<void> {
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`BENCH_RUNS "${process.env.BENCH_RUNS}" — expected a whole number ≥ 1`);
  const versions = {
    Node: process.version,
    Chromium: chromiumVersion(),
    Lighthouse: packageVersion("lighthouse"),
    Astro: packageVersion("astro"),
    CPUs: String(os.cpus().length),
  };
  process.stderr.write("building the site…\n");
  const build = await measureBuild();
  const targets = "figures" in build ? await findTargets() : (["overview", "area story", "report", "embed", "data"] as PageType[]).map((type) => ({ type, urlPath: null }));
  const failing = new Map<string, string[]>();
  const results = await runLighthouse(targets, runs, failing);
  const md = renderReport({
    when: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    versions,
    runs,
    targets,
    results,
    budgets: checkBudgets(results),
    build: "figures" in build ? build.figures : null,
    ...("error" in build ? { buildError: build.error } : {}),
    extraction: await extractionFigures(),
    failing,
  });
  await mkdir(path.dirname(OUT_MD), { recursive: true });
  await writeFile(OUT_MD, md);
  process.stdout.write(md);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
