import { describe, expect, it } from "vitest";
import { monthRowsChart, type MonthRowsRow } from "./month-rows";
import { expectSvgSnapshot } from "./shared/snapshot";
import { expectPageSafeSvg, expectValidHtml } from "./shared/assertions";

// review-7: "连续163个月杜绝重特大事故"
const streak: MonthRowsRow = { key: "months-without-major-accident", label: "连续杜绝重特大事故", value: 163, figureId: "review-7-f9", series: "actual" };

describe("monthRowsChart", () => {
  const chart = monthRowsChart(streak, { width: 340, area: "safety" });

  it("matches its snapshot", () => expectSvgSnapshot("month-rows", chart.svg));
  it("is page-safe and valid HTML", async () => {
    expectPageSafeSvg(chart.svg);
    await expectValidHtml(chart.svg);
  });
  it("draws one square per month, twelve to a row, full rows labelled as years from the start", () => {
    expect(chart.svg.match(/<rect /g)).toHaveLength(163);
    expect(chart.svg).toContain(">第1年<");
    expect(chart.svg).toContain(">第13年<");
    expect(chart.svg).not.toContain(">第14年<");
    expect(chart.svg).toContain(">又7个月<");
    expect(chart.alt).toBe("连续杜绝重特大事故：连续杜绝重特大事故163个月，每格一个月，每行十二个月，共13行满行又7个月。");
    expect(chart.table.rows).toEqual([{ item: "连续杜绝重特大事故", value: 163, text: "163个月", years: 13, rest: 7 }]);
  });
  it("squares are square and the rows fit the width", () => {
    const rects = [...chart.svg.matchAll(/<rect [^>]*width="([\d.]+)"[^>]*height="([\d.]+)"/g)];
    for (const [, w, h] of rects) expect(Math.abs(Number(w) - Number(h))).toBeLessThan(0.6);
    expect(chart.svg).toContain('viewBox="0 0 340 ');
  });
  it("refuses a count that is not whole months", () => {
    expect(() => monthRowsChart({ ...streak, value: 16.5 })).toThrow(/whole number of months/);
  });
});
