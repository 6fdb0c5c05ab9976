import { describe, expect, it } from "vitest";
import { htmlToText } from "./plain-text";

describe("htmlToText: the text a reader sees", () => {
  it("drops tags and undoes our escaping", () => {
    expect(htmlToText('<a class="num" href="/r/#x"><b>5%</b></a> &amp; &lt;b&gt; &quot;q&quot; &#39;s')).toBe(`5% & <b> "q" 's`);
  });

  it("leaves out words only a screen reader hears (a link's language note)", () => {
    const html = 'China: <a class="num" href="/reports/national-2024/text/#f" hreflang="zh-CN"><b>around 5%</b><span class="visually-hidden"> (in Chinese)</span></a>.';
    expect(htmlToText(html)).toBe("China: around 5%.");
  });
});
