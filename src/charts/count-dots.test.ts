import { describe, expect, it } from "vitest";
import { countDotsChart, isFloorCount, type CountDotsRow } from "./count-dots";
import { expectSvgSnapshot } from "./shared/snapshot";
import { expectPageSafeSvg, expectValidHtml } from "./shared/assertions";

/** Yangquan 2024 report: review-p4 (150余家) and plan-3-p3 (30家以上, 25家以上). */
const firms: CountDotsRow[] = [
  { key: "parks-2023", label: "2023年 两园区累计签约入驻", unit: "家", value: 150, qualifier: "余", series: "actual", figureId: "review-p4-f2" },
  { key: "cec-2024", label: "2024年 中电数字产业园新入驻", unit: "家", value: 30, qualifier: "以上", series: "target", figureId: "plan-3-p3-f1" },
  { key: "no7-2024", label: "2024年 智创城NO.7新引进", unit: "家", value: 25, qualifier: "以上", series: "target", figureId: "plan-3-p3-f2" },
];
/** review-1 (5座) and plan-2-p2 (9座): plain counts, no floor. */
const mines: CountDotsRow[] = [
  { key: "built", label: "2023年 累计建成", unit: "座", value: 5, series: "actual" },
  { key: "done", label: "2024年 完成建设", unit: "座", value: 9, series: "target" },
];

describe("countDotsChart", () => {
  const chart = countDotsChart(firms, { subject: "数字园区的企业", area: "digital", width: 340 });

  it("matches its snapshot", () => expectSvgSnapshot("count-dots", chart.svg));
  it("is page-safe and valid HTML", async () => {
    expectPageSafeSvg(chart.svg);
    await expectValidHtml(chart.svg);
  });

  it("draws one solid dot per thing and three hollow dots after each floor", () => {
    const solid = chart.svg.match(/<circle (?![^>]*is-open)/g) ?? [];
    const open = chart.svg.match(/<circle [^>]*class="is-open"/g) ?? [];
    expect(solid).toHaveLength(150 + 30 + 25);
    expect(open).toHaveLength(9);
  });

  it("states each count with its qualifier and notes that floors may be more", () => {
    expect(chart.alt).toBe(
      "数字园区的企业（一个点代表一家）：2023年 两园区累计签约入驻150余家；2024年 中电数字产业园新入驻30家以上；2024年 智创城NO.7新引进25家以上。空心点：报告写“以上”“余”等，实际数可能更多；实心点只画到报告写出的数。",
    );
    expect(chart.table.rows[1]).toEqual({ item: "2024年 中电数字产业园新入驻", value: 30, text: "30家以上", floor: "是（实际可能更多）" });
  });

  it("has no hollow dots or note when no count is a floor", () => {
    const plain = countDotsChart(mines, { subject: "智能化矿井" });
    expect(plain.svg).not.toContain("is-open");
    expect(plain.alt).toBe("智能化矿井（一个点代表一座）：2023年 累计建成5座；2024年 完成建设9座。");
  });

  it("step k shows rows 0…k and keeps the height", () => {
    const first = countDotsChart(firms, { subject: "企业", width: 340, step: 0 });
    expect(first.svg.match(/data-row="/g)).toHaveLength(1);
    expect(first.table.rows).toHaveLength(1);
    expect(first.svg.match(/viewBox="[^"]+"/)?.[0]).toBe(chart.svg.match(/viewBox="[^"]+"/)?.[0]);
  });

  it("rejects mixed units, fractions and counts above the cap, naming them", () => {
    expect(() => countDotsChart([firms[0]!, mines[0]!], { subject: "x" })).toThrow(/exactly one unit/);
    expect(() => countDotsChart([{ ...mines[0]!, value: 1.5 }], { subject: "x" })).toThrow(/built = 1.5/);
    expect(() => countDotsChart([{ ...mines[0]!, value: 3000 }], { subject: "x" })).toThrow(/0 to 200.*built = 3000/);
  });

  it("reads floors from qualifiers", () => {
    expect(isFloorCount("以上")).toBe(true);
    expect(isFloorCount("达到|余")).toBe(true);
    expect(isFloorCount("左右")).toBe(false);
    expect(isFloorCount(null)).toBe(false);
  });
});
