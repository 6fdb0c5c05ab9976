import { describe, expect, it } from "vitest";
import { rowSources } from "./row-sources";

const figures = [
  { id: "a-f1", section_id: "review-6", quote: "5.77万亩", sentence: "建成高标准农田5.77万亩。" },
  { id: "b-f2", section_id: "plan-6-p2", quote: "9万亩", sentence: "新建高标准农田9万亩。" },
];
const url = (id: string) => `https://x.cn/report/#${id}`;

describe("rowSources", () => {
  it("credits a row to the figures its text cells quote", () => {
    const table = { columns: [], rows: [{ actual_text: "5.77万亩", target_text: "9万亩", actual: 5.77 }] };
    expect(rowSources(table, figures, ["review-6", "plan-6-p2"], url)).toEqual([
      { sectionIds: ["review-6", "plan-6-p2"], urls: [url("review-6"), url("plan-6-p2")], quotes: ["建成高标准农田5.77万亩。", "新建高标准农田9万亩。"] },
    ]);
  });
  it("credits an unmatched row to every source of the chart, with no quote", () => {
    const table = { columns: [], rows: [{ label: "未提及" }] };
    expect(rowSources(table, figures, ["plan-6"], url)).toEqual([{ sectionIds: ["plan-6"], urls: [url("plan-6")], quotes: [] }]);
  });
});
