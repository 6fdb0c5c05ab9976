import { describe, expect, it } from "vitest";
import { MAX_UNITS, countUnitsChart } from "./count-units";
import { expectSvgSnapshot } from "./shared/snapshot";
import { expectPageSafeSvg, expectValidHtml } from "./shared/assertions";
import { schoolRows } from "../test/fixtures/count-units/schools";

const squares = (svg: string) => svg.match(/<rect /g)?.length ?? 0;

describe("countUnitsChart", () => {
  const chart = countUnitsChart(schoolRows, { subject: "学校（所）", width: 340 });

  it("matches its snapshot", () => expectSvgSnapshot("count-units", chart.svg));
  it("is page-safe and valid HTML", async () => {
    expectPageSafeSvg(chart.svg);
    await expectValidHtml(chart.svg);
  });

  it("draws one square per unit and none for an unstated count", () => {
    expect(squares(chart.svg)).toBe(25 + 6 + 8);
    expect(chart.svg).toContain("幼儿园  未提及");
    expect(chart.alt).toContain("2023年完成，寄宿制学校25所、幼儿园未提及");
  });

  it("step 0 shows the first group's squares only, and keeps the second heading in place", () => {
    const first = countUnitsChart(schoolRows, { subject: "学校（所）", width: 340, step: 0 });
    expect(squares(first.svg)).toBe(25);
    expect(first.svg).toContain("2024年目标");
    expect(first.svg.match(/viewBox="[^"]+"/)?.[0]).toBe(chart.svg.match(/viewBox="[^"]+"/)?.[0]);
  });

  it("wraps squares in blocks of ten: a wider screen never needs more lines", () => {
    const many = [{ ...schoolRows[0]!, key: "many", value: { status: "actual" as const, value: 95 } }];
    const height = (svg: string) => Number(svg.match(/viewBox="0 0 \d+ (\d+)"/)?.[1]);
    const narrow = countUnitsChart(many, { subject: "学校（所）", width: 340 });
    const wide = countUnitsChart(many, { subject: "学校（所）", width: 640 });
    expect(height(wide.svg)).toBeLessThan(height(narrow.svg));
    expect(height(countUnitsChart(schoolRows, { subject: "学校（所）", width: 640 }).svg)).toBeLessThanOrEqual(height(chart.svg));
  });

  it("puts short counts beside their labels when that is shorter: one block of ten per line", () => {
    const rects = [...chart.svg.matchAll(/<rect [^>]*width="10"[^>]*x="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(rects.length).toBe(25 + 6 + 8);
    expect(Math.min(...rects)).toBeGreaterThan(100); // the squares start right of the longest label, 寄宿制学校  25所
  });

  it("rejects fractions, ranges and uncountable totals, naming every bad row", () => {
    const bad = [
      { ...schoolRows[0]!, key: "a", value: { status: "target" as const, value: 1.8 } },
      { ...schoolRows[0]!, key: "b", value: { status: "target" as const, value: 3, valueMax: 5 } },
      { ...schoolRows[0]!, key: "c", value: { status: "target" as const, value: MAX_UNITS + 1 } },
    ];
    expect(() => countUnitsChart(bad, { subject: "x" })).toThrow(/a \(1\.8所\), b \(3-5所\), c \(401所\)/);
  });
});
