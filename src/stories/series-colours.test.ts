/**
 * Colour means one thing in every chart of every story and every step state: a review-year actual,
 * a plan-year target and a national value each keep one colour (src/charts/series-colours.ts), and a
 * chart draws the kinds its figures are: a chart of review-year figures has actual marks and no
 * target marks, a chart of plan-year figures has target marks, and national marks stand for values
 * of another report.
 */
import { describe, expect, it } from "vitest";
import { loadReport } from "../data/load";
import { seriesColourProblems, seriesKindsIn } from "../charts/series-colours";
import { allStories } from "./index";

const stories = allStories();

/** Kinds that count words, commitments, paragraphs or projects of the text: their marks are no actual, target or national value. */
const TEXT_KINDS = new Set(["attention", "commitment-grid", "word-frequency", "numeral-measures", "figure-counts", "paragraph-lengths", "project-ledger"]);
/** A chart of a story still in TypeScript has no kind: without series marks it counts text (the overview's attention chart). */
const countsText = (chart: { kind?: string }, svg: string) => (chart.kind ? TEXT_KINDS.has(chart.kind) : seriesKindsIn(svg).size === 0);

const charts = stories.flatMap((story) => story.charts.map((chart) => ({ story, chart, name: `${story.slug} ${chart.id}` })));

describe("colour means one thing", () => {
  it("the check catches an actual drawn in the target colour and a national value drawn grey", () => {
    expect(seriesColourProblems('<svg><g class="s-actual c-target"><rect/></g></svg>')).toEqual([
      '<g class="s-actual c-target">: a actual mark without its colour c-actual',
      '<g class="s-actual c-target">: a actual mark also coloured c-target',
      '<g class="s-actual c-target">: the target colour on a mark that is not of kind target',
    ]);
    expect(seriesColourProblems('<svg><g class="c-actual"><text>全国 5%</text></g></svg>')).toEqual(['<g class="c-actual">: the actual colour on a mark that is not of kind actual']);
    expect(seriesColourProblems('<svg><g class="s-target c-target"><circle class="c-area-demand"/></g></svg>')).toEqual(['<circle class="c-area-demand"> inside a target mark paints itself c-area-demand']);
    expect(seriesColourProblems('<svg><g class="s-national c-national"><rect/></g><text class="c-text">x</text></svg>')).toEqual([]);
  });

  it.each(stories.flatMap((story) => story.steps.map((step, i) => ({ name: `${story.slug} step ${i + 1}`, svg: step.state.svg }))))("$name keeps every mark in its kind's colour", ({ svg }) => {
    expect(seriesColourProblems(svg)).toEqual([]);
  });

  it.each(charts)("$name draws the kinds its figures are, each in its colour", ({ story, chart }) => {
    const { svg, table } = chart.render();
    expect(seriesColourProblems(svg)).toEqual([]);
    const kinds = seriesKindsIn(svg);
    if (countsText(chart, svg)) {
      expect([...kinds], `${chart.id} counts text`).toEqual([]);
      return;
    }
    const figures = loadReport(story.reportId).figures;
    const statuses = new Set(chart.figureIds.map((id) => figures.find((f) => f.id === id)?.status).filter((s) => s === "actual" || s === "target"));
    for (const status of statuses) expect(kinds.has(status), `${chart.id} draws ${status} figures`).toBe(true);
    for (const kind of ["actual", "target"] as const) if (kinds.has(kind)) expect(statuses.has(kind), `${chart.id} has ${kind} marks`).toBe(true);
    const otherReport = (table.sources ?? []).some((row) => row.figures.some((f) => f.reportId && f.reportId !== story.reportId));
    expect(kinds.has("national"), `${chart.id}: national marks exactly when it draws another report's values`).toBe(otherReport);
  });
});
