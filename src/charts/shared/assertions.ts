import { expect } from "vitest";

/** Test helper: the markup rules every chart's SVG must keep on a page with a strict CSP. */
export function expectPageSafeSvg(svg: string): void {
  expect(svg.startsWith("<svg")).toBe(true);
  expect(svg).not.toMatch(/\sstyle="/);
  expect(svg).not.toMatch(/<style/);
  expect(svg).not.toMatch(/<g\b[^>]*\saria-label=/);
  expect(svg).toMatch(/^<svg[^>]*\srole="img"/);
  expect(svg).toMatch(/^<svg[^>]*\saria-labelledby="[a-z0-9-]+-title [a-z0-9-]+-desc"/);
  expect(svg).toMatch(/^<svg[^>]*\sviewBox="0 0 [\d.]+ [\d.]+"/);
  expect(svg).not.toMatch(/\d\.\d{3,}/);
  expect(svg).not.toMatch(/\s(fill|stroke)="#[0-9a-f]{3,6}"/i);
  expect(svg).not.toMatch(/font-size="(\d|1[01])(\.\d+)?"/);
}

/** Test helper: the SVG, placed in a minimal page, passes html-validate's recommended rules. */
export async function expectValidHtml(svg: string): Promise<void> {
  const { HtmlValidate } = await import("html-validate");
  const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });
  const report = await validator.validateString(
    `<!DOCTYPE html><html lang="zh-CN"><head><title>chart</title></head><body><figure>${svg}</figure></body></html>`,
  );
  const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
  expect(messages).toEqual([]);
}
