import { describe, expect, it } from "vitest";
import { allCharts, allStories, editionOfStory } from "./index";
import { assertNoTypedNumbers, renderCopy } from "./copy";
import { copyContext } from "./copy-context";

/** Every piece of copy a story shows, with where it is. */
const stories = allStories();
const copies = stories.flatMap((story) => {
  const edition = editionOfStory(story);
  return [
    { where: `story ${edition.id}/${story.slug} dek`, copy: story.dek, edition },
    ...story.steps.map((step, i) => ({ where: `story ${edition.id}/${story.slug} step ${i + 1}`, copy: step.text, edition })),
    ...story.charts.map((chart) => ({ where: `story ${edition.id}/${story.slug} chart ${chart.id} takeaway`, copy: chart.takeaway, edition })),
    ...story.charts.flatMap((chart) => (chart.note ? [{ where: `story ${edition.id}/${story.slug} chart ${chart.id} note`, copy: chart.note, edition }] : [])),
  ];
});

describe("story copy", () => {
  it("covers every story in src/stories/index.ts", () => {
    expect(stories.length).toBeGreaterThan(0);
    expect(new Set(copies.map((c) => c.where.split(" ")[1])).size).toBe(stories.length);
  });
  it.each(copies)("$where has no typed numbers", ({ copy, where }) => {
    assertNoTypedNumbers(copy, where);
  });
  it.each(copies)("$where renders: every token names a real figure or indicator value", ({ copy, edition }) => {
    expect(renderCopy(copy, copyContext(edition))).not.toMatch(/\{(fig|val|ind|ctx):/);
  });
});

describe("stories", () => {
  it("have unique chart ids and every step graphic belongs to a chart of its story", () => {
    const charts = allCharts();
    for (const story of stories) {
      for (const step of story.steps) expect(story.charts.map((c) => c.id)).toContain(step.chartId);
    }
    expect(new Set(charts.map((c) => c.id)).size).toBe(charts.length);
  });
  it("area stories show at least one Plot and one D3 chart", () => {
    for (const story of stories.filter((s) => s.kind === "area")) {
      expect(story.charts.some((c) => c.renderer === "plot"), story.slug).toBe(true);
      expect(story.charts.some((c) => c.renderer === "d3"), story.slug).toBe(true);
    }
  });
});
