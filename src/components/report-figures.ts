/**
 * Which charts draw each figure of the site's report: the reverse of `ChartDef.figureIds`
 * over every story, so the annotated report can link a figure to its charts.
 */
import { allCharts, chartPagePath, isMethodChart, storyOfChart } from "../stories/index";
import type { ChartLink } from "./annotate";
import { href } from "./url";

export function chartLinksByFigure(reportId: string): Map<string, ChartLink[]> {
  const links = new Map<string, ChartLink[]>();
  for (const chart of allCharts()) {
    if (chart.reportId !== reportId) continue;
    // A story chart no step shows (kept for its published embed) is not where a reader meets the figure.
    if (!isMethodChart(chart) && !storyOfChart(chart).steps.some((s) => s.chartId === chart.id)) continue;
    const link = { href: href(chartPagePath(chart)), title: chart.title };
    for (const figureId of chart.figureIds) {
      const list = links.get(figureId) ?? [];
      list.push(link);
      links.set(figureId, list);
    }
  }
  return links;
}
