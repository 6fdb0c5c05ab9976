import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { defaultEmbedHeight, embedSnippet } from "./snippet";

/** The snippet lives on the host's page, so our own CSP rule against inline styles does not apply. */
const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "no-inline-style": "off" } });

describe("embedSnippet", () => {
  const snippet = embedSnippet({
    embedUrl: "https://x.cn/yq2024/embed/a/",
    scriptUrl: "https://x.cn/yq2024/embed.js",
    title: '农田 & "粮食"',
    height: 480.2,
  });
  it("is valid HTML (html-validate, recommended rules)", async () => {
    const report = await validator.validateString(snippet);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });
  it("marks the frame for the host script, escapes the title, rounds the height up", () => {
    expect(snippet).toContain('src="https://x.cn/yq2024/embed/a/"');
    expect(snippet).toContain('title="农田 &amp; &quot;粮食&quot;"');
    expect(snippet).toContain('height="481"');
    expect(snippet).toContain("data-yq-embed");
    expect(snippet).toContain('<script src="https://x.cn/yq2024/embed.js" async></script>');
  });
  it("refuses relative URLs", () => {
    expect(() => embedSnippet({ embedUrl: "/embed/a/", scriptUrl: "https://x.cn/embed.js", title: "t", height: 1 })).toThrow(/absolute/);
  });
});

describe("defaultEmbedHeight", () => {
  it("adds room for the text around the picture", () => {
    expect(defaultEmbedHeight(300)).toBeGreaterThan(300);
    expect(() => defaultEmbedHeight(0)).toThrow(/positive/);
  });
});
