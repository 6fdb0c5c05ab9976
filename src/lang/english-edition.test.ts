import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { loadData } from "../data/load";
import { loadEditions } from "../edition";
import { loadContentStories } from "../specs/load";
import { assertNoTypedNumbers, renderCopy, type CopyContext } from "../stories/copy";
import { copyFigures } from "../stories/copy-context";
import { untranslatedChinese } from "../test/quality/untranslated";
import { copyContextIn } from "./copy-lang";

/**
 * The English edition (src/content/editions/yq2024-en.yaml) and its story files: what an English
 * reader sees has no Chinese outside lang="zh-CN", and each English story keeps the Chinese one's
 * steps (same chart, layers and highlights at every step), so the language switch keeps the place.
 */
const editions = loadEditions();
const en = editions.find((e) => e.lang === "en")!;
const zh = editions.find((e) => e.reportId === en.reportId && e.lang.startsWith("zh"))!;
const data = loadData();
const figures = copyFigures(data, "reports/");
const ctx = copyContextIn({ base: "/", reportId: en.reportId, pages: { report: en.pagePath("report/"), reports: "reports/", data: en.languagePage("data/") }, figures, indicatorValues: data.indicatorValues, context: data.context } satisfies CopyContext, en.lang);
const stories = loadContentStories(en);
const written = stories;
const han = (text: string) => /\p{Script=Han}/u.test(text);
const shown = (svg: string) => untranslatedChinese(parseHTML(`<!doctype html><html lang="en"><head><title>t</title></head><body>${svg}</body></html>`).document as unknown as Document);

describe("the English edition", () => {
  it("is an edition of the same report, at its own path, with English labels", () => {
    expect(en).toMatchObject({ id: "yq2024-en", path: "en/", reportId: zh.reportId });
    expect(Object.values(en.labels).filter(han)).toEqual([]);
    expect(Object.values(en.pages).filter(han)).toEqual([]);
    expect(en.areas.map((a) => a.name).filter(han)).toEqual([]);
  });

  it.each(written.map((s) => [s.slug, s] as const))("%s: copy in English, numbers linked to the Chinese sentence", (_slug, story) => {
    const copy = [story.title, story.dek, ...story.steps.map((s) => s.text), ...story.charts.map((c) => c.takeaway)];
    for (const text of copy) {
      // The derived title has its years filled in; everything else is copy as written.
      if (text !== story.title) expect(() => assertNoTypedNumbers(text, story.slug)).not.toThrow();
      expect(renderCopy(text, ctx).replace(/<[^>]+>/g, "")).not.toMatch(/\p{Script=Han}/u);
    }
    expect(renderCopy(story.dek, ctx)).toMatch(/href="\/en\/report\/#/);
  });

  it.each(written.map((s) => [s.slug, s] as const))("%s: every chart and step state shows no Chinese outside lang=zh-CN", (_slug, story) => {
    for (const chart of story.charts) {
      expect([chart.title, chart.unit].filter(han), chart.id).toEqual([]);
      const result = chart.render();
      expect(shown(result.svg), chart.id).toEqual([]);
      // Longer English labels must not squeeze a bar or column below nothing (a negative width is invalid SVG).
      expect(result.svg.match(/(?:width|height)="-[\d.]+"/g) ?? [], chart.id).toEqual([]);
      expect([result.alt, ...result.table.columns.map((c) => c.label)].filter(han), chart.id).toEqual([]);
    }
    for (const step of story.steps) {
      expect(shown(step.state.svg)).toEqual([]);
      expect(step.state.svg.match(/(?:width|height)="-[\d.]+"/g) ?? []).toEqual([]);
    }
  });

  it.each(written.map((s) => [s.slug, s] as const))("%s: page titles with the site name fit a search result (70 characters, html-validate long-title)", (_slug, story) => {
    const long = [story.title, ...story.charts.map((c) => c.title)].map((t) => `${t} · ${en.siteName}`).filter((t) => t.length > 70);
    expect(long).toEqual([]);
  });

  it.skipIf(stories.length === 0).each(stories.map((s) => [s.slug, s] as const))("%s: the same steps as the Chinese story (chart, layers, highlights)", (slug, story) => {
    const chinese = loadContentStories(zh).find((s) => s.slug === slug)!;
    const local = (id: string, edition: { id: string }) => id.slice(edition.id.length + 1);
    const shape = (s: typeof story, edition: { id: string }) => s.steps.map((st) => ({ chart: local(st.chartId, edition), sources: st.sourceIds, svgId: st.state.svg.match(/id="([^"]+)"/)?.[1] }));
    expect(shape(story, en)).toEqual(shape(chinese, zh));
    expect(story.charts.map((c) => local(c.id, en))).toEqual(chinese.charts.map((c) => local(c.id, zh)));
  });
});

describe("English downloads and citation", () => {
  const chart = written.find((s) => s.slug === "review")!.charts.find((c) => c.id === "yq2024-en-review-coal")!;

  it("the CSV has English headers, the source columns included", async () => {
    const { tableCsv } = await import("../embed/csv");
    const table = chart.render().table;
    const header = tableCsv(table, table.rows.map(() => ({ sectionIds: [], urls: [], quotes: [] })), en.lang).replace(/^\uFEFF/, "").split("\r\n")[0]!;
    expect(header).toBe(`Item,"Value (10,000 tonnes)",As stated,"Share (%, computed)",Source paragraph,Source link,Source sentence (Chinese original)`);
  });

  it("cites in English first, naming the source paragraphs and that they are Chinese", async () => {
    const { citation, citationText } = await import("../embed/citation");
    const { sectionLabelIn } = await import("./section-label");
    const { loadReport, sectionById } = await import("../data/load");
    const sections = chart.sourceIds.map((id) => sectionLabelIn(en.lang, sectionById(en.reportId, id)!)).join(", ");
    const cite = citation({ chartTitle: chart.title, chartId: chart.id, siteName: en.siteName, url: "https://example.org/en/embed/x/", report: loadReport(en.reportId).meta, lang: en.lang, sourceLine: `${en.labels.source}, ${sections} (in Chinese)` });
    expect(cite.primary).toBe("en");
    expect(cite.en).toBe(`${en.siteName}, "${chart.title}" [chart]. Source: Yangquan Municipal People's Government, 2024 Government Work Report, review, area 1 (in Chinese). https://example.org/en/embed/x/`);
    expect(citationText(cite).startsWith(cite.en)).toBe(true);
  });
});
