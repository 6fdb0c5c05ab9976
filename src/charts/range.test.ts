import { describe, expect, it } from "vitest";
import { boundOf, rangeChart } from "./range";
import { expectSvgSnapshot } from "./shared/snapshot";
import { expectPageSafeSvg, expectValidHtml } from "./shared/assertions";
import { rangeRows } from "../test/fixtures/charts/yangquan-2024";

describe("rangeChart", () => {
  const chart = rangeChart(rangeRows);

  it("matches its snapshot", () => expectSvgSnapshot("range", chart.svg));
  it("is page-safe and valid HTML", async () => {
    expectPageSafeSvg(chart.svg);
    await expectValidHtml(chart.svg);
  });

  it("states ranges and qualifiers as written", () => {
    expect(chart.alt).toBe("创新联合体3-5家；中电数字产业园新入驻企业30家以上；智创城NO.7新引进企业25家以上；新认定高新技术企业48家（单位：家）。");
  });

  it("draws each value by its bound", () => {
    expect(chart.svg.match(/data-bound="(\w+)"/g)).toEqual(['data-bound="range"', 'data-bound="floor"', 'data-bound="floor"', 'data-bound="point"']);
    expect(chart.table.rows[0]).toMatchObject({ value: 3, value_max: 5, text: "3-5家" });
    expect(chart.table.rows).toHaveLength(rangeRows.length);
  });

  it.each([
    [{ valueMax: 5 }, "range"],
    [{ qualifier: "以上" }, "floor"],
    [{ qualifier: "力争|以内" }, "ceiling"],
    [{ qualifier: "左右" }, "point"],
  ] as const)("boundOf(%o) is %s", (row, bound) => expect(boundOf(row)).toBe(bound));

  it("rejects an inverted range and mixed units", () => {
    expect(() => rangeChart([{ ...rangeRows[0]!, value: 5, valueMax: 3 }])).toThrow(/innovation-consortia \(5-3\)/);
    expect(() => rangeChart([rangeRows[0]!, { ...rangeRows[1]!, unit: "户" }])).toThrow(/exactly one unit/);
  });
});
