import { describe, expect, it } from "vitest";
import { storyBySlug } from "./index";
import { siteEdition } from "../edition";
import { figureById, loadReport } from "../data/load";
import type { Story } from "./types";

// business, reform and ecology are content stories (src/content/stories/yq2024/*.yaml); their published chart ids are aliases.
const business = storyBySlug("business", siteEdition())!;
const ecology = storyBySlug("ecology", siteEdition())!;
const reform = storyBySlug("reform", siteEdition())!;

const chartOf = (story: Story, id: string) => {
  const chart = story.charts.find((c) => c.id === id || c.aliases?.includes(id));
  if (!chart) throw new Error(`no chart ${id} in ${story.slug}`);
  return chart;
};

describe.each([business, reform, ecology])("story $slug", (story) => {
  it("cites, for every chart, exactly the paragraphs its figures stand in (plus counted text)", () => {
    for (const chart of story.charts) {
      for (const id of chart.figureIds) expect(chart.sourceIds, `${chart.id} ${id}`).toContain(figureById(story.reportId, id)!.section_id);
    }
  });
  it("has 4–7 steps whose sources include the sections of the figures they quote", () => {
    expect(story.steps.length).toBeGreaterThanOrEqual(4);
    expect(story.steps.length).toBeLessThanOrEqual(7);
    for (const step of story.steps) {
      for (const [, id] of step.text.matchAll(/\{(?:fig|val):([^{}]+)\}/g)) {
        expect(step.sourceIds, `step "${step.text.slice(0, 20)}…" quotes ${id}`).toContain(figureById(story.reportId, id!)!.section_id);
      }
    }
  });
  it("moves the graphic on at every step (no two steps show the same markup)", () => {
    const svgs = story.steps.map((s) => s.state.svg);
    expect(new Set(svgs).size).toBe(svgs.length);
  });
});

describe("business", () => {
  it("counts policy measures in 条 only, as written", () => {
    const table = chartOf(business, "business-policy-packages").render().table;
    expect(table.rows.map((r) => r.text)).toEqual(["38条", "26条", "20条", "23条"]);
  });
  it("draws one dot per firm the plan targets, no more", () => {
    const { svg, alt } = chartOf(business, "business-firm-targets").render();
    expect(svg.match(/<circle /g)).toHaveLength(27 + 10);
    expect(alt).toContain("27户");
  });
  it("shows the 2024 market-entity total and growth as not stated", () => {
    const { alt } = chartOf(business, "business-results-targets").render();
    expect(alt).toContain("规上工业企业净增27户");
    expect(alt).toContain("实有各类经营主体未提及（2023年15.3万户）");
    expect(alt).toContain("经营主体增速未提及（2023年17.8%）");
  });
});

describe("reform", () => {
  it("keeps the trade target's 左右 and the unstated 2023 growth rates", () => {
    const { alt } = chartOf(reform, "reform-growth").render();
    expect(alt).toContain("外贸进出口：2023年53.5%，2024年目标5%左右");
    expect(alt).toContain("企业研发经费：2023年未提及，2024年目标11.5%左右");
  });
  it("labels the started share as computed, and draws the consortia as a range", () => {
    expect(chartOf(reform, "reform-investment").render().alt).toContain("计算值");
    expect(chartOf(reform, "reform-consortia").render().svg).toContain('data-bound="range"');
    expect(chartOf(reform, "reform-consortia").render().alt).toContain("3-5家");
  });
  it("sets this year's high-tech target beside last year's count, in one unit", () => {
    const { alt } = chartOf(reform, "reform-high-tech").render();
    expect(alt).toContain("52家");
    expect(alt).toContain("48家");
  });
  it("keeps the old word-count id as an alias of the report page's method chart", () => {
    expect(reform.charts.some((c) => c.id === "yq2024-reform-words" || c.aliases?.includes("reform-words"))).toBe(false);
  });
});

describe("ecology", () => {
  it("sets no 2024 air target: the cards say 未提及; afforestation is the one figure", () => {
    const { alt } = chartOf(ecology, "ecology-air-cards").render();
    expect(alt).toContain("细颗粒物浓度未提及（2023年38微克/立方米）");
    expect(alt).toContain("营造林11.8万亩");
  });
  it("lists commitments as written in the plan, grouped by paragraph", () => {
    const { table } = chartOf(ecology, "ecology-commitments").render();
    expect(table.rows.map((r) => r.section)).toEqual(expect.arrayContaining(["plan-7-p2", "plan-7-p3", "plan-7-p4"]));
    expect(table.rows.map((r) => r.name)).toContain("完成营造林11.8万亩");
  });
  it("opens on the review year's PM2.5 against the national Grade II limit, named by its number", () => {
    expect(ecology.steps[0]!.chartId).toBe("yq2024-ecology-pm25");
    const { alt, table } = chartOf(ecology, "yq2024-ecology-pm25").render();
    expect(alt).toContain("38微克/立方米");
    expect(alt).toContain("GB 3095-2012");
    expect(alt).toContain("35微克/立方米");
    expect(table.rows.map((r) => r.source)).toEqual(["本报告", "国家标准（GB 3095-2012）二级限值"]);
  });
});

/** The copy counts things in words (两个数字目标, 唯一的数字, 唯一的区间目标); these guard those words against the data. */
describe("counts the copy states in words", () => {
  const figuresIn = (prefix: string) => loadReport("yangquan-2024").figures.filter((f) => f.section_id.startsWith(`${prefix}-p`));
  it("business: plan-4 has two targets besides the 条 count of a policy", () => {
    expect(figuresIn("plan-4").filter((f) => f.unit !== "条").map((f) => f.quote)).toEqual(["净增27户", "新增10户"]);
  });
  it("reform: plan-5 has exactly one range target", () => {
    expect(figuresIn("plan-5").filter((f) => f.value_max !== null).map((f) => f.quote)).toEqual(["3-5家"]);
  });
  it("ecology: plan-7 has exactly one figure, the afforestation target", () => {
    expect(figuresIn("plan-7").map((f) => f.quote)).toEqual(["11.8万亩"]);
  });
});
