import { beforeAll, describe, expect, it } from "vitest";
import { byQuote, extractSeed, extractShanxi, seedPresent, shanxiPresent } from "./test-support.ts";
import type { FigureRow } from "./types.ts";

type Spot = [quote: string, expected: Partial<FigureRow>];

function checkSpots(figures: FigureRow[], spots: Spot[]): void {
  for (const [quote, expected] of spots) {
    const found = byQuote(figures, quote);
    expect(found.length, `figure "${quote}"`).toBeGreaterThan(0);
    expect(found[0], quote).toMatchObject(expected);
  }
}

describe("yangquan-2024 figures (EDITORIAL.md)", () => {
  const { sections, figures } = extractSeed("yangquan-2024");
  const spots: Spot[] = [
    ["增长3.2%", { value: "3.2", unit: "%", measure: "growth", status: "actual", period: "2023", section_id: "review-p2" }],
    ["6762万吨", { value: "6762", base_value: "67620000", section_id: "review-1" }],
    ["1252万吨", { value: "1252", unit: "万吨" }],
    ["276.9亿千瓦时", { base_value: "27690000000", unit: "亿千瓦时" }],
    ["175.3亿千瓦时", { value: "175.3" }],
    ["达到254万千瓦", { value: "254", unit: "万千瓦", qualifier: "达到" }],
    ["94.5%", { measure: "share" }],
    ["达到95%左右", { qualifier: "达到|左右", status: "target", period: "2024" }],
    ["163个月", { measure: "count", section_id: "review-7" }],
    ["降至38微克/立方米", { value: "38", unit: "微克/立方米" }],
    ["15.3万户", { base_value: "153000" }],
    ["增长17.8%", { measure: "growth" }],
    ["3-5家", { value: "3", value_max: "5", base_value_max: "5", section_id: "plan-5-p5" }],
    ["11.8万亩", { section_id: "plan-7-p3", status: "target" }],
    ["达到35%", { measure: "share" }],
    ["达到80%以上", { qualifier: "达到|以上" }],
    ["2×100万千瓦", { value: "200", unit: "万千瓦" }],
    ["10GWh", { unit: "GWh" }],
    ["增长5%左右", { section_id: "plan-p3", qualifier: "左右" }],
    ["4%左右", { section_id: "plan-p3", measure: "share" }],
  ];
  it("has the editorial figures with exact values", () => checkSpots(figures, spots));

  it("counts figures per plan area as the editorial table, less its name-like digits", () => {
    const perArea = (n: number): number => figures.filter((f) => f.section_id === `plan-${n}` || f.section_id.startsWith(`plan-${n}-`)).length;
    // EDITORIAL.md counts digit runs: 8, 19, 6, 3, 8, 19, 2, 5, 0. Not figures here: (一) ·1947; (二) 2×100 is one
    // figure; (三) 5G, NO.7; (五) 3-5 is one figure; (六) 国道239 ×2, 国道338, 省道315; (七) “1+X”.
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map(perArea)).toEqual([7, 18, 4, 3, 7, 15, 1, 5, 0]);
    expect(figures.filter((f) => f.section_id.startsWith("plan-7")).map((f) => f.quote)).toEqual(["11.8万亩"]);
  });

  it("has no name-like tokens", () => {
    const quotes = figures.map((f) => f.quote);
    for (const bad of ["PM2.5", "5G", "12345", "NO.7", "·1947", "“14510”", "1+X", "4+N", "2023年", "2024年", "国道", "省道"]) {
      expect(quotes.filter((q) => q.includes(bad)), bad).toEqual([]);
    }
    const nameValues = ["2.5", "307", "207", "1947", "14510", "12345", "2023", "2024", "239", "338", "315"];
    expect(figures.filter((f) => nameValues.includes(f.value)).map((f) => f.quote)).toEqual([]);
  });

  it("links every figure to its section text and sentence", () => {
    const text = new Map(sections.map((s) => [s.id, s.text]));
    for (const f of figures) {
      const t = text.get(f.section_id)!;
      expect(t.slice(f.offset, f.offset + f.quote.length), f.id).toBe(f.quote);
      expect(f.sentence.includes(f.quote), f.id).toBe(true);
      expect(t.includes(f.sentence), f.id).toBe(true);
    }
  });
});

// Texts outside the repository (../shared/reports): skipped in a clone without them.
describe.runIf(seedPresent("national-2024"))("national-2024 figures", () => {
  let figures: FigureRow[] = [];
  beforeAll(() => void ({ figures } = extractSeed("national-2024")));
  it("has the stated figures (the text writes only about 50 numbers in Arabic digits)", () => {
    expect(figures.length).toBeGreaterThan(35);
    checkSpots(figures, [
      ["增长5%左右", { value: "5", unit: "%", qualifier: "左右", measure: "growth", section_id: "part2-p3" }],
      ["1200万人以上", { value: "1200", unit: "万人", qualifier: "以上", base_value: "12000000" }],
      ["5.5%左右", { value: "5.5", qualifier: "左右" }],
      ["涨幅3%左右", { value: "3", measure: "growth" }],
      ["超过126万亿元", { qualifier: "超过", base_value: "126000000000000", status: "actual", period: "2023" }],
      ["1244万人", { unit: "万人" }],
      ["上涨0.2%", { direction: "up", measure: "growth" }],
      ["降低2.5%左右", { direction: "down" }],
      ["增长近30%", { qualifier: "近" }],
      ["6600多万", { qualifier: "多", base_value: "66000000" }],
      ["7000亿元", { status: "target", period: "2024" }],
    ]);
    expect(figures.map((f) => f.quote).join(" ")).not.toMatch(/C919|3\.0|5G|2024年/);
  });
});

describe.runIf(shanxiPresent())("shanxi-2025 figures", () => {
  let figures: FigureRow[] = [];
  beforeAll(() => void ({ figures } = extractShanxi()));
  it("has more than 100 figures and the expected spot values", () => {
    expect(figures.length).toBeGreaterThan(100);
    checkSpots(figures, [
      ["增长5%左右", { section_id: "plan-p2", period: "2025", status: "target", qualifier: "左右" }],
      ["增长6%以上", { qualifier: "以上", measure: "growth" }],
      ["45万人", { base_value: "450000" }],
      ["5.5%左右", { measure: "share" }],
      ["涨幅2%左右", { measure: "growth" }],
      ["1—2个", { value: "1", value_max: "2", unit: "个" }],
      ["300多家", { qualifier: "多", value: "300" }],
      ["4400余件", { qualifier: "余" }],
      ["上升5位", { measure: "rank", direction: "up" }],
      ["降至36微克/立方米", { direction: "down", period: "2024", status: "actual" }],
      ["超过165亿立方米", { unit: "亿立方米", base_unit: "立方米", qualifier: "超过" }],
      ["突破1700户", { qualifier: "突破" }],
    ]);
    expect(figures.map((f) => f.quote).join(" ")).not.toMatch(/PM|5G|“1\+|13331|1551|500强/);
  });
});
