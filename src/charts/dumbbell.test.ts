import { describe, expect, it } from "vitest";
import { dumbbellChart } from "./dumbbell";
import { expectSvgSnapshot } from "./shared/snapshot";
import { dumbbellRows, YEARS } from "../test/fixtures/charts/yangquan-2024";
import { expectPageSafeSvg, expectValidHtml } from "./shared/assertions";

describe("dumbbellChart", () => {
  const chart = dumbbellChart(dumbbellRows, { ...YEARS });

  it("matches its snapshot", () => expectSvgSnapshot("dumbbell", chart.svg));

  it("states every actual and target with its qualifier in the alt text", () => {
    expect(chart.alt).toContain("地区生产总值：2023年3.2%，2024年目标5%左右");
    expect(chart.alt).toContain("规上工业增加值：2023年未提及，2024年目标4%左右");
    expect(chart.alt).toContain("城镇新增就业：2023年1.84万人，2024年目标1.8万人");
  });

  it("has one table row per indicator, with null for a value not stated", () => {
    expect(chart.table.rows).toHaveLength(dumbbellRows.length);
    expect(chart.table.rows[1]).toMatchObject({ indicator: "规上工业增加值", actual: null, actual_text: "未提及", target: 4 });
  });

  it("draws one panel per unit and shows 未提及", () => {
    expect(chart.svg.match(/data-panel="/g)).toHaveLength(3);
    expect(chart.svg).toContain("2023年未提及");
    expectPageSafeSvg(chart.svg);
  });

  it("is valid HTML", () => expectValidHtml(chart.svg));

  it("step 0 shows only actuals; the state is a pure function of the step", () => {
    const s0 = dumbbellChart(dumbbellRows, { ...YEARS, step: 0 });
    expect(s0.svg).not.toContain("5%左右");
    expect(s0.svg).toContain('id="dumbbell-s0"');
    expect(dumbbellChart(dumbbellRows, { ...YEARS, step: 0 }).svg).toBe(s0.svg);
    expect(dumbbellChart(dumbbellRows, { ...YEARS, step: 1 }).svg).toContain("5%左右");
  });

  it("dims rows that are not highlighted", () => {
    const svg = dumbbellChart(dumbbellRows, { ...YEARS, highlight: ["gdp-growth"] }).svg;
    expect(svg).toContain("is-dimmed");
  });
});
