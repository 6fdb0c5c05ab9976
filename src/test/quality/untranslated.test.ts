import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { isNonChineseLang, untranslatedChinese } from "./untranslated.ts";

const page = (body: string, head = "<title>Targets</title>") =>
  parseHTML(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

describe("untranslatedChinese", () => {
  it("passes an English page whose Chinese is all marked zh-CN", () => {
    const doc = page(`<main><h1>What Yangquan aims for</h1>
      <p>Industry above designated size (<span lang="zh-CN">规上工业</span>) grew.</p>
      <blockquote lang="zh-CN"><p>地区生产总值增长<b>5%</b>左右</p></blockquote>
      <dl><dt lang="zh-Hans">千亿</dt><dd>100 billion yuan</dd></dl>
      <svg><title>Growth</title><text>GDP</text></svg></main>`);
    expect(untranslatedChinese(doc)).toEqual([]);
  });

  it("names each unmarked text, attribute and the document title, clipped", () => {
    const doc = page(
      `<main><p>Growth of <b>规上工业</b></p><img alt="阳泉图表" src="a.png"><a href="/" title="概览">Home</a>
       <svg><desc>各项增速（%）。地区生产总值：2023年增长3.2%，2024年目标增长5%左右，规模以上工业增加值增长6%</desc><text lang="zh-CN">计算值</text></svg>
       <script>const s = "中文";</script><style>/* 中文 */</style></main>`,
      "<title>概览 Overview</title>",
    );
    expect(untranslatedChinese(doc)).toEqual([
      `<title> "概览 Overview"`,
      `<b> "规上工业"`,
      `<img alt> "阳泉图表"`,
      `<a title> "概览"`,
      `<desc> "各项增速（%）。地区生产总值：2023年增长3.2%，2024年目标增长5%左右"`,
    ]);
  });

  it("treats a Chinese lang on the nearest ancestor as deciding, and an English one inside it as English again", () => {
    const doc = page(`<div lang="zh-CN"><p>原文 <span lang="en">gloss 注</span></p></div>`);
    expect(untranslatedChinese(doc)).toEqual([`<span> "gloss 注"`]);
  });

  it("runs as a serialised function, as page.evaluate runs it", () => {
    const doc = page(`<p>数读</p>`);
    const revived = new Function(`return (${untranslatedChinese.toString()})`)() as typeof untranslatedChinese;
    expect(revived(doc)).toEqual([`<p> "数读"`]);
  });
});

describe("isNonChineseLang", () => {
  it("applies to English and other languages, not to Chinese or a missing lang", () => {
    expect(["en", "en-GB", "fr"].map(isNonChineseLang)).toEqual([true, true, true]);
    expect(["zh-CN", "zh", "ZH-hans", "", null].map(isNonChineseLang)).toEqual([false, false, false, false, false]);
  });
});
