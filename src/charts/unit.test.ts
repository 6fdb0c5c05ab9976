import { describe, expect, it } from "vitest";
import { unitChart, unitsPerDot } from "./unit";
import { expectSvgSnapshot } from "./shared/snapshot";
import { expectPageSafeSvg, expectValidHtml } from "./shared/assertions";
import { unitRows } from "../test/fixtures/charts/yangquan-2024";

describe("unitChart", () => {
  const chart = unitChart(unitRows);

  it("matches its snapshot", () => expectSvgSnapshot("unit", chart.svg));
  it("is page-safe and valid HTML", async () => {
    expectPageSafeSvg(chart.svg);
    await expectValidHtml(chart.svg);
  });

  it("caps the dots and says what a dot stands for", () => {
    expect(chart.alt).toBe("2023年高新技术企业总数达到164家；2024年计划新认定48家（每点代表2家，空心点为不足2家的余数）。");
    expect(chart.svg.match(/<circle /g)).toHaveLength(82 + 24);
  });

  it("draws one dot per unit below the cap, and an open dot for a remainder", () => {
    expect(unitChart(unitRows, { cap: 200 }).svg.match(/<circle /g)).toHaveLength(164 + 48);
    expect(unitChart([{ key: "odd", label: "新认定高新技术企业", count: 52, unit: "家" }], { cap: 10 }).svg.match(/class="m-open"/g)).toHaveLength(1);
  });

  it.each([
    [164, 100, 2],
    [48, 100, 1],
    [1252, 100, 20],
    [0, 100, 1],
  ])("unitsPerDot(%s, %s) is %s", (max, cap, expected) => expect(unitsPerDot(max, cap)).toBe(expected));

  it("has one table row per group", () => expect(chart.table.rows).toHaveLength(2));

  it("step 0 draws the first group only", () => expect(unitChart(unitRows, { step: 0 }).svg.match(/<circle /g)).toHaveLength(82));

  it("rejects fractional counts", () => expect(() => unitChart([{ ...unitRows[0]!, count: 1.5 }])).toThrow(/high-tech-total-2023 \(1.5\)/));
});
