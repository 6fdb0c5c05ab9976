import { describe, expect, it } from "vitest";
import { milestoneTimelineChart } from "./milestone-timeline";
import { expectSvgSnapshot } from "./shared/snapshot";
import { expectPageSafeSvg, expectValidHtml } from "./shared/assertions";
import { milestoneRows, YEARS } from "../test/fixtures/charts/yangquan-2024";

const subject = "省市重点工程新建项目开工率";

describe("milestoneTimelineChart", () => {
  const chart = milestoneTimelineChart(milestoneRows, { year: YEARS.targetYear, subject });

  it("matches its snapshot", () => expectSvgSnapshot("milestone-timeline", chart.svg));
  it("is page-safe and valid HTML", async () => {
    expectPageSafeSvg(chart.svg);
    await expectValidHtml(chart.svg);
  });

  it("states each milestone with its qualifier", () => {
    expect(chart.alt).toBe("2024年省市重点工程新建项目开工率：一季度（3月底）达到35%，上半年（6月底）达到80%以上。");
    expect(chart.svg).toContain("上半年：达到80%以上");
  });

  it("has one table row per milestone shown", () => expect(chart.table.rows).toHaveLength(2));

  it("step k reveals milestones 0…k", () => {
    const s0 = milestoneTimelineChart(milestoneRows, { year: YEARS.targetYear, subject, step: 0 });
    expect(s0.svg).toContain("一季度：达到35%");
    expect(s0.svg).not.toContain("上半年");
    expect(s0.table.rows).toHaveLength(1);
  });

  it("rejects months and shares out of range, listing all", () => {
    expect(() => milestoneTimelineChart([{ ...milestoneRows[0]!, month: 13 }, { ...milestoneRows[1]!, value: 120 }], { year: YEARS.targetYear, subject })).toThrow(/q1 \(month 13, 35%\), h1 \(month 6, 120%\)/);
  });

  it("refuses units other than %", () => {
    expect(() => milestoneTimelineChart([{ ...milestoneRows[0]!, unit: "个百分点" }, milestoneRows[1]!], { year: YEARS.targetYear, subject })).toThrow(/cannot share an axis/);
  });
});
