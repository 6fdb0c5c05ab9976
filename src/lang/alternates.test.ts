import { describe, expect, it } from "vitest";
import { loadEditions } from "../edition";
import { chartsOf, methodChartsOf, storiesOf } from "../stories/index";
import { chartEmbedPath } from "../embed/chart-files";
import { alternatesFor, counterpartChartId, xDefault } from "./alternates";

const editions = loadEditions();
const zh = editions.find((e) => e.id === "yq2024")!;
const en = editions.find((e) => e.id === "yq2024-en")!;
const paths = (list: { lang: string; path: string }[]) => list.map((a) => `${a.lang} ${a.path}`);

describe("alternatesFor: the same page in the report's other languages", () => {
  it("keeps an edition page's place: review/ ↔ en/review/, with x-default at the root edition", () => {
    expect(paths(alternatesFor(zh, "review/"))).toEqual(["zh-CN review/", "en en/review/"]);
    expect(paths(alternatesFor(en, "en/review/"))).toEqual(["en en/review/", "zh-CN review/"]);
    expect(xDefault(alternatesFor(en, "en/review/"))?.path).toBe("review/");
    expect(paths(alternatesFor(zh, ""))).toEqual(["zh-CN ", "en en/"]);
  });

  it("keeps a language-wide page's place: about/ ↔ en/about/", () => {
    expect(paths(alternatesFor(zh, "about/"))).toEqual(["zh-CN about/", "en en/about/"]);
  });

  it("offers an area story's alternate exactly when the story is written in that language", () => {
    for (const story of storiesOf(zh).filter((s) => s.kind === "area")) {
      const english = storiesOf(en).some((e) => e.slug === story.slug);
      expect(paths(alternatesFor(zh, `areas/${story.slug}/`)), story.slug).toEqual([`zh-CN areas/${story.slug}/`, ...(english ? [`en en/areas/${story.slug}/`] : [])]);
    }
  });

  it("offers no alternate a language does not have: the Chinese-only report pages, the English glossary", () => {
    expect(paths(alternatesFor(zh, "reports/"))).toEqual(["zh-CN reports/"]);
    expect(paths(alternatesFor(en, "en/glossary/"))).toEqual(["en en/glossary/"]);
  });

  it("pairs every English embed page with the Chinese embed page of the same chart (by local id), both ways, x-default Chinese", () => {
    const english = chartsOf(en);
    expect(english.length).toBeGreaterThan(0);
    for (const chart of english) {
      const local = en.localChartId(chart.id)!;
      const chinese = chartsOf(zh).find((c) => c.id === zh.chartId(local));
      expect(chinese, `${chart.id} has no Chinese chart with local id ${local}`).toBeDefined();
      expect(paths(alternatesFor(en, chartEmbedPath(chart)))).toEqual([`en en/embed/${chart.id}/`, `zh-CN embed/${chinese!.id}/`]);
      expect(paths(alternatesFor(zh, chartEmbedPath(chinese!)))).toEqual([`zh-CN embed/${chinese!.id}/`, `en en/embed/${chart.id}/`]);
      expect(xDefault(alternatesFor(en, chartEmbedPath(chart)))?.path).toBe(`embed/${chinese!.id}/`);
    }
  });

  it("offers no embed alternate for a chart the other language does not tell (the Chinese-only method view)", () => {
    const method = methodChartsOf(zh);
    expect(method.length).toBeGreaterThan(0);
    for (const chart of method) {
      expect(counterpartChartId(zh, chart.id, en)).toBeUndefined();
      expect(paths(alternatesFor(zh, chartEmbedPath(chart)))).toEqual([`zh-CN embed/${chart.id}/`]);
    }
  });

  it("reads a chart's local id only from its own edition's prefix", () => {
    expect(zh.localChartId("yq2024-demand-sectors")).toBe("demand-sectors");
    expect(en.localChartId("yq2024-en-demand-sectors")).toBe("demand-sectors");
    expect(en.localChartId("yq2024-demand-sectors")).toBeUndefined();
    expect(zh.localChartId("yq2024-")).toBeUndefined();
    expect(zh.localChartId(zh.chartId("x"))).toBe("x");
  });
});
