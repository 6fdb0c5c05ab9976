import { describe, expect, it } from "vitest";
import { standardBarsChart, type StandardRow } from "./standard-bars";
import { expectSvgSnapshot } from "./shared/snapshot";
import { expectPageSafeSvg, expectValidHtml } from "./shared/assertions";

// review-p5: "PM2.5浓度降至38微克/立方米"; data/context.csv pm25-annual-limit-grade2 (GB 3095-2012 表1: 年平均 二级 35).
const rows: StandardRow[] = [
  { key: "pm25", label: "阳泉 2023年", unit: "微克/立方米", value: 38, qualifier: null, figureId: "review-p5-f6", series: "actual" },
  { key: "pm25-annual-limit-grade2", label: "PM2.5年平均浓度限值（二级）", unit: "微克/立方米", value: 35, reference: "国家标准（GB 3095-2012）二级限值" },
];

describe("standardBarsChart", () => {
  const chart = standardBarsChart(rows, { subject: "2023年阳泉细颗粒物浓度与国家标准", area: "ecology", width: 340 });

  it("matches its snapshot", () => expectSvgSnapshot("standard-bars", chart.svg));
  it("is page-safe and valid HTML", async () => {
    expectPageSafeSvg(chart.svg);
    await expectValidHtml(chart.svg);
  });
  it("draws the level as a bar and the standard as a labelled line, marked as outside the report", () => {
    expect(chart.svg).toContain("国家标准（GB 3095-2012）二级限值：35微克/立方米");
    expect(chart.svg).toContain("38微克/立方米");
    expect(chart.alt).toBe("2023年阳泉细颗粒物浓度与国家标准：阳泉 2023年38微克/立方米；国家标准（GB 3095-2012）二级限值：35微克/立方米（报告外参照）。");
  });
  it("cites the report's figure for the bar and nothing of the report for the standard", () => {
    expect(chart.table.sources).toEqual([
      { figures: [{ figureId: "review-p5-f6", reportId: null }], sectionIds: [] },
      { figures: [], sectionIds: [] },
    ]);
    expect(chart.table.rows.map((r) => r.source)).toEqual(["本报告", "国家标准（GB 3095-2012）二级限值"]);
  });
  it("draws the review-year value in the actual colour and the standard as a plain line", () => {
    expect(chart.svg).toContain('class="s-actual c-actual"');
    expect(chart.svg).not.toContain("c-national");
  });
  it("step 0 shows the bar without the line", () => {
    const bare = standardBarsChart(rows, { step: 0 });
    expect(bare.svg).not.toContain("GB 3095-2012");
    expect(bare.svg).toContain("38微克/立方米");
  });
  it("refuses rows without a reference, and mixed units", () => {
    expect(() => standardBarsChart([rows[0]!])).toThrow(/at least one level and one reference/);
    expect(() => standardBarsChart([rows[0]!, { ...rows[1]!, unit: "%" }])).toThrow(/exactly one unit/);
  });
});
