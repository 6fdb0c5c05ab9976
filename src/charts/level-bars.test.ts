import { describe, expect, it } from "vitest";
import { computedShare, levelBarsChart } from "./level-bars";
import { expectSvgSnapshot } from "./shared/snapshot";
import { expectPageSafeSvg, expectValidHtml } from "./shared/assertions";
import { powerRows } from "../test/fixtures/charts/yangquan-2024";

describe("levelBarsChart", () => {
  const chart = levelBarsChart(powerRows, { subject: "2023年发电与外送", area: "industry" });

  it("matches its snapshot", () => expectSvgSnapshot("level-bars", chart.svg));
  it("is page-safe and valid HTML", async () => {
    expectPageSafeSvg(chart.svg);
    await expectValidHtml(chart.svg);
  });

  it("states the levels and labels the computed share as 计算值", () => {
    expect(chart.alt).toBe("2023年发电与外送：发电量276.9亿千瓦时；外送电量175.3亿千瓦时，占发电量的63.3%（计算值）。");
    expect(chart.svg).toContain("占发电量的63.3%（计算值）");
  });

  it("has one table row per level, with the share only where computed", () => {
    expect(chart.table.rows).toEqual([
      { item: "发电量", value: 276.9, text: "276.9亿千瓦时", share: null },
      { item: "外送电量", value: 175.3, text: "175.3亿千瓦时", share: 63.3 },
    ]);
  });

  it("computes shares and refuses a zero whole", () => {
    expect(computedShare(1252, 6762)).toBe(18.5);
    expect(() => computedShare(1, 0)).toThrow(/positive/);
  });

  it("rejects a partOf that names no row and mixed units", () => {
    expect(() => levelBarsChart([{ ...powerRows[1]!, partOf: "nope" }])).toThrow(/sent-out → nope/);
    expect(() => levelBarsChart([powerRows[0]!, { ...powerRows[1]!, unit: "%" }])).toThrow(/exactly one unit/);
  });

  it("step 0 hides the computed share", () => expect(levelBarsChart(powerRows, { step: 0 }).svg).not.toContain("计算值"));
});
