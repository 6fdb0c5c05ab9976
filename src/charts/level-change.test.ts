import { describe, expect, it } from "vitest";
import { BEFORE_AFTER } from "../test/fixtures/charts/yangquan-2024";
import { changeText, computedChange, levelChangeChart, type LevelChangeRow } from "./level-change";
import { expectSvgSnapshot } from "./shared/snapshot";
import { expectPageSafeSvg, expectValidHtml } from "./shared/assertions";

/** Yangquan 2024 report: review-3 (137亿元) and plan-2-p4 (达到220亿元). */
const chains: LevelChangeRow[] = [
  {
    key: "industrial-chains-revenue",
    label: "九条重点产业链营收",
    unit: "亿元",
    before: { status: "actual", value: 137, figureId: "review-3-f3" },
    after: { status: "target", value: 220, qualifier: "达到", figureId: "plan-2-p4-f1" },
  },
];

describe("levelChangeChart", () => {
  const chart = levelChangeChart(chains, { ...BEFORE_AFTER, area: "industry", width: 340 });

  it("matches its snapshot", () => expectSvgSnapshot("level-change", chart.svg));
  it("is page-safe and valid HTML", async () => {
    expectPageSafeSvg(chart.svg);
    await expectValidHtml(chart.svg);
  });

  it("writes both levels as stated and the change as 计算值 with its inputs", () => {
    expect(chart.alt).toBe("九条重点产业链营收：2023年137亿元，2024年目标达到220亿元，比2023年多60.6%（计算值：220÷137−1）。");
    expect(chart.svg).toContain("比2023年多60.6%（计算值：220÷137−1）");
    expect(chart.table.rows[0]).toMatchObject({ before: 137, after: 220, change: 60.6 });
  });

  it("reveals before, after, then the change", () => {
    const s0 = levelChangeChart(chains, { ...BEFORE_AFTER, step: 0 });
    expect(s0.alt).toBe("九条重点产业链营收：2023年137亿元。");
    expect(s0.svg).not.toContain("2024年目标");
    expect(levelChangeChart(chains, { ...BEFORE_AFTER, step: 1 }).svg).not.toContain("计算值");
  });

  it("computes no change when a value is not stated or the base is zero", () => {
    expect(computedChange({ status: "not_stated" }, chains[0]!.after)).toBeNull();
    expect(computedChange({ status: "actual", value: 0 }, chains[0]!.after)).toBeNull();
    expect(changeText({ status: "actual", value: 10 }, { status: "target", value: 8 }, "去年")).toBe("比去年少20%（计算值：8÷10−1）");
  });

  it("rejects mixed units", () => {
    expect(() => levelChangeChart([chains[0]!, { ...chains[0]!, key: "x", unit: "%" }], { ...BEFORE_AFTER })).toThrow(/exactly one unit/);
  });
});
