import { describe, expect, it } from "vitest";
import { commitmentGridChart } from "./commitment-grid";
import { expectSvgSnapshot } from "./shared/snapshot";
import { expectPageSafeSvg, expectValidHtml } from "./shared/assertions";
import { commitmentRows } from "../test/fixtures/charts/yangquan-2024";

describe("commitmentGridChart", () => {
  const chart = commitmentGridChart(commitmentRows, { area: "ecology" });

  it("matches its snapshot", () => expectSvgSnapshot("commitment-grid", chart.svg));
  it("is page-safe and valid HTML", async () => {
    expectPageSafeSvg(chart.svg);
    await expectValidHtml(chart.svg);
  });

  it("lists every commitment by theme in the alt text", () => {
    expect(chart.alt).toContain("双碳工作：碳达峰碳中和“1+X”政策体系、碳达峰阳泉行动");
    expect(chart.alt.split("；")).toHaveLength(3);
  });

  it("has one table row and one cell per commitment", () => {
    expect(chart.table.rows).toHaveLength(commitmentRows.length);
    expect(chart.svg.match(/<rect /g)).toHaveLength(commitmentRows.length);
  });

  it("step 0 reveals the first theme and dims the others in place", () => {
    const s0 = commitmentGridChart(commitmentRows, { step: 0 });
    expect(s0.svg.match(/class="theme is-dimmed"/g)).toHaveLength(2);
    expect(s0.alt).not.toContain("双碳工作");
    expect(s0.svg.match(/viewBox="[^"]+"/)?.[0]).toBe(chart.svg.match(/viewBox="[^"]+"/)?.[0]);
  });

  it("rejects blank names", () => expect(() => commitmentGridChart([{ theme: "x", name: " " }])).toThrow(/row 1/));
});
