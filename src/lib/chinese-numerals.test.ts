import { describe, expect, it } from "vitest";
import { chineseNumeral, parseChineseNumeral } from "./chinese-numerals";

describe("chineseNumeral(n) writes n as a heading numeral", () => {
  it.each([
    [0, "〇"], [1, "一"], [9, "九"], [10, "十"], [11, "十一"], [15, "十五"], [20, "二十"], [21, "二十一"], [99, "九十九"],
  ])("%i → %s", (n, s) => expect(chineseNumeral(n)).toBe(s));

  it("round-trips with parseChineseNumeral for 1 … 99", () => {
    for (let n = 1; n <= 99; n++) expect(parseChineseNumeral(chineseNumeral(n))).toBe(n);
  });

  it.each([-1, 100, 1.5])("refuses %s", (n) => expect(() => chineseNumeral(n)).toThrow(/0 … 99/));
});

describe("parseChineseNumeral(s) reads a heading numeral", () => {
  it.each([["九", 9], ["十", 10], ["十二", 12], ["三十", 30]])("%s → %i", (s, n) => expect(parseChineseNumeral(s)).toBe(n));
  it.each(["", "百", "十十", "一二", "十一二"])("refuses %j", (s) => expect(parseChineseNumeral(s)).toBeNull());
});
