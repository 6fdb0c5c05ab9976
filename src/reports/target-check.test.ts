import { describe, expect, test } from "vitest";
import { checkTarget, followingReports, tally, targetChecks, type ValueRow } from "./target-check";

const row = (over: Partial<ValueRow>): ValueRow => ({
  indicator: "gdp", report_id: "yq-2024", year: 2024, status: "target", value: 5, value_max: null,
  qualifier: "", quote: "q", figure_id: "f", ...over,
});
const actual = (value: number | null, over: Partial<ValueRow> = {}) =>
  row({ report_id: "yq-2025", status: value === null ? "not_stated" : "actual", value, ...over });

describe("checkTarget", () => {
  test.each([
    // qualifier, unit, target, actual, outcome
    ["左右", "%", 5, 5.5, "met"],
    ["左右", "%", 5, 4.5, "met"],
    ["左右", "%", 5, 5.6, "missed"],
    ["左右", "%", 5, 4.4, "missed"],
    ["达到|左右", "%", 95, 94.6, "met"],
    ["左右", "万人", 2, 2.1, "met"],
    ["左右", "万人", 2, 1.89, "missed"],
    ["以上", "%", 10, 10, "met"],
    ["以上", "%", 10, 9.9, "missed"],
    ["达到|以上", "%", 80, 81, "met"],
    ["以内", "%", 4, 4, "met"],
    ["以内", "%", 4, 4.1, "missed"],
    ["超过", "家", 30, 30, "missed"],
    ["超过", "家", 30, 31, "met"],
    ["", "%", 17, 17, "met"],
    ["", "%", 17, 16.9, "missed"],
    ["达到", "亿元", 220, 219, "missed"],
  ] as const)("%s %s: target %d, actual %d → %s", (qualifier, unit, t, a, outcome) => {
    expect(checkTarget(row({ qualifier, value: t }), actual(a), unit).outcome).toBe(outcome);
  });

  test("a range is met from its lower bound up", () => {
    const t = row({ value: 3, value_max: 5 });
    expect(checkTarget(t, actual(3), "家").outcome).toBe("met");
    expect(checkTarget(t, actual(6), "家").outcome).toBe("met");
    expect(checkTarget(t, actual(2), "家").outcome).toBe("missed");
  });

  test("no later row, or a not_stated one, is not reported and has no gap", () => {
    expect(checkTarget(row({}), null, "%")).toMatchObject({ outcome: "not_reported", gap: null });
    expect(checkTarget(row({}), actual(null), "%")).toMatchObject({ outcome: "not_reported", gap: null });
  });

  test("the gap is actual minus target, without float noise", () => {
    expect(checkTarget(row({ value: 5.5, qualifier: "左右" }), actual(5.2), "%").gap).toBe(-0.3);
  });

  test("a 左右 target of a ceiling indicator (unemployment 4%左右) is a cap: well below it is met, above the band missed", () => {
    const target = row({ value: 4, qualifier: "左右" });
    expect(checkTarget(target, actual(3.12), "%", "ceiling").outcome).toBe("met");
    expect(checkTarget(target, actual(4.5), "%", "ceiling").outcome).toBe("met");
    expect(checkTarget(target, actual(4.6), "%", "ceiling").outcome).toBe("missed");
    expect(checkTarget(target, actual(3.12), "%").outcome).toBe("missed");
    expect(checkTarget(target, null, "%", "ceiling").rule).toContain("越低越好");
  });

  test("the rule text states the tolerance", () => {
    expect(checkTarget(row({ qualifier: "左右" }), null, "%").rule).toContain("0.5个百分点");
    expect(checkTarget(row({ qualifier: "左右" }), null, "万人").rule).toContain("5%");
  });
});

const manifest = [
  { id: "yq-2024", place: "阳泉市", review_year: 2023, plan_year: 2024 },
  { id: "cn-2025", place: "全国", review_year: 2024, plan_year: 2025 },
  { id: "yq-2025", place: "阳泉市", review_year: 2024, plan_year: 2025 },
];
const indicators = [
  { slug: "gdp", label_zh: "地区生产总值增速", unit: "%" },
  { slug: "jobs", label_zh: "城镇新增就业", unit: "万人" },
  { slug: "trade", label_zh: "进出口总额增速", unit: "%" },
];

describe("targetChecks", () => {
  test("the following report is the same place's report reviewing the plan year", () => {
    expect(followingReports(manifest, manifest[0]!).map((m) => m.id)).toEqual(["yq-2025"]);
    expect(followingReports(manifest, manifest[2]!)).toEqual([]);
  });

  test("without a following report there are no checks", () => {
    const r = targetChecks(manifest.slice(0, 2), indicators, [row({})], "yq-2024");
    expect(r.following).toBeNull();
    expect(r.checks).toEqual([]);
  });

  test("each target gets met / missed / not reported from the following report's rows", () => {
    const values = [
      row({ indicator: "gdp", value: 5, qualifier: "左右" }),
      row({ indicator: "jobs", value: 1.8 }),
      row({ indicator: "trade", value: 5, qualifier: "左右" }),
      row({ indicator: "gdp", year: 2023, status: "actual", value: 3.2 }),
      actual(5.1, { indicator: "gdp" }),
      actual(1.7, { indicator: "jobs" }),
      row({ indicator: "gdp", report_id: "cn-2025", status: "actual", value: 9 }),
    ];
    const r = targetChecks(manifest, indicators, values, "yq-2024");
    expect(r.following?.id).toBe("yq-2025");
    expect(r.checks.map((c) => [c.indicator.slug, c.outcome, c.gap])).toEqual([
      ["gdp", "met", 0.1],
      ["jobs", "missed", -0.1],
      ["trade", "not_reported", null],
    ]);
    expect(tally(r.checks)).toEqual({ met: 1, missed: 1, not_reported: 1 });
  });

  test("an unknown report id is a clear error", () => {
    expect(() => targetChecks(manifest, indicators, [], "nope")).toThrow(/unknown report "nope" — expected one of: yq-2024, cn-2025, yq-2025/);
  });
});
