import { describe, expect, it } from "vitest";
import { comparisonChart } from "./comparison";
import { expectSvgSnapshot } from "./shared/snapshot";
import { expectPageSafeSvg, expectValidHtml } from "./shared/assertions";
import { comparisonRows } from "../test/fixtures/charts/yangquan-2024";

describe("comparisonChart", () => {
  const chart = comparisonChart(comparisonRows);

  it("matches its snapshot", () => expectSvgSnapshot("comparison", chart.svg));
  it("is page-safe and valid HTML", async () => {
    expectPageSafeSvg(chart.svg);
    await expectValidHtml(chart.svg);
  });

  it("states both values with qualifiers, and flags the non-comparable one", () => {
    expect(chart.alt).toContain("经济增速：阳泉5%左右，全国5%左右");
    expect(chart.alt).toContain("城镇新增就业：阳泉1.8万人，全国1200万人以上");
    expect(chart.alt).toContain("失业率：阳泉4%左右，全国5.5%左右（不可直接比较：阳泉为登记失业率，全国为调查失业率）");
    expect(chart.svg).toContain("不可直接比较：阳泉为登记失业率");
  });

  it("draws one panel per indicator", () => {
    expect(chart.svg.match(/data-panel="/g)).toHaveLength(comparisonRows.length);
    expect(chart.table.rows).toHaveLength(comparisonRows.length);
    expect(chart.table.rows[2]).toMatchObject({ comparable: "不可直接比较：阳泉为登记失业率，全国为调查失业率" });
  });

  it("never puts two units on one axis: mismatched units get labels, no bars, and a note", () => {
    const mixed = comparisonChart([{ ...comparisonRows[1]!, referenceUnit: "%" }]);
    expect(mixed.svg).toContain("单位不同（万人 / %）");
    expect(mixed.svg).not.toContain('data-mark="bar"');
  });

  it("labelsOnly: one unit but scales too far apart for one axis gets labels, no bars, and its note", () => {
    const jobs = comparisonChart([{ ...comparisonRows[1]!, labelsOnly: true, note: "规模相差悬殊" }]);
    expect(jobs.svg).toContain("规模相差悬殊");
    expect(jobs.svg).not.toContain('data-mark="bar"');
    expect(comparisonChart([comparisonRows[1]!]).svg).toContain('data-mark="bar"');
  });

  it("step 0 shows only the local values", () => {
    const s0 = comparisonChart(comparisonRows, { step: 0 });
    expect(s0.svg).not.toContain("1200万人以上");
    expect(s0.alt).not.toMatch(/全国\d/);
  });
});
