/**
 * Report shapes (issue 13): numbered and unnumbered part headings, front matter, appendices,
 * web-page leftovers, repeated headings, five-year periods, targets in 总体要求, --loose.
 * Each report here is a few lines written for the case, in the form the real reports use.
 */
import { describe, expect, it } from "vitest";
import { extractReport } from "./extract.ts";
import { InputError } from "./manifest.ts";
import { memoryEffects } from "./memory-effects.ts";
import { guessMeta, runExtract } from "./run.ts";
import type { FigureRow } from "./types.ts";

const meta = (review: number | null = null, plan: number | null = null) => ({ ...guessMeta("x-2026.txt"), review_year: review, plan_year: plan });
const lines = (...ls: string[]): string => ls.join("\n") + "\n";
const at = (figures: FigureRow[], quote: string): Pick<FigureRow, "period" | "status" | "section_id"> => {
  const f = figures.find((x) => x.quote === quote);
  if (!f) throw new Error(`no figure ${quote}: ${figures.map((x) => x.quote).join(" ")}`);
  return { period: f.period, status: f.status, section_id: f.section_id };
};
const partRows = (text: string) =>
  extractReport(text, meta()).sections.filter((s) => s.kind === "part").map((s) => `${s.part_no}:${s.part}:${s.id}`);

describe("part headings without 一、二、 are recognised by what they say", () => {
  const text = lines(
    "2025年某省政府工作报告",
    "来源：某某日报",
    "时间：2025-01-20",
    "省长 某某",
    "各位代表：",
    "现在，我代表省人民政府向大会报告工作。",
    "2024年工作回顾",
    "全省生产总值增长5.2%。",
    "2025年工作安排建议",
    "全省生产总值增长5%左右。",
    "加强政府自身建设",
    "压减一般性支出10%。",
  );
  const { sections, figures } = extractReport(text, meta());
  it("finds the three parts, with years from their headings", () => {
    expect(partRows(text)).toEqual(["1:review:review", "2:plan:plan", "3:governance:governance"]);
    expect(at(figures, "增长5.2%")).toEqual({ period: "2024", status: "actual", section_id: "review-p1" });
    expect(at(figures, "增长5%左右")).toEqual({ period: "2025", status: "target", section_id: "plan-p1" });
    expect(at(figures, "10%")).toEqual({ period: null, status: "", section_id: "governance-p1" });
  });
  it("keeps the front matter (title, 来源, 时间, byline, salutation) as opening lines without figures", () => {
    expect(sections.filter((s) => s.part === "intro").map((s) => s.text.slice(0, 4))).toEqual(["2025", "来源：某", "时间：2", "省长 某", "各位代表", "现在，我"]);
    expect(figures.filter((f) => f.section_id.startsWith("intro"))).toEqual([]);
  });
});

describe("appendices, glossaries and web-page leftovers", () => {
  const text = lines(
    "各位代表：",
    "一、2024年工作回顾",
    "粮食产量增长2%。",
    "二、2025年工作安排",
    "新增就业5万人。",
    "名词解释",
    "1.“两重”：国家重大战略实施和重点领域安全能力建设。",
    "2.“六个一”：1个中心、6个平台。",
    "附件",
    "2025年10件惠民实事",
    "一、稳定和扩大就业",
    "年度目标：新增就业4万人以上。",
    "二、深化关爱服务",
    "年度目标：新建20个托育点。",
    "扫一扫在手机打开当前页",
  );
  const { sections, figures } = extractReport(text, meta());
  it("gives appendices their own part kind; numbered items inside them are not parts, ids stay unique", () => {
    expect(partRows(text)).toEqual(["1:review:review", "2:plan:plan", "3:appendix:appendix", "4:appendix:appendix2"]);
    expect(new Set(sections.map((s) => s.id)).size).toBe(sections.length);
    expect(sections.find((s) => s.text === "一、稳定和扩大就业")).toMatchObject({ kind: "paragraph", part: "appendix" });
  });
  it("gives appendix figures a blank period and status, and glossary enumerators are not figures", () => {
    expect(figures.filter((f) => f.section_id.startsWith("appendix")).map((f) => [f.quote, f.period, f.status])).toEqual([
      ["1个", null, ""],
      ["6个", null, ""],
      ["10件", null, ""],
      ["4万人以上", null, ""],
      ["20个", null, ""],
    ]);
  });
  it("drops the trailing web-page line", () => {
    expect(sections.some((s) => s.text.includes("扫一扫"))).toBe(false);
  });
});

describe("section ids stay unique whatever the headings repeat", () => {
  it("a repeated part heading gets a -dup suffix instead of a duplicate id", () => {
    const text = lines("一、2024年工作回顾", "增长5%。", "二、2025年工作安排", "增长5%左右。", "二、2025年工作安排", "增长6%左右。");
    const ids = extractReport(text, meta()).sections.map((s) => s.id);
    expect(ids).toEqual(["review", "review-p1", "plan", "plan-p1", "part2", "part2-p1"]);
    const again = lines("一、2024年工作回顾", "增长5%。", "二、其他", "甲。", "二、其他", "乙。");
    const ids2 = extractReport(again, meta()).sections.map((s) => s.id);
    expect(ids2).toEqual(["review", "review-p1", "part2", "part2-p1", "part2-dup2", "part2-dup2-p1"]);
    expect(new Set(ids2).size).toBe(ids2.length);
  });
});

describe("periods that say what they mean", () => {
  it("a 十四五 review gives spans and years by what each paragraph says; a 2020 baseline is 2020", () => {
    const text = lines(
      "一、“十四五”时期和2025年工作回顾",
      "“十四五”时期，全省生产总值从2020年的3.68万亿元增长到4.93万亿元，年均增长5.6%。",
      "（一）产业升级。五年累计新增高新技术企业1.2万家。",
      "刚刚过去的2025年，全省生产总值增长5.1%。",
      "二、“十五五”时期主要目标任务",
      "到2030年，研发经费投入强度达到3%。",
      "三、2026年重点工作",
      "今年经济社会发展主要预期目标是：生产总值增长5%左右。",
    );
    const { figures } = extractReport(text, meta());
    expect(at(figures, "3.68万亿元")).toMatchObject({ period: "2020", status: "actual" });
    expect(at(figures, "增长到4.93万亿元")).toMatchObject({ period: "2021–2025", status: "actual" });
    expect(at(figures, "1.2万家")).toMatchObject({ period: "2021–2025", status: "actual" });
    expect(at(figures, "增长5.1%")).toMatchObject({ period: "2025", status: "actual" });
    expect(at(figures, "达到3%")).toMatchObject({ period: "2026–2030", status: "target" });
    expect(at(figures, "增长5%左右")).toMatchObject({ period: "2026", status: "target" });
  });

  it("targets in a 总体要求 / 主要预期目标 part get the plan year", () => {
    const text = lines(
      "一、2024年工作回顾",
      "增长5.3%。",
      "二、2025年工作总体要求和预期目标",
      "主要预期目标是：地区生产总值增长5.5%左右。",
      "三、2025年重点工作",
      "新增就业30万人。",
    );
    const { figures } = extractReport(text, meta());
    expect(at(figures, "增长5.5%左右")).toMatchObject({ period: "2025", status: "target", section_id: "part2-p1" });
    expect(at(figures, "30万人")).toMatchObject({ period: "2025", status: "target" });
  });

  it("a plan part named 三、2026年重点工作 is the plan (关于2025年工作, 主要工作 too)", () => {
    expect(partRows(lines("一、2025年工作回顾", "甲。", "三、2026年重点工作", "乙。"))).toEqual(["1:review:review", "3:plan:plan"]);
    expect(partRows(lines("一、2024年工作回顾", "甲。", "二、关于2025年工作", "乙。"))).toEqual(["1:review:review", "2:plan:plan"]);
    expect(partRows(lines("一．2024年工作回顾", "甲。", "二. 2025年工作安排", "乙。"))).toEqual(["1:review:review", "2:plan:plan"]);
    expect(partRows(lines("第一部分 2024年工作回顾", "甲。", "第二部分 2025年工作安排", "乙。"))).toEqual(["1:review:review", "2:plan:plan"]);
    expect(partRows(lines("一、回顾", "甲。", "三、2026年主要工作", "乙。", "四、努力建设人民满意政府", "丙。"))).toEqual([
      "1:review:review",
      "3:plan:plan",
      "4:governance:governance",
    ]);
  });
});

describe("when the structure cannot be found", () => {
  const flat = lines("某某报告", "各位代表：", "过去一年，全省生产总值增长5%。", "今年预期增长5%左右。");
  it("the error names the line and the heading that was expected", () => {
    expect(() => extractReport(flat, meta(), "in/x.txt")).toThrow(InputError);
    expect(() => extractReport(flat, meta(), "in/x.txt")).toThrow(/^in\/x\.txt:3: no part heading found before this paragraph \("过去一年.*expected a heading line such as "一、2024年工作回顾" or "2024年工作回顾".*--loose/);
  });
  it("--loose extracts every figure with blank period and status", async () => {
    const fx = memoryEffects({ "in/x.txt": flat });
    expect(await runExtract(["in/x.txt", "--loose", "--out", "out"], fx)).toBe(0);
    const rows = fx.text("out/figures.csv")!.trim().split("\n").slice(1);
    expect(rows.map((r) => r.split(",").slice(6, 8).concat(r.split(",").slice(-2)))).toEqual([
      ["增长5%", "5", "", ""],
      ["增长5%左右", "5", "", ""],
    ]);
  });
});

describe("linear extraction (issue 15)", () => {
  const clause = "新增就业1.2万人、建成学校3所，";
  const paragraph = (chars: number): string => clause.repeat(Math.ceil(chars / clause.length));
  /** CPU time, not wall time: the test machine is shared, and CPU time is what the extraction costs. */
  const cpuMs = (f: () => void): number => {
    const c0 = process.cpuUsage();
    f();
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
  };

  it("a 1 MB paragraph with no sentence end extracts in seconds, with bounded sentences and a warning", { timeout: 120_000 }, () => {
    const text = lines("一、2024年工作回顾", paragraph(1_000_000));
    let out!: ReturnType<typeof extractReport>;
    const t0 = performance.now();
    const ms = cpuMs(() => (out = extractReport(text, meta())));
    expect(ms, "CPU ms for 1 MB").toBeLessThan(10_000);
    expect(performance.now() - t0, "wall ms for 1 MB").toBeLessThan(60_000);
    expect(out.figures.length).toBe(2 * Math.ceil(1_000_000 / clause.length));
    expect(out.figures.reduce((m, f) => Math.max(m, f.sentence.length), 0)).toBeLessThanOrEqual(310);
    expect(out.figures[1000]!.sentence).toMatch(/^….*1\.2万人.*…$/);
    expect(out.warnings).toEqual([expect.stringMatching(/^x-2026\.txt:2: a sentence longer than 300 characters/)]);
  });

  it("four times the text costs about four times as much, not sixteen", { timeout: 120_000 }, () => {
    const small = lines("一、2024年工作回顾", paragraph(100_000));
    const large = lines("一、2024年工作回顾", paragraph(400_000));
    extractReport(small, meta()); // warm-up
    const ratio = cpuMs(() => extractReport(large, meta())) / cpuMs(() => extractReport(small, meta()));
    expect(ratio).toBeLessThan(8);
  });
});
