import { describe, expect, it } from "vitest";
import type { Story } from "./types";
import { storyBySlug } from "./index";
import { siteEdition } from "../edition";
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
  it("shows every main target, with 未提及 where the report gives no review-year actual", () => {
    const board = chart(overview, "overview-targets");
    expect(board.table.rows).toHaveLength(8);
    const missing = board.table.rows.filter((r) => r.actual === null).map((r) => r.indicator);
    expect(missing).toEqual(["规上工业增加值增速", "固定资产投资增速", "社会消费品零售总额增速", "居民消费价格涨幅"]);
  });
  it("flags unemployment as not comparable and draws neither it nor new jobs on a shared axis", () => {
    const national = chart(overview, "overview-national");
    expect(national.svg).toContain("不可直接比较：阳泉为登记失业率，全国为调查失业率");
    // The scale note is computed from the two reports' new-jobs targets, never typed.
    const jobs = (report: string) => loadIndicatorValues().find((v) => v.indicator === "urban-jobs" && v.report_id === report && v.year === 2024)!.value!;
    expect(national.svg).toContain(`全国是阳泉的约${Math.round(jobs("national-2024") / jobs("yangquan-2024"))}倍（计算值），不画在同一坐标上`);
    // Bars only in the two comparable panels (GDP, CPI), one per report; none for unemployment or jobs.
    expect(national.svg.match(/data-mark="bar"/g)?.length ?? 0).toBe(4);
  });
  it("counts the nine areas from sections.csv, with none for the area that states no figure", () => {
    const attention = chart(overview, "overview-attention");
    expect(attention.table.rows).toHaveLength(9);
    const chars = loadReport("yangquan-2024").sections.filter((s) => s.id === "plan-9" || s.id.startsWith("plan-9-")).reduce((n, s) => n + s.chars, 0);
    expect(attention.table.rows[8]).toMatchObject({ chars, figures: 0 });
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
  it("counts figures in the five headline paragraphs and the eight areas", () => {
    const rows = chart(review, "review-figure-counts").table.rows;
    expect(rows).toHaveLength(13);
    const figures = loadReport("yangquan-2024").figures;
    expect(rows.reduce((n, r) => n + Number(r.value), 0)).toBe(figures.filter((f) => /^review-(p[2-6]|[1-8])(-|$)/.test(f.section_id)).length);
  });
});
