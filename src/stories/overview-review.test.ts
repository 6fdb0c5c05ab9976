import { describe, expect, it } from "vitest";
import type { Story } from "./types";
import { chartById, storyBySlug } from "./index";
import { siteEdition } from "../edition";
import { phraseBreakHtml, phraseSegments } from "../components/headline";
import { loadIndicatorValues, loadReport } from "../data/load";

// Content stories (src/content/stories/yq2024/overview.yaml, review.yaml): their chart ids carry the edition, their published ids are aliases.
const overview = storyBySlug("overview", siteEdition())!;
const review = storyBySlug("review", siteEdition())!;
const defOf = (story: Story, id: string) => story.charts.find((x) => x.id === id || x.aliases?.includes(id));
const chart = (story: Story, id: string) => {
  const c = defOf(story, id);
  if (!c) throw new Error(`no chart ${id} in ${story.slug}`);
  return c.render();
};

describe("overview story", () => {
  const ind = (indicator: string, report: string, year: number) => {
    const v = loadIndicatorValues().find((r) => r.indicator === indicator && r.report_id === report && r.year === year);
    if (!v || v.value === null) throw new Error(`no stated ${indicator} / ${report} / ${year}`);
    return v;
  };
  const { reviewYear, planYear } = siteEdition();

  it("opens on growth: the city's and the nation's review-year actuals and plan-year targets, in one unit", () => {
    expect(overview.charts[0]!.id).toBe("yq2024-overview-growth");
    const hero = chart(overview, "overview-growth");
    expect(hero.table.rows).toEqual([
      expect.objectContaining({
        actual: ind("gdp", "yangquan-2024", reviewYear).value,
        target: ind("gdp", "yangquan-2024", planYear).value,
        national_actual: ind("gdp", "national-2024", reviewYear).value,
        national_target: ind("gdp", "national-2024", planYear).value,
      }),
    ]);
    // Every bar names its side and year; the targets keep their 左右.
    for (const words of [`阳泉${reviewYear}年`, `全国${reviewYear}年`, `阳泉${planYear}年目标`, `全国${planYear}年目标`]) expect(hero.svg).toContain(words);
    expect(hero.svg).toContain(`${ind("gdp", "yangquan-2024", planYear).value}%${ind("gdp", "yangquan-2024", planYear).qualifier}`);
    // The first step, on screen with the headline, already shows both years and both sides.
    for (const words of [`阳泉${reviewYear}年`, `全国${reviewYear}年`, `阳泉${planYear}年目标`, `全国${planYear}年目标`]) expect(overview.steps[0]!.state.svg).toContain(words);
  });

  it("breaks the headline between phrases, never between a number and its qualifier", () => {
    const phrases = phraseSegments(overview.title);
    const target = `${ind("gdp", "yangquan-2024", planYear).value}%${ind("gdp", "yangquan-2024", planYear).qualifier}`;
    expect(overview.title).toContain(target);
    expect(phrases.some((p) => p.includes(target))).toBe(true);
    // In the page's HTML no line can break inside it either (a word joiner after the %).
    expect(phraseBreakHtml(overview.title)).toContain(`${target.replace(/%/, "%\u2060")}`);
  });

  it("shows every main target, with 未提及 where the report gives no review-year actual", () => {
    const board = chart(overview, "overview-targets");
    expect(board.table.rows).toHaveLength(8);
    const missing = board.table.rows.filter((r) => r.actual === null).map((r) => r.indicator);
    expect(missing).toEqual(["规上工业增加值增速", "固定资产投资增速", "社会消费品零售总额增速", "居民消费价格涨幅"]);
  });

  it("flags unemployment as not comparable and draws neither it nor new jobs on a shared axis", () => {
    const national = chart(overview, "overview-national");
    expect(national.svg).toContain("不可直接比较：阳泉为登记失业率，全国为调查失业率");
    // Bars only in the comparable panel (CPI), one per report; none for unemployment or jobs.
    expect(national.svg.match(/data-mark="bar"/g)?.length ?? 0).toBe(2);
  });

  it("says the nation's new-jobs target is at least so many times the city's, because the national figure is a floor (以上)", () => {
    const local = ind("urban-jobs", "yangquan-2024", planYear);
    const nation = ind("urban-jobs", "national-2024", planYear);
    expect(nation.qualifier.split("|")).toContain("以上");
    expect(local.qualifier).toBe("");
    const svg = chart(overview, "overview-national").svg;
    expect(svg).toContain(`全国至少是阳泉的${Math.floor(nation.value! / local.value!)}倍（计算值）`);
    expect(svg).not.toMatch(/约\d+倍/);
  });

  it("keeps counting out of the story: the attention chart's published ids serve the report's method view", () => {
    expect(overview.charts.map((c) => c.kind)).not.toContain("attention");
    for (const id of ["overview-attention", "yq2024-overview-attention"]) expect(chartById(id).id).toBe("yq2024-method-figures-by-area-plan");
  });
});

describe("review story", () => {
  it("keeps growth rates (%) and differences (个百分点) in separate charts", () => {
    expect(chart(review, "review-growth").table.columns.find((c) => c.key === "value")?.label).toContain("%");
    expect(chart(review, "review-gaps").table.columns.find((c) => c.key === "value")?.label).toContain("个百分点");
  });
  it("labels the sent-out share of power as computed, from both linked inputs", () => {
    const def = defOf(review, "review-power")!;
    expect(def.figureIds).toEqual(["review-1-f6", "review-1-f8"]);
    expect(def.render().svg).toMatch(/占发电量的\d+(\.\d)?%（计算值）/);
  });
});
