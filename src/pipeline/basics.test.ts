import { describe, expect, it } from "vitest";
import { parseChineseNumeral } from "../lib/chinese-numerals.ts";
import { canonicalDecimal, multiplyDecimal, shiftDecimal } from "./decimal.ts";
import { normalizeFile, normalizeLine } from "./normalize.ts";
import { sentenceAt } from "./sentence.ts";

describe("normalize", () => {
  it.each([
    ["\u3000\u3000刚刚过去的２０２４年，增长３．２％。", "刚刚过去的2024年，增长3.2%。"],
    ["  ＰＭ２．５ 浓度  ", "PM2.5 浓度"],
    ["（一）“１+Ｘ”：保持，不变！", "（一）“1+X”：保持，不变！"],
  ])("%s", (input, expected) => expect(normalizeLine(input)).toBe(expected));
  it("strips the BOM and CRLF but keeps the line count", () => {
    expect(normalizeFile("\uFEFFa\r\n\r\nb\rc")).toBe("a\n\nb\nc");
  });
});

describe("decimal arithmetic", () => {
  it.each([
    ["200.7", 8, "20070000000"],
    ["1.5", 8, "150000000"],
    ["15.3", 4, "153000"],
    ["0.2", 0, "0.2"],
    ["126", 12, "126000000000000"],
    ["69.99", 8, "6999000000"],
  ])("%s × 10^%i = %s", (v, e, out) => expect(shiftDecimal(v, e)).toBe(out));
  it("multiplies exactly", () => {
    expect(multiplyDecimal("2", "100")).toBe("200");
    expect(multiplyDecimal("0.1", "0.2")).toBe("0.02");
  });
  it("canonicalises", () => {
    expect(canonicalDecimal("3.0")).toBe("3");
    expect(canonicalDecimal("1,200")).toBe("1200");
    expect(() => canonicalDecimal("1e5")).toThrow(/not a plain decimal: "1e5"/);
  });
});

describe("sentences and numerals", () => {
  it("returns the whole sentence including its end mark", () => {
    const t = "第一句。第二句有增长3.2%；第三句！";
    expect(sentenceAt(t, t.indexOf("增长"), t.indexOf("%") + 1).text).toBe("第二句有增长3.2%；");
    expect(sentenceAt("没有句号的增长5%", 5, 9).text).toBe("没有句号的增长5%");
  });
  it.each([["一", 1], ["九", 9], ["十", 10], ["十二", 12], ["二十", 20], ["二十三", 23], ["十十", null], ["甲", null]])(
    "%s → %s",
    (s, n) => expect(parseChineseNumeral(s)).toBe(n),
  );
});
