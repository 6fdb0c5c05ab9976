/**
 * The scale rules (scale-rules.ts) over every chart the site shows: each story chart, each step state,
 * and the generic charts of every report page.
 */
import { describe, expect, it } from "vitest";
import { allStories } from "../stories/index";
import { loadData } from "../data/load";
import { methodViewOf } from "../reports/method-charts";
import { scaleProblems } from "./scale-rules";

describe("scale rules", () => {
  it("catch a stretched axis, a bar that does not start at zero and a lone tick", () => {
    const svg = (domain: string, x: number, w: number, ticks: string[]) =>
      `<svg id="t" data-x-domain="${domain}" data-x-range="100,340"><g data-mark="bar"><rect x="${x}" width="${w}" /></g>` +
      `<g data-mark="x-axis tick"></g><g data-mark="x-axis tick label">${ticks.map((t) => `<text>${t}</text>`).join("")}</g></svg>`;
    expect(scaleProblems(svg("0,10", 100, 230, ["0", "5", "10"]))).toEqual([]);
    expect(scaleProblems(svg("0,30000", 100, 48, ["0"])).join("\n")).toMatch(/fills 20%[\s\S]*1 tick/);
    expect(scaleProblems(svg("0,10", 120, 200, ["0", "5", "10"])).join("\n")).toMatch(/not from zero/);
    expect(scaleProblems(svg("2,10", 100, 200, ["2", "5", "10"])).join("\n")).toMatch(/do not start at zero/);
  });

  it("hold for every story chart and every step state", () => {
    const problems: string[] = [];
    let scaled = 0;
    for (const story of allStories()) {
      for (const chart of story.charts) {
        const svg = chart.render().svg;
        if (svg.includes("data-x-domain")) scaled++;
        problems.push(...scaleProblems(svg).map((p) => `${story.slug} chart: ${p}`));
      }
      for (const [i, step] of story.steps.entries()) problems.push(...scaleProblems(step.state.svg).map((p) => `${story.slug} step ${i + 1}: ${p}`));
    }
    expect(scaled).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });

  it("hold for the charts of every report page (its method view)", () => {
    const data = loadData();
    const problems: string[] = [];
    for (const [id, report] of data.reports) {
      if (!report.hasText) continue; // no text, no method view
      for (const chart of methodViewOf(id).flatMap((g) => g.charts)) problems.push(...scaleProblems(chart.result.svg).map((p) => `${chart.id}: ${p}`));
    }
    expect(problems).toEqual([]);
  });
});
