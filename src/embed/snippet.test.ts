import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { embedBox, embedHeightAt, embedSnippet, PHONE_WIDTH } from "./snippet";

/** The snippet lives on the host's page, so our own CSP rule against inline styles does not apply. */
const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "no-inline-style": "off" } });

describe("embedSnippet", () => {
  const snippet = embedSnippet({
    embedUrl: "https://x.cn/yq2024/embed/a/",
    scriptUrl: "https://x.cn/yq2024/embed.js",
    title: '农田 & "粮食"',
    box: { phoneHeight: 480.2, maxHeight: 600 },
  });
  it("is valid HTML (html-validate, recommended rules)", async () => {
    const report = await validator.validateString(snippet);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });
  it("without the host script, grows with its width from the phone height, capped at the widest layout", () => {
    expect(snippet).toContain(`style="width:100%;height:auto;aspect-ratio:${PHONE_WIDTH}/481;max-height:600px;border:0"`);
  });
  it("marks the frame for the host script, escapes the title, rounds the height up", () => {
    expect(snippet).toContain('src="https://x.cn/yq2024/embed/a/"');
    expect(snippet).toContain('title="农田 &amp; &quot;粮食&quot;"');
    expect(snippet).toContain('height="481"');
    expect(snippet).toContain("data-yq-embed");
    expect(snippet).toContain('<script src="https://x.cn/yq2024/embed.js" async></script>');
  });
  it("refuses relative URLs", () => {
    expect(() => embedSnippet({ embedUrl: "/embed/a/", scriptUrl: "https://x.cn/embed.js", title: "t", box: { phoneHeight: 1, maxHeight: 1 } })).toThrow(/absolute/);
  });
});

describe("embedHeightAt and embedBox", () => {
  const text = { title: "高标准农田建设", takeaway: "2024年新建高标准农田3.2万亩，比上年多1.1万亩。".repeat(2), unit: "单位：万亩", source: "来源：阳泉市2024年政府工作报告：第二部分第3段", more: "在数读阳泉 2024 中查看" };
  const svg = { width: 340, height: 240 };
  it("is taller on a phone than on a wide screen (text wraps), and the picture stops growing at 480 px", () => {
    expect(embedHeightAt(320, svg, text)).toBeGreaterThan(embedHeightAt(640, svg, text) - (480 - 296) * (240 / 340));
    expect(embedHeightAt(640, svg, text)).toBe(embedHeightAt(1280, svg, text));
  });
  it("sizes the box from the 320 px phone and the widest layout", () => {
    expect(embedBox(svg, text)).toEqual({ phoneHeight: embedHeightAt(320, svg, text), maxHeight: embedHeightAt(640, svg, text) });
    const wide = { width: 1000, height: 200 }; // a picture that grows less than the text shrinks
    expect(embedBox(wide, text).maxHeight).toBe(Math.max(embedHeightAt(320, wide, text), embedHeightAt(640, wide, text)));
    expect(() => embedHeightAt(320, { width: 0, height: 1 }, text)).toThrow(/positive/);
  });
});
