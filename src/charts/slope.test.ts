import { describe, expect, it } from "vitest";
import { dodge, slopeChart } from "./slope";
import { expectSvgSnapshot } from "./shared/snapshot";
import { expectPageSafeSvg, expectValidHtml } from "./shared/assertions";
import { slopeRows, BEFORE_AFTER } from "../test/fixtures/charts/yangquan-2024";

describe("slopeChart", () => {
  const chart = slopeChart(slopeRows, { ...BEFORE_AFTER });

  it("matches its snapshot", () => expectSvgSnapshot("slope", chart.svg));
  it("is page-safe and valid HTML", async () => {
    expectPageSafeSvg(chart.svg);
    await expectValidHtml(chart.svg);
  });

  it("states both ends with qualifiers, and 未提及 for a missing one", () => {
    expect(chart.alt).toContain("煤炭先进产能占比：2023年94.5%，2024年目标95%左右");
    expect(chart.alt).toContain("技能人才占从业人员：2023年未提及，2024年目标35%以上");
    expect(chart.svg).toContain("技能人才占从业人员 未提及");
  });

  it("has one table row per pair and one slope per complete pair", () => {
    expect(chart.table.rows).toHaveLength(3);
    expect(chart.svg.match(/<line [^>]*stroke-width="2"/g)).toHaveLength(2);
  });

  it("dodge keeps labels apart and in order", () => expect(dodge([100, 95, 300])).toEqual([111, 95, 300]));

  it("step 0 shows the before column only", () => expect(slopeChart(slopeRows, { ...BEFORE_AFTER, step: 0 }).svg).not.toContain("95%左右"));
});
