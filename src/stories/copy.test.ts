import { describe, expect, it } from "vitest";
import { assertNoTypedNumbers, renderCopy, splitQuote, stripTokens, type CopyContext, type CopyFigure } from "./copy";

const fig = (id: string, quote: string, unit: string, qualifier = ""): CopyFigure => ({ id, quote, unit, qualifier });
const yq = new Map<string, CopyFigure>([
  ["plan-p3-f1", fig("plan-p3-f1", "增长5%左右", "%", "左右")],
  ["review-p2-f4", fig("review-p2-f4", "6762万吨", "万吨")],
  ["plan-5-p2-f3", fig("plan-5-p2-f3", "3-5家", "家")],
  ["plan-1-p2-f1", fig("plan-1-p2-f1", "超过3000家", "家", "超过")],
  ["review-p4-f2", fig("review-p4-f2", "150余家", "家", "余")],
  ["x-f1", fig("x-f1", "<b>9</b>项", "项")],
]);
const ctx: CopyContext = {
  base: "/yq2024/",
  reportId: "yangquan-2024",
  figures: new Map([
    ["yangquan-2024", yq],
    ["national-2024", new Map([["n-f1", fig("n-f1", "5%左右", "%", "左右")]])],
  ]),
  indicatorValues: [
    { indicator: "gdp-growth", report_id: "yangquan-2024", year: 2024, status: "target", figure_id: "plan-p3-f1" },
    { indicator: "cpi", report_id: "yangquan-2024", year: 2023, status: "not_stated", figure_id: "" },
    { indicator: "gdp-growth", report_id: "national-2024", year: 2024, status: "target", figure_id: "n-f1" },
  ],
  context: [{ id: "pm25-limit", value: 35, unit: "微克/立方米", shown_as: "国家标准（GB 3095-2012）二级限值<i>" }],
};

describe("renderCopy", () => {
  it("renders {fig:} as the quote with its number in bold, linked to its sentence under the base", () => {
    expect(renderCopy("目标{fig:plan-p3-f1}。", ctx)).toBe(
      '目标<a class="num" href="/yq2024/report/#plan-p3-f1">增长<b>5%</b>左右</a>。',
    );
  });
  it("links to the pages of an edition not at the root: its own report, its language's other texts and data page", () => {
    const later: CopyContext = { ...ctx, pages: { report: "yq2025/report/", reports: "en/reports/", data: "en/data/" } };
    expect(renderCopy("{fig:plan-p3-f1}", later)).toContain('href="/yq2024/yq2025/report/#plan-p3-f1"');
    expect(renderCopy("{ind:gdp-growth:national-2024:2024}", later)).toContain('href="/yq2024/en/reports/national-2024/text/#n-f1"');
    expect(renderCopy("{ctx:pm25-limit}", later)).toContain('href="/yq2024/en/data/#context-pm25-limit"');
  });
  it("links a figure of a report whose text is absent to the curated row that stands for it", () => {
    const standIn = { ...fig("n-f1", "5%", "%", "左右"), page: "reports/national-2024/#value-n-f1" };
    const without: CopyContext = { ...ctx, figures: new Map([...ctx.figures, ["national-2024", new Map([["n-f1", standIn]])]]) };
    expect(renderCopy("{ind:gdp-growth:national-2024:2024}", without)).toBe('<a class="num" href="/yq2024/reports/national-2024/#value-n-f1"><b>5%</b>左右</a>');
  });
  it("renders {val:} as value + unit with prefix and suffix qualifiers", () => {
    expect(renderCopy("{val:plan-p3-f1}", ctx)).toContain("><b>5%</b>左右</a>");
    expect(renderCopy("{val:plan-1-p2-f1}", ctx)).toContain(">超过<b>3000家</b></a>");
    expect(renderCopy("{val:review-p2-f4}", ctx)).toContain("><b>6762万吨</b></a>");
    // 余 stands between number and unit as written, once, with the unit kept.
    expect(renderCopy("{val:review-p4-f2}", ctx)).toContain("><b>150余家</b></a>");
  });
  it("keeps a range as written", () => {
    expect(renderCopy("{val:plan-5-p2-f3}", ctx)).toContain("<b>3-5家</b>");
  });
  it("renders {ind:} from indicator values, and 未提及 when not stated", () => {
    expect(renderCopy("{ind:gdp-growth:2024}", ctx)).toContain('href="/yq2024/report/#plan-p3-f1"');
    expect(renderCopy("{ind:gdp-growth:2024}", ctx)).toBe(renderCopy("{ind:gdp-growth:2024}", ctx));
    expect(renderCopy("{ind:cpi:2023}", ctx)).toBe('<span class="num--missing">未提及</span>');
  });
  it("links another report's figure to that report's own text page, not to this report's", () => {
    const html = renderCopy("{ind:gdp-growth:national-2024:2024}", ctx);
    expect(html).toContain('<a class="num" href="/yq2024/reports/national-2024/text/#n-f1"><b>5%</b>左右</a>');
  });
  it("renders {ctx:} as the outside value linked to its source on /data/, then its source line marked as outside the report", () => {
    expect(renderCopy("限值{ctx:pm25-limit}。", ctx)).toBe(
      '限值<a class="num num--context" href="/yq2024/data/#context-pm25-limit"><b>35微克/立方米</b></a>' +
        '<span class="context-source">（报告外参照：国家标准（GB 3095-2012）二级限值&lt;i&gt;）</span>。',
    );
    expect(() => renderCopy("{ctx:nope}", ctx)).toThrow(/\{ctx:nope\}: unknown context id "nope" \(expected an id from data\/context\.csv: pm25-limit\)/);
    expect(() => assertNoTypedNumbers("限值{ctx:pm25-limit}")).not.toThrow();
  });
  it("escapes copy text and figure text", () => {
    const html = renderCopy('a<script>"&\'{fig:x-f1}', ctx);
    expect(html.startsWith("a&lt;script&gt;&quot;&amp;&#39;")).toBe(true);
    expect(html).toContain("&lt;b&gt;<b>9</b>&lt;/b&gt;项");
  });
  it("throws a clear error for an unknown figure id, indicator or malformed token", () => {
    expect(() => renderCopy("{fig:nope-f9}", ctx)).toThrow(/\{fig:nope-f9\}: unknown figure id "nope-f9".*yangquan-2024\/figures\.csv/);
    expect(() => renderCopy("{ind:gdp-growth:1999}", ctx)).toThrow(/no row in indicator-values\.csv for gdp-growth \/ yangquan-2024 \/ 1999/);
    expect(() => renderCopy("{ind:gdp-growth}", ctx)).toThrow(/expected \{ind:<slug>:<year>\} \(the edition's report\) or \{ind:<slug>:<report-id>:<year>\}/);
  });
});

describe("splitQuote", () => {
  it("finds the number and its unit inside the quote", () => {
    expect(splitQuote(fig("a", "增长4.5%—5%", "%"))).toEqual({ before: "增长", number: "4.5%—5%", after: "" });
    expect(splitQuote(fig("b", "达到96%", "%"))).toEqual({ before: "达到", number: "96%", after: "" });
    expect(splitQuote(fig("c", "1.5亿千瓦时以上", "亿千瓦时"))).toEqual({ before: "", number: "1.5亿千瓦时", after: "以上" });
  });
  it("throws when the quote has no number", () => {
    expect(() => splitQuote(fig("d", "左右", "%"))).toThrow(/figure d: quote "左右" contains no number/);
  });
});

describe("assertNoTypedNumbers", () => {
  it("accepts copy whose digits are all inside tokens", () => {
    expect(() => assertNoTypedNumbers("目标{fig:plan-p3-f1}，{ind:gdp-growth:2024}，九大任务")).not.toThrow();
    expect(stripTokens("a{val:x-f1}b")).toBe("ab");
  });
  it("rejects typed ASCII and full-width digits, naming them", () => {
    expect(() => assertNoTypedNumbers("制造业增长17%", "story x step 2")).toThrow(/story x step 2: typed number\(s\) "17"/);
    expect(() => assertNoTypedNumbers("增长１７％")).toThrow(/"１７"/);
  });
});
