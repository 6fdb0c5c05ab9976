import { describe, expect, it } from "vitest";
import { axisUnit, formatNumber, formatRange, formatTickZh, formatValue, withQualifier } from "./format";

describe("formatValue(value, unit)", () => {
  it.each([
    [6762, "万吨", "6762万吨"],
    [200.7, "亿元", "200.7亿元"],
    [18400, "人", "1.84万人"],
    [20070000000, "元", "200.7亿元"],
    [3.2, "%", "3.2%"],
    [4.3, "个百分点", "4.3个百分点"],
    [52, "家", "52家"],
    [0.1 + 0.2, "%", "0.3%"],
  ])("formatValue(%s, %s) → %s", (value, unit, expected) => expect(formatValue(value, unit)).toBe(expected));

  it("rejects non-finite numbers", () => expect(() => formatNumber(Number.NaN)).toThrow(/finite/));
});

describe("formatTickZh(base value)", () => {
  it.each([
    [100000000, "1亿"],
    [50000000, "5000万"],
    [2500, "2500"],
    [0, "0"],
  ])("%s → %s", (value, expected) => expect(formatTickZh(value)).toBe(expected));
});

describe("withQualifier(text, qualifier)", () => {
  it.each([
    ["5%", "左右", "5%左右"],
    ["35%", "以上", "35%以上"],
    ["3000家", "超过", "超过3000家"],
    ["64%", "力争|达到", "力争达到64%"],
    ["97.3%", "达", "达97.3%"],
    ["150家", "余", "150余家"],
    ["3000家", "多", "3000多家"],
    ["5%", "", "5%"],
    ["5%", null, "5%"],
  ])("withQualifier(%s, %s) → %s", (text, q, expected) => expect(withQualifier(text, q)).toBe(expected));
});

describe("formatRange", () => {
  it("writes a range like the report", () => expect(formatRange(3, 5, "家")).toBe("3-5家"));
  it("falls back to a point value", () => expect(formatRange(3, null, "家")).toBe("3家"));
});

describe("axisUnit(units, context)", () => {
  it("returns the single unit", () => expect(axisUnit(["%", "%"], "t")).toBe("%"));
  it("refuses % and 个百分点 on one axis", () => expect(() => axisUnit(["%", "个百分点"], "growthBars")).toThrow(/"%" and "个百分点" cannot share an axis/));
  it("refuses any two units", () => expect(() => axisUnit(["万吨", "%"], "levels")).toThrow(/exactly one unit.*"万吨", "%"/));
});
