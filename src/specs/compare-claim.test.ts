import { describe, expect, it } from "vitest";
import { siteEdition, fill } from "../edition";
import { compareClaim, compareProblem, valueOf } from "./compare-claim";

const edition = siteEdition();
const words = (text: string) => fill(text, { review_year: edition.reviewYear, plan_year: edition.planYear });
const claim = (c: Record<string, unknown>) => compareClaim.parse({ says: "低于全国", ...c });

describe("compare claims check a comparative word against two values from data", () => {
  it("Yangquan's review-year growth is lower than the nation's, and its plan-year target equals the nation's", () => {
    expect(compareProblem(claim({ compare: "ind:gdp:{review_year}", with: "ind:gdp:national-2024:{review_year}", is: "lower" }), edition.reportId, words)).toBeNull();
    expect(compareProblem(claim({ compare: "ind:gdp:{plan_year}", with: "ind:gdp:national-2024:{plan_year}", is: "equal" }), edition.reportId, words)).toBeNull();
  });
  it("a claim the data does not bear out names both values", () => {
    expect(compareProblem(claim({ compare: "ind:gdp:{review_year}", with: "ind:gdp:national-2024:{review_year}", is: "higher" }), edition.reportId, words)).toMatch(
      /^words the data bears out: ind:gdp:\d{4} = 3\.2%, ind:gdp:national-2024:\d{4} = 5\.2%, so the first is not higher$/,
    );
  });
  it("a ratio range: sent-out power is six tenths and more of generation, not seven", () => {
    expect(compareProblem(claim({ compare: "fig:review-1-f8", with: "fig:review-1-f6", is: "lower", at_least: 0.6, below: 0.7 }), edition.reportId, words)).toBeNull();
    expect(compareProblem(claim({ compare: "fig:review-1-f8", with: "fig:review-1-f6", is: "lower", at_least: 0.7, below: 0.8 }), edition.reportId, words)).toMatch(/a ratio of 0\.63, not at least 0\.7 and under 0\.8/);
  });
  it("two units, an unstated value and an unknown name are problems, not comparisons", () => {
    expect(compareProblem(claim({ compare: "fig:review-1-f8", with: "ind:gdp:{review_year}", is: "higher" }), edition.reportId, words)).toMatch(/one unit, but fig:review-1-f8 is in "亿千瓦时" and ind:gdp:\d{4} in "%"/);
    expect(compareProblem(claim({ compare: "ind:industry-va:{review_year}", with: "ind:gdp:{review_year}", is: "higher" }), edition.reportId, words)).toMatch(/industry-va \/ yangquan-2024 \/ \d{4} is not stated/);
    expect(valueOf("ctx:no-such-fact", edition.reportId)).toMatch(/no fact "no-such-fact" in data\/context\.csv/);
    expect(valueOf("ctx:pm25-annual-limit-grade2", edition.reportId)).toEqual({ value: 35, unit: "微克/立方米" });
    expect(compareClaim.safeParse({ says: "x", compare: "gdp", with: "fig:a", is: "lower" }).success).toBe(false);
  });
});
