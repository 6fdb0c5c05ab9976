import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { diffFigures, diffSections, formatDiff, type Row } from "./diff.ts";
import { renderReport } from "./run.ts";
import { readRepo, seedMeta } from "./test-support.ts";

const meta = seedMeta("yangquan-2024");
const original = readRepo(`seeds/${meta.file}`);
const rows = (text: string): { sections: Row[]; figures: Row[] } => {
  const out = renderReport(text, meta, meta.file);
  const parse = (csv: string): Row[] => Papa.parse<Row>(csv, { header: true, skipEmptyLines: true }).data;
  return { sections: parse(out["sections.csv"]), figures: parse(out["figures.csv"]) };
};
const before = rows(original);

function diff(text: string): string[] {
  const after = rows(text);
  return formatDiff("yangquan-2024", diffSections(before.sections, after.sections), diffFigures(before.figures, after.figures));
}

describe("data:diff", () => {
  it("says no changes for an identical extraction", () => {
    expect(diff(original)).toEqual(["## yangquan-2024", "no changes"]);
  });

  it("shows an inserted paragraph as one section and one figure, not as renumbering", () => {
    const lines = original.split("\n");
    lines.splice(8, 0, "新增段落：全市粮食产量增长2.5%。", "");
    const out = diff(lines.join("\n"));
    expect(out.filter((l) => /^[+~-] /.test(l))).toEqual([
      "+ section review-p2 (line 9): 新增段落：全市粮食产量增长2.5%。",
      "+ figure review-p2-f1: 增长2.5% = 2.5 % | 新增段落：全市粮食产量增长2.5%。",
    ]);
    expect(out.at(-1)).toMatch(/^\(ids renumbered without other change: \d+ sections, \d+ figures\)$/);
  });

  it("shows a changed value with before → after and the sentence", () => {
    const out = diff(original.replace("全市原煤产量6762万吨", "全市原煤产量6800万吨"));
    const figureLines = out.filter((l) => l.startsWith("~ figure"));
    expect(figureLines).toHaveLength(1);
    expect(figureLines[0]).toContain("6762万吨 (6762 万吨) → 6800万吨 (6800 万吨)");
    expect(figureLines[0]).toContain("value: 6762 → 6800");
    expect(figureLines[0]).toContain("| 坚决扛起能源保供政治责任，科学统筹产能释放、生产调度、运力保障，全市原煤产量6800万吨，其中");
    expect(out.filter((l) => l.startsWith("~ section"))).toHaveLength(1);
  });

  it("shows a removed figure", () => {
    const out = diff(original.replace("完成营造林11.8万亩。", "完成营造林任务。"));
    expect(out.filter((l) => l.startsWith("- figure"))).toEqual([
      "- figure plan-7-p3-f1: 11.8万亩 = 11.8 万亩 | 完成营造林11.8万亩。",
    ]);
  });
});
