import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { countGroups, countTerms, topWords } from "./terms";

// Lines from seeds/yangquan-2024-government-work-report.txt (the main targets and the investment paragraph opening).
const texts = [
  "今年经济社会发展主要目标是：地区生产总值增长5%左右，尽可能争取更好结果；规上工业增加值增长4%左右，固定资产投资增长10%左右。",
  "扩大有效益的投资。坚持把项目建设作为经济工作的主抓手，落实“四全工作法”，强化政策引导支持，放大政府投资带动效应，进一步扩大民间投资。",
];

describe("countTerms(texts, vocabulary)", () => {
  const counts = countTerms(texts, [
    { term: "增长", group: "verb" },
    { term: "投资", group: "theme" },
    { term: "扩大", group: "verb" },
    { term: "碳达峰", group: "theme" },
  ]);

  it("counts non-overlapping occurrences across texts", () => {
    expect(counts.find((c) => c.term === "投资")?.count).toBe(4);
    expect(counts.find((c) => c.term === "增长")?.count).toBe(3);
    expect(counts.find((c) => c.term === "扩大")?.count).toBe(2);
  });

  it("orders by count, then first occurrence, and keeps zero counts last", () => {
    expect(counts.map((c) => c.term)).toEqual(["投资", "增长", "扩大", "碳达峰"]);
    expect(counts[3]).toEqual({ term: "碳达峰", group: "theme", count: 0, first: null });
  });

  it("breaks ties by first occurrence", () => {
    const tie = countTerms(["乙甲", "甲乙"], [{ term: "甲", group: "g" }, { term: "乙", group: "g" }]);
    expect(tie.map((c) => c.term)).toEqual(["乙", "甲"]);
  });

  it("sums groups", () => {
    expect(countGroups(counts)).toEqual([
      { group: "verb", count: 5, first: { text: 0, offset: 20 } },
      { group: "theme", count: 4, first: { text: 0, offset: 55 } },
    ]);
  });

  it("lists every vocabulary problem at once", () => {
    expect(() => countTerms(texts, [{ term: "", group: "a" }, { term: "x", group: "a" }, { term: "x", group: "b" }])).toThrow(
      /vocabulary\[0\]: empty term\nvocabulary\[2\]: duplicate term "x"/,
    );
  });
});

describe("topWords(texts, options)", () => {
  it("segments Chinese words with Intl.Segmenter", () => {
    const words = topWords(texts, { limit: 3 });
    expect(words.map((w) => [w.word, w.count])).toEqual([
      ["投资", 4],
      ["增长", 3],
      ["左右", 3],
    ]);
  });

  it("drops stop words, short words and numbers", () => {
    const words = topWords(texts, { stop: ["左右", "增长"], minLength: 2 }).map((w) => w.word);
    expect(words).not.toContain("左右");
    expect(words).not.toContain("5");
    expect(words.every((w) => w.length >= 2)).toBe(true);
  });

  it("is deterministic on the whole report", () => {
    const report = readFileSync(new URL("../../seeds/yangquan-2024-government-work-report.txt", import.meta.url), "utf8").split("\n");
    const a = topWords(report, { limit: 20 });
    expect(topWords(report, { limit: 20 })).toEqual(a);
    expect(a).toHaveLength(20);
    for (let i = 1; i < a.length; i += 1) expect(a[i - 1]!.count).toBeGreaterThanOrEqual(a[i]!.count);
  });
});
