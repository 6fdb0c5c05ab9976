import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { wordFrequencyChart } from "./word-frequency";
import { countTerms } from "../analysis/terms";
import { expectSvgSnapshot } from "./shared/snapshot";
import { expectPageSafeSvg, expectValidHtml } from "./shared/assertions";

// Counted in the real report, so the fixture is the seed itself.
const report = readFileSync(new URL("../../seeds/yangquan-2024-government-work-report.txt", import.meta.url), "utf8").split("\n");
const verbs = ["推进", "推动", "加快", "实施", "深化", "强化", "打造", "提升"].map((term) => ({ term, group: "动词" }));
const rows = countTerms(report, verbs);

describe("wordFrequencyChart", () => {
  const chart = wordFrequencyChart(rows, { subject: "报告中的常用动词", area: "reform" });

  it("matches its snapshot", () => expectSvgSnapshot("word-frequency", chart.svg));
  it("is page-safe and valid HTML", async () => {
    expectPageSafeSvg(chart.svg);
    await expectValidHtml(chart.svg);
  });

  it("states every count in the alt text, in order", () => {
    const first = rows[0]!;
    expect(chart.alt.startsWith(`报告中的常用动词（出现次数）：${first.term}${first.count}次`)).toBe(true);
    for (const r of rows) expect(chart.alt).toContain(`${r.term}${r.count}次`);
    expect(chart.svg).toContain(`${first.count}次`);
  });

  it("has one table row per term", () => expect(chart.table.rows.map((r) => r.term)).toEqual(rows.map((r) => r.term)));

  it("step 0 draws bars without counts", () => expect(wordFrequencyChart(rows, { step: 0 }).svg).not.toContain("次</text>"));

  it("rejects counts that are not whole numbers", () => {
    expect(() => wordFrequencyChart([{ term: "推进", count: 1.5 }, { term: "推动", count: -1 }])).toThrow(/"推进": 1.5, "推动": -1/);
  });
});
