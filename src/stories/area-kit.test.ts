import { describe, expect, it } from "vitest";
import { countRow, growthFigureIds, growthRows, levelRow, paragraphLengthRow } from "./area-kit";
import { chartDefOf } from "./chart-def";
import { editionOfStory, storyBySlug } from "./index";
import { siteEdition } from "../edition";

// demand, industry and digital are content stories (src/content/stories/yq2024/): their chart ids carry the edition.
const demand = storyBySlug("demand", siteEdition())!;
const industry = storyBySlug("industry", siteEdition())!;
const digital = storyBySlug("digital", siteEdition())!;

const REPORT = "yangquan-2024";

describe("area-kit", () => {
  it("defineChart derives sources from figures, in reading order, then adds figure-less paragraphs", () => {
    const def = chartDefOf({
      id: "x", reportId: REPORT, story: "demand", renderer: "plot", title: "t", takeaway: "", unit: "%",
      figureIds: ["plan-1-p4-f2", "review-p2-f5"], extraSourceIds: ["plan-1-p3", "review-p2"],
      render: () => { throw new Error("not rendered"); },
    });
    expect(def.sourceIds).toEqual(["review-p2", "plan-1-p4", "plan-1-p3"]);
    expect(def).not.toHaveProperty("extraSourceIds");
  });

  it("growthRows keep not-stated values and growthFigureIds skips them", () => {
    const rows = growthRows(["construction-output"], REPORT);
    expect(rows[0]).toMatchObject({ key: "construction-output", unit: "%", actual: { status: "not_stated" }, target: { status: "target", value: 10, qualifier: "以上" } });
    expect(growthFigureIds(rows)).toEqual(["plan-1-p4-f3"]);
  });

  it("countRow and levelRow read curated values and refuse a not-stated one, naming it", () => {
    expect(countRow("digital-parks-firms", REPORT, 2023, "园区")).toMatchObject({ value: 150, qualifier: "余", unit: "家", series: "actual", figureId: "review-p4-f2" });
    expect(levelRow("coal-output-local", REPORT, 2023, "地方", "coal-output")).toMatchObject({ value: 1252, unit: "万吨", partOf: "coal-output" });
    expect(() => countRow("new-energy-capacity", REPORT, 2024, "x")).toThrow(/new-energy-capacity \/ yangquan-2024 \/ 2024 is not stated/);
  });

  it("paragraphLengthRow labels a paragraph by its lead phrase and counts its characters", () => {
    expect(paragraphLengthRow(REPORT, "plan-1-p3")).toMatchObject({ key: "plan-1-p3", label: "激发有潜能的消费", unit: "字", value: 353 });
    expect(() => paragraphLengthRow(REPORT, "plan-99")).toThrow(/no section "plan-99"/);
  });
});

describe.each([demand, industry, digital])("area story $slug", (story) => {
  it("has 4–7 steps, a Plot and a D3 chart, and slug-prefixed chart ids", () => {
    expect(story.steps.length).toBeGreaterThanOrEqual(4);
    expect(story.steps.length).toBeLessThanOrEqual(7);
    expect(story.charts.map((c) => c.renderer)).toEqual(expect.arrayContaining(["plot", "d3"]));
    const edition = editionOfStory(story).id;
    for (const c of story.charts) expect(c.id.startsWith(`${story.slug}-`) || c.id.startsWith(`${edition}-${story.slug}-`), c.id).toBe(true);
  });
  it("gives every step graphic and chart its own svg id (they share one page)", () => {
    const ids = [...story.steps.map((s) => s.state.svg), ...story.charts.map((c) => c.render().svg)].map((svg) => /^<svg id="([^"]+)"/.exec(svg)?.[1]);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it("cites, in every chart, the paragraphs of the figures it draws", () => {
    for (const c of story.charts) for (const id of c.figureIds) expect(c.sourceIds).toContain(id.replace(/-f\d+$/, ""));
  });
});
