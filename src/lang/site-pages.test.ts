import { readdirSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { figureById, loadData } from "../data/load";
import { untranslatedChinese } from "../test/quality/untranslated";
import { figureIn } from "./copy-lang";
import { renderBlocks, renderInline, sitePage, type InlineContext } from "./site-pages";

const ctx: InlineContext = {
  reportId: "yangquan-2024",
  lang: "en",
  vars: { site: "Yangquan 2024 in Numbers", place: "Yangquan", year: 2024, review_year: 2023, plan_year: 2024, title: "阳泉市2024年政府工作报告", source: "x", chars: "1", sections: "2", figures: "3", byline: "The desk" },
  chinese: ["title"],
  link: (p) => `/base/${p}`,
};
const chineseOutside = (html: string) => untranslatedChinese(parseHTML(`<!doctype html><html lang="en"><head><title>t</title></head><body>${html}</body></html>`).document as unknown as Document);

describe("site pages in English (src/content/pages/en/)", () => {
  const pages = readdirSync("src/content/pages/en").map((f) => f.replace(/\.yaml$/, ""));

  it.each(pages)("%s: every text renders, with Chinese only where marked", (name) => {
    const page = sitePage("en", name);
    const texts = Object.entries(page).filter(([k, v]) => k !== "blocks" && typeof v === "string").map(([, v]) => renderInline(v as string, ctx));
    const html = [...texts, renderBlocks(page.blocks ?? [], ctx)].join("\n");
    expect(chineseOutside(html)).toEqual([]);
  });

  // Names that contain digits are not figures: paragraph ids (plan-6-p2), formats and standards.
  const NAMES = /\b[a-z]+(?:-\d+)*-p\d+\b|\bUTF-8\b|\bSHA-256\b|\bGB 3095-2012\b|\bPM2\.5\b/g;
  const strings = (v: unknown): string[] => (typeof v === "string" ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === "object" ? Object.values(v).flatMap(strings) : []);

  it.each(pages)("%s: no typed figures outside tokens (every figure comes from data/)", (name) => {
    const typed = strings(sitePage("en", name)).flatMap((t) => (t.replace(/\{[^}]*\}/g, "").replace(NAMES, "").match(/[0-9０-９][0-9.,%]*/g) ?? []).map((d) => `${d} in: ${t}`));
    expect(typed).toEqual([]);
  });

  it("writes a figure as the report does and in English, from the data", () => {
    const f = figureById("yangquan-2024", "review-1-f1")!;
    expect(renderInline("{zh:review-1-f1} is {en:review-1-f1}", ctx)).toBe(`<span lang="zh-CN">${f.quote}</span> is <b>${figureIn("en", "yangquan-2024", f.id)}</b>`);
    expect(loadData().reports.get("yangquan-2024")!.figures.length).toBeGreaterThan(0);
  });

  it("links site paths under the base, marks Chinese values, escapes the rest", () => {
    expect(renderInline("[data <page>](data/) of {title} & {place}", ctx)).toBe(`<a href="/base/data/">data &lt;page&gt;</a> of <span lang="zh-CN">阳泉市2024年政府工作报告</span> &amp; Yangquan`);
    expect(() => renderInline("[x](https://example.org/)", ctx)).toThrow(/a path of this site/);
    expect(() => renderInline("{nope}", ctx)).toThrow(/\{nope\} has no value/);
  });
});
