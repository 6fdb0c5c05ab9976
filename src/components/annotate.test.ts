import { describe, expect, it } from "vitest";
import { annotateText, splitInlineHeading } from "./annotate";

const text = "地区生产总值增长5%左右，<城镇>新增就业1.8万人。";
const figs = [
  { id: "s-f1", offset: 6, quote: "增长5%左右", charts: [{ href: "/areas/x/#chart-a", title: "目标", text: (n: string) => `图${n}`, label: "图表：目标" }] },
  { id: "s-f2", offset: 21, quote: "1.8万人", charts: [] },
];

describe("annotateText", () => {
  it("wraps each figure in a mark with its id, links its charts and escapes the rest", () => {
    expect(annotateText(text, figs, "s")).toBe(
      '地区生产总值<mark id="s-f1">增长5%左右</mark><sup><a href="/areas/x/#chart-a" title="目标" aria-label="图表：目标">图</a></sup>，&lt;城镇&gt;新增就业<mark id="s-f2">1.8万人</mark>。',
    );
  });
  it("annotates only the figures inside a slice", () => {
    expect(annotateText(text, figs, "s", 13)).toBe('&lt;城镇&gt;新增就业<mark id="s-f2">1.8万人</mark>。');
  });
  it("throws when the quote is not at its offset", () => {
    expect(() => annotateText(text, [{ id: "s-f9", offset: 2, quote: "增长5%", charts: [] }], "s")).toThrow(
      /section s, figure s-f9: expected quote "增长5%" at offset 2, found "生产总值"/,
    );
  });
  it("throws when figures overlap", () => {
    const overlapping = [figs[0]!, { id: "s-f3", offset: 8, quote: "5%", charts: [] }];
    expect(() => annotateText(text, overlapping, "s")).toThrow(/s-f3: overlaps/);
  });
});

describe("splitInlineHeading", () => {
  it("splits the heading from the body of an inline area heading", () => {
    expect(splitInlineHeading("（六）统筹城乡。编制完成", "（六）统筹城乡。")).toEqual({ heading: "（六）统筹城乡。", body: "编制完成" });
    expect(splitInlineHeading("（六）聚力城乡一体", "（六）聚力城乡一体")).toEqual({ heading: "（六）聚力城乡一体", body: "" });
  });
});

describe("annotateText: chart links in the page's language", () => {
  it("writes the link's words as given, numbered when a figure has several, marked with their language", () => {
    const en = (title: string) => ({ href: `/en/x/#${title}`, title, text: (n: string) => `chart ${n}`, label: `Chart: ${title}`, lang: "en" });
    const html = annotateText(text, [{ id: "s-f1", offset: 6, quote: "增长5%左右", charts: [en("A"), en("B")] }], "s", 0, 12);
    expect(html).toBe(
      '地区生产总值<mark id="s-f1">增长5%左右</mark><sup lang="en"><a href="/en/x/#A" title="A" aria-label="Chart: A">chart 1</a></sup> <sup lang="en"><a href="/en/x/#B" title="B" aria-label="Chart: B">chart 2</a></sup>',
    );
  });
});
