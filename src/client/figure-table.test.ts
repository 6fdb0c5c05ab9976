import { expect, test } from "vitest";
import { compareKeys, rowMatches } from "./figure-table";

const row = { text: "部署（六）第2段 地区生产总值增长5%左右 增速 2024 目标", measure: "增速", period: "2024" };

test("filter: all words of the query, the measure and the period must match", () => {
  expect(rowMatches(row, { q: "", measure: "", period: "" })).toBe(true);
  expect(rowMatches(row, { q: "生产总值 左右", measure: "增速", period: "2024" })).toBe(true);
  expect(rowMatches(row, { q: "生产总值 以上", measure: "", period: "" })).toBe(false);
  expect(rowMatches(row, { q: "", measure: "总量", period: "" })).toBe(false);
  expect(rowMatches(row, { q: "", measure: "", period: "2023" })).toBe(false);
});

test("sort: numbers numerically, text by Chinese collation, blanks last both ways", () => {
  const keys = ["10", "", "9", "100"];
  expect([...keys].sort((a, b) => compareKeys(a, b, "number", 1))).toEqual(["9", "10", "100", ""]);
  expect([...keys].sort((a, b) => compareKeys(a, b, "number", -1))).toEqual(["100", "10", "9", ""]);
  expect(compareKeys("10", "9", "text", 1)).toBeLessThan(0);
});
