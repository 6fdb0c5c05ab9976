import { describe, expect, it } from "vitest";
import { checkBudgets, failingAudits, kindOf, median, medianMetrics, metricsFromLhr, type LhrSlice, type PageType, type Results, type RunMetrics } from "./metrics.ts";

const lhr = (perf: number, cls: number): LhrSlice => ({
  categories: { performance: { score: perf }, accessibility: { score: 1 }, "best-practices": { score: 0.96 }, seo: { score: 0.92 } },
  audits: {
    "first-contentful-paint": { numericValue: 900 },
    "largest-contentful-paint": { numericValue: 1200 },
    "total-blocking-time": { numericValue: 0 },
    "cumulative-layout-shift": { numericValue: cls },
    "total-byte-weight": { numericValue: 30_000 },
    "dom-size": { numericValue: 683 },
    "mainthread-work-breakdown": { numericValue: 412.5 },
    "network-requests": {
      details: {
        items: [
          { resourceType: "Document", transferSize: 20_000 },
          { resourceType: "Script", transferSize: 400 },
          { resourceType: "Script", transferSize: 600 },
        ],
      },
    },
  },
});

describe("metricsFromLhr(lhr)", () => {
  it("reads scores as 0–100, timings, CLS, total bytes and script bytes", () => {
    expect(metricsFromLhr(lhr(0.99, 0.01))).toEqual({
      performance: 99, accessibility: 100, bestPractices: 96, seo: 92,
      fcpMs: 900, lcpMs: 1200, tbtMs: 0, cls: 0.01, totalBytes: 30_000, jsBytes: 1000, domElements: 683, mainThreadMs: 412.5,
    });
  });
  it("throws when a category has no score", () => {
    const broken = lhr(1, 0);
    broken.categories.performance = { score: null };
    expect(() => metricsFromLhr(broken)).toThrow('no score for category "performance"');
  });
});

describe("median(values)", () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
  ])("median(%j) is %d", (values, expected) => expect(median(values)).toBe(expected));
  it("medianMetrics takes each metric's median independently", () => {
    const runs = [lhr(1, 0), lhr(0.5, 0.2), lhr(0.9, 0.1)].map(metricsFromLhr);
    expect(medianMetrics(runs)).toMatchObject({ performance: 90, cls: 0.1 });
  });
});

describe("checkBudgets(results)", () => {
  it("marks budgets met, missed or not built", () => {
    const good: RunMetrics = metricsFromLhr(lhr(1, 0));
    const results: Results = new Map([
      ["embed", new Map([["mobile", { ...good, totalBytes: 50 * 1024 }], ["desktop", good]])],
      ["overview", null],
    ]);
    const byKey = new Map(checkBudgets(results).map((r) => [`${r.pageType}|${r.budget.label}|${r.budget.formFactor}`, r.status]));
    expect(byKey.get("embed|LH performance 100|mobile")).toBe("met");
    expect(byKey.get("embed|≤ 40 KiB transferred|mobile")).toBe("missed");
    expect(byKey.get("embed|≤ 2 KiB JS (gzip)|mobile")).toBe("met");
    expect(byKey.get("overview|LH performance 100|mobile")).toBe("not built");
    expect(byKey.get("report|CLS 0|desktop")).toBe("not built");
  });

  it("holds pages in another language to their kind's budgets", () => {
    const good: RunMetrics = metricsFromLhr(lhr(1, 0));
    const results: Results = new Map([
      ["embed (en)", new Map([["mobile", { ...good, jsBytes: 3 * 1024 }], ["desktop", { ...good, cls: 0.02 }]])],
      ["overview (en)", new Map([["mobile", good], ["desktop", good]])],
    ]);
    const checked = checkBudgets(results);
    const byKey = new Map(checked.map((r) => [`${r.pageType}|${r.budget.label}|${r.budget.formFactor}`, r.status]));
    expect(byKey.get("embed (en)|≤ 2 KiB JS (gzip)|mobile")).toBe("missed");
    expect(byKey.get("embed (en)|≤ 40 KiB transferred|mobile")).toBe("met");
    expect(byKey.get("embed (en)|CLS 0|desktop")).toBe("missed");
    expect(byKey.get("overview (en)|LH accessibility 100|mobile")).toBe("met");
    expect(byKey.has("overview (en)|≤ 2 KiB JS (gzip)|mobile")).toBe(false);
    // The first language's pages are listed even when not measured.
    expect(byKey.get("embed|≤ 2 KiB JS (gzip)|mobile")).toBe("not built");
  });

  it("kindOf reads the kind of a page type and refuses an unknown one", () => {
    expect(kindOf("area story (en)")).toBe("area story");
    expect(kindOf("data")).toBe("data");
    expect(() => kindOf("gallery (en)" as PageType)).toThrow(/page type "gallery \(en\)"/);
  });
});

describe("failingAudits(lhr)", () => {
  it("lists weighted audits scored below 1, by category", () => {
    const l = lhr(0.97, 0);
    l.categories.performance = { score: 0.97, auditRefs: [{ id: "total-blocking-time", weight: 30 }, { id: "diagnostics", weight: 0 }] };
    l.categories["best-practices"] = { score: 0.96, auditRefs: [{ id: "errors-in-console", weight: 1 }, { id: "doctype", weight: 1 }] };
    l.audits["total-blocking-time"] = { score: 0.9, numericValue: 205 };
    l.audits["diagnostics"] = { score: 0 };
    l.audits["errors-in-console"] = { score: 0 };
    l.audits["doctype"] = { score: 1 };
    expect(failingAudits(l)).toEqual(["performance: total-blocking-time", "best-practices: errors-in-console"]);
  });
});
