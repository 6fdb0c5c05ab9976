/**
 * Pure parts of the benchmark: reading figures out of a Lighthouse result, taking medians,
 * and checking budgets. Only the fields read here are typed, so fakes in tests stay small.
 */

export type FormFactor = "mobile" | "desktop";

/** The slice of a Lighthouse result (LHR) the benchmark reads. */
export interface LhrSlice {
  categories: Record<string, { score: number | null; auditRefs?: Array<{ id: string; weight: number }> } | undefined>;
  audits: Record<
    string,
    | {
        score?: number | null;
        scoreDisplayMode?: string;
        numericValue?: number;
        details?: { items?: Array<{ resourceType?: string; transferSize?: number; url?: string }> };
      }
    | undefined
  >;
}

export interface RunMetrics {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Bytes transferred for the whole page (compressed as served). */
  totalBytes: number;
  /** Bytes transferred for scripts (compressed as served). */
  jsBytes: number;
  /** Elements in the page's DOM (Lighthouse `dom-size`). */
  domElements: number;
  /** Main-thread work during load: style, layout, script, paint (Lighthouse `mainthread-work-breakdown`, throttled). */
  mainThreadMs: number;
}

export const METRIC_KEYS = [
  "performance",
  "accessibility",
  "bestPractices",
  "seo",
  "fcpMs",
  "lcpMs",
  "tbtMs",
  "cls",
  "totalBytes",
  "jsBytes",
  "domElements",
  "mainThreadMs",
] as const satisfies ReadonlyArray<keyof RunMetrics>;

function score(lhr: LhrSlice, id: string): number {
  const s = lhr.categories[id]?.score;
  if (s === null || s === undefined) throw new Error(`Lighthouse result has no score for category "${id}"`);
  return Math.round(s * 100);
}

function numeric(lhr: LhrSlice, id: string): number {
  const v = lhr.audits[id]?.numericValue;
  if (v === undefined) throw new Error(`Lighthouse result has no numericValue for audit "${id}"`);
  return v;
}

export function metricsFromLhr(lhr: LhrSlice): RunMetrics {
  const requests = lhr.audits["network-requests"]?.details?.items ?? [];
  return {
    performance: score(lhr, "performance"),
    accessibility: score(lhr, "accessibility"),
    bestPractices: score(lhr, "best-practices"),
    seo: score(lhr, "seo"),
    fcpMs: numeric(lhr, "first-contentful-paint"),
    lcpMs: numeric(lhr, "largest-contentful-paint"),
    tbtMs: numeric(lhr, "total-blocking-time"),
    cls: numeric(lhr, "cumulative-layout-shift"),
    totalBytes: numeric(lhr, "total-byte-weight"),
    jsBytes: requests.filter((r) => r.resourceType === "Script").reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
    domElements: numeric(lhr, "dom-size"),
    mainThreadMs: numeric(lhr, "mainthread-work-breakdown"),
  };
}

/**
 * Audits that cost points in the performance, accessibility and best-practices categories
 * (weighted, scored below 1), as "category: audit-id", so a missed score says what to fix.
 */
export function failingAudits(lhr: LhrSlice): string[] {
  const out: string[] = [];
  for (const category of ["performance", "accessibility", "best-practices"]) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && typeof audit?.score === "number" && audit.score < 1) out.push(`${category}: ${ref.id}`);
    }
  }
  return out;
}

/** Median of a non-empty list (mean of the middle two for even lengths). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of an empty list");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Each metric's median over the runs, taken independently. */
export function medianMetrics(runs: readonly RunMetrics[]): RunMetrics {
  const out = {} as RunMetrics;
  for (const key of METRIC_KEYS) out[key] = median(runs.map((r) => r[key]));
  return out;
}

/** A kind of page; budgets are set per kind. */
export type PageKind = "overview" | "area story" | "report" | "embed" | "data";
/** A measured page: a kind in the site's first language, or in another edition's language ("overview (en)"). */
export type PageType = PageKind | `${PageKind} (${string})`;

export const PAGE_KINDS: PageKind[] = ["overview", "area story", "report", "embed", "data"];

/** The kind of a measured page: "overview (en)" → "overview". */
export function kindOf(type: PageType): PageKind {
  const kind = type.replace(/ \([^)]+\)$/, "");
  if (!(PAGE_KINDS as string[]).includes(kind)) throw new Error(`page type "${type}": expected one of ${PAGE_KINDS.join(", ")}, optionally followed by " (<lang>)"`);
  return kind as PageKind;
}

export interface Budget {
  label: string;
  /** Every measured page of this kind, in every language. */
  pageType: PageKind | "every page";
  formFactor: FormFactor;
  metric: keyof RunMetrics;
  /** "min": value must be ≥ limit; "max": value must be ≤ limit. */
  kind: "min" | "max";
  limit: number;
}

const KIB = 1024;

export const BUDGETS: Budget[] = [
  ...PAGE_KINDS.flatMap((pageType): Budget[] => [
    { label: "LH performance 100", pageType, formFactor: "mobile", metric: "performance", kind: "min", limit: 100 },
    { label: "LH accessibility 100", pageType, formFactor: "mobile", metric: "accessibility", kind: "min", limit: 100 },
    { label: "LH best practices 100", pageType, formFactor: "mobile", metric: "bestPractices", kind: "min", limit: 100 },
  ]),
  ...(["mobile", "desktop"] as const).map(
    (formFactor): Budget => ({ label: "CLS 0", pageType: "every page", formFactor, metric: "cls", kind: "max", limit: 0 }),
  ),
  { label: "≤ 120 KiB transferred", pageType: "area story", formFactor: "mobile", metric: "totalBytes", kind: "max", limit: 120 * KIB },
  { label: "≤ 8 KiB JS (gzip)", pageType: "area story", formFactor: "mobile", metric: "jsBytes", kind: "max", limit: 8 * KIB },
  { label: "≤ 40 KiB transferred", pageType: "embed", formFactor: "mobile", metric: "totalBytes", kind: "max", limit: 40 * KIB },
  { label: "≤ 2 KiB JS (gzip)", pageType: "embed", formFactor: "mobile", metric: "jsBytes", kind: "max", limit: 2 * KIB },
];

export type BudgetStatus = "met" | "missed" | "not built";

export interface BudgetResult {
  budget: Budget;
  pageType: PageType;
  status: BudgetStatus;
  value: number | null;
}

/** Medians per page type and form factor; a missing entry means the page was not built. */
export type Results = Map<PageType, Map<FormFactor, RunMetrics> | null>;

/**
 * Each budget checked on every measured page it applies to: the pages of its kind in every
 * language (`results` keys; the first language's kinds always, so an unbuilt page shows as such).
 */
export function checkBudgets(results: Results, budgets: readonly Budget[] = BUDGETS): BudgetResult[] {
  const out: BudgetResult[] = [];
  const measured: PageType[] = [...PAGE_KINDS, ...[...results.keys()].filter((t) => !(PAGE_KINDS as string[]).includes(t))];
  for (const budget of budgets) {
    const types = measured.filter((t) => budget.pageType === "every page" || kindOf(t) === budget.pageType);
    for (const pageType of types) {
      const m = results.get(pageType)?.get(budget.formFactor);
      if (!m) {
        out.push({ budget, pageType, status: "not built", value: null });
        continue;
      }
      const value = m[budget.metric];
      const met = budget.kind === "min" ? value >= budget.limit : value <= budget.limit;
      out.push({ budget, pageType, status: met ? "met" : "missed", value });
    }
  }
  return out;
}
