/**
 * Which charts of an edition draw each figure of its report: the reverse of `ChartDef.figureIds`
 * over the edition's stories (and its report page's method view), so the annotated report links a
 * figure to the charts in its own language, with link words from src/content/ui/<lang>.yaml.
 */
import type { Edition } from "../edition";
import { t } from "../lang/t";
import { chartPagePath, chartsOf, isMethodChart, storyOfChart } from "../stories/index";
import type { ChartLink } from "./annotate";
import { href } from "./url";

/** The charts of `edition` that draw each of its report's figures, by figure id. */
export function chartLinksByFigure(edition: Edition): Map<string, ChartLink[]> {
  const links = new Map<string, ChartLink[]>();
  for (const chart of chartsOf(edition)) {
    if (chart.reportId !== edition.reportId) continue;
    // A story chart no step shows (kept for its published embed) is not where a reader meets the figure.
    if (!isMethodChart(chart) && !storyOfChart(chart).steps.some((s) => s.chartId === chart.id)) continue;
    const link: ChartLink = {
      href: href(chartPagePath(chart)),
      title: chart.title,
      text: (n) => t(edition, "report.chart_link", { n }),
      label: t(edition, "report.chart_link_label", { title: chart.title }),
      // The report text is Chinese; an English page's links are English inside it.
      ...(edition.lang.toLowerCase().startsWith("zh") ? {} : { lang: edition.lang }),
    };
    for (const figureId of chart.figureIds) {
      const list = links.get(figureId) ?? [];
      list.push(link);
      links.set(figureId, list);
    }
  }
  return links;
}
