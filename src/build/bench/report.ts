/** Renders the benchmark as a markdown document (src/build/bench-results/latest.md). */
import type { BudgetResult, FormFactor, PageType, Results, RunMetrics } from "./metrics.ts";

export interface PageTarget {
  type: PageType;
  /** URL path relative to the base, or null when no such page was built. */
  urlPath: string | null;
}

export interface BuildFigures {
  wallMs: number;
  peakRssMb: number;
  pages: number;
  files: number;
  bytes: number;
}

/** One measured build: which dataset, cold or warm PNG cache, and its figures or error. */
export interface BuildRow {
  dataset: string;
  cache: "cold" | "warm";
  figures: BuildFigures | null;
  error?: string;
}

export interface BenchReport {
  when: string;
  versions: Record<string, string>;
  runs: number;
  targets: PageTarget[];
  results: Results;
  budgets: BudgetResult[];
  builds: BuildRow[];
  /** Which reports the corpus builds hold (and which were left out). */
  corpusNote?: string;
  /** Peak memory and time added per report, between the smallest and the largest dataset. */
  growthNote?: string;
  extraction: string;
  /** "page type form" → audits that cost points in any run. */
  failing: Map<string, string[]>;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (v: number) => `${Math.round(v)} ms`;

function metricCells(m: RunMetrics): string[] {
  return [
    String(m.performance),
    String(m.accessibility),
    String(m.bestPractices),
    String(m.seo),
    ms(m.fcpMs),
    ms(m.lcpMs),
    ms(m.tbtMs),
    m.cls.toFixed(3),
    kib(m.totalBytes),
    kib(m.jsBytes),
    String(Math.round(m.domElements)),
    ms(m.mainThreadMs),
  ];
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |`;
}

export function renderReport(r: BenchReport): string {
  const lines: string[] = [];
  lines.push("# Benchmark", "");
  lines.push(`Run ${r.when}. ${Object.entries(r.versions).map(([k, v]) => `${k} ${v}`).join(", ")}.`, "");
  lines.push(
    `Lighthouse medians of ${r.runs} runs per page and form factor (each metric's median taken separately). ` +
      "Pages served from a fresh build by src/test/server.ts with gzip, as a static host would. " +
      "Mobile = Lighthouse's default emulated phone with simulated throttling; desktop = its desktop config. " +
      "Bytes are transferred (compressed) bytes.",
    "",
  );
  lines.push("## Lighthouse", "");
  lines.push(row(["page type", "path", "form", "perf", "a11y", "best pr.", "SEO", "FCP", "LCP", "TBT", "CLS", "total", "JS", "DOM", "main thread"]));
  lines.push(row(Array(15).fill("---")));
  for (const t of r.targets) {
    const byForm = r.results.get(t.type);
    for (const form of ["mobile", "desktop"] as FormFactor[]) {
      const m = byForm?.get(form);
      const path = t.urlPath === null ? "—" : `/${t.urlPath}`;
      lines.push(row([t.type, path, form, ...(m ? metricCells(m) : ["not built", ...Array(11).fill("")])]));
    }
  }
  lines.push("", "## Budgets", "");
  lines.push(row(["budget", "page type", "form", "value", "status"]));
  lines.push(row(["---", "---", "---", "---", "---"]));
  for (const b of r.budgets) {
    const unitless = b.budget.metric === "cls" ? b.value?.toFixed(3) : b.budget.metric.endsWith("Bytes") && b.value !== null ? kib(b.value) : b.value;
    lines.push(row([b.budget.label, b.pageType, b.budget.formFactor, unitless === null || unitless === undefined ? "—" : String(unitless), b.status]));
  }
  const missed = r.budgets.filter((b) => b.status !== "met").length;
  lines.push("", `${r.budgets.length - missed} of ${r.budgets.length} budgets met.`, "");
  const failing = [...r.failing].filter(([, audits]) => audits.length > 0);
  if (failing.length > 0) {
    lines.push("## Audits that cost points (in any run)", "");
    for (const [key, audits] of failing) lines.push(`- ${key}: ${audits.join(", ")}`);
    lines.push("");
  }
  lines.push("## Full builds (`tsx src/build/safe-build.ts`, measured with /usr/bin/time -v)", "");
  lines.push("Cold: an empty PNG cache (every chart picture drawn). Warm: the same build again, pictures from the cache.", "");
  if (r.corpusNote) lines.push(r.corpusNote, "");
  lines.push(row(["dataset", "PNG cache", "wall time", "peak RSS", "HTML pages", "files", "output size"]));
  lines.push(row(["---", "---", "---", "---", "---", "---", "---"]));
  for (const b of r.builds) {
    if (b.figures) {
      const f = b.figures;
      lines.push(row([b.dataset, b.cache, ms(f.wallMs), `${f.peakRssMb.toFixed(0)} MB`, String(f.pages), String(f.files), kib(f.bytes)]));
    } else {
      lines.push(row([b.dataset, b.cache, "failed", "", "", "", ""]));
    }
  }
  if (r.growthNote) lines.push("", r.growthNote);
  for (const b of r.builds.filter((x) => x.error)) lines.push("", `Build of ${b.dataset} (${b.cache}) failed: ${b.error}`);
  lines.push("", "## Extraction per report (`npm run bench:extract`)", "", "```", r.extraction.trim(), "```", "");
  return lines.join("\n");
}

/**
 * Peak memory and time added per report, for each PNG cache state: the slope between the dataset
 * with the fewest reports and the one with the most.
 */
export function perReportGrowth(datasets: readonly { name: string; reports: number }[], builds: readonly BuildRow[]): string {
  if (datasets.length < 2) return "";
  const first = datasets[0]!;
  const last = datasets.reduce((a, b) => (b.reports > a.reports ? b : a));
  const extra = last.reports - first.reports;
  if (extra <= 0) return "";
  const lines: string[] = [];
  for (const cache of ["cold", "warm"] as const) {
    const a = builds.find((b) => b.dataset === first.name && b.cache === cache)?.figures;
    const b = builds.find((x) => x.dataset === last.name && x.cache === cache)?.figures;
    if (!a || !b) continue;
    const mb = (b.peakRssMb - a.peakRssMb) / extra;
    const s = (b.wallMs - a.wallMs) / extra / 1000;
    lines.push(`${cache}: ${mb >= 0 ? "+" : ""}${mb.toFixed(1)} MB peak RSS and ${s >= 0 ? "+" : ""}${s.toFixed(2)} s a report`);
  }
  return lines.length ? `Per report added (from ${first.reports} to ${last.reports} reports): ${lines.join("; ")}.` : "";
}
