import { describe, expect, it } from "vitest";
import { growthBarsChart } from "./growth-bars";
import { expectSvgSnapshot } from "./shared/snapshot";
import { expectPageSafeSvg, expectValidHtml } from "./shared/assertions";
import { growthRows, YEARS } from "../test/fixtures/charts/yangquan-2024";

describe("growthBarsChart", () => {
  const chart = growthBarsChart(growthRows, { ...YEARS });

  it("matches its snapshot", () => expectSvgSnapshot("growth-bars", chart.svg));
  it("is page-safe and valid HTML", async () => {
    expectPageSafeSvg(chart.svg);
    await expectValidHtml(chart.svg);
  });

  it("states actuals and targets with qualifiers in the alt text", () => {
    expect(chart.alt).toContain("第一产业增加值：2023年8%，2024年目标5%左右");
    expect(chart.alt).toContain("建筑业总产值：2023年未提及，2024年目标10%以上");
  });

  it("has one table row per item", () => {
    expect(chart.table.rows).toHaveLength(growthRows.length);
    expect(chart.table.rows[2]).toMatchObject({ item: "建筑业总产值", actual: null, actual_text: "未提及", target: 10, target_text: "10%以上" });
  });

  it("labels a missing actual 未提及 on the chart", () => expect(chart.svg).toContain("2023年 未提及"));

  it("refuses % and 个百分点 on one axis", () => {
    const pp = { ...growthRows[0]!, key: "pp", unit: "个百分点" };
    expect(() => growthBarsChart([...growthRows, pp], { ...YEARS })).toThrow(/"%" and "个百分点" cannot share an axis/);
  });

  it("refuses a level unit", () => {
    expect(() => growthBarsChart([{ ...growthRows[0]!, unit: "万吨" }], { ...YEARS })).toThrow(/must be in "%"/);
  });

  it("step 0 hides the targets", () => {
    const s0 = growthBarsChart(growthRows, { ...YEARS, step: 0 });
    expect(s0.svg).not.toContain("2024年目标");
    expect(s0.alt).not.toContain("目标");
  });
});
