/**
 * The register of published chart ids (src/stories/published-chart-ids.json): every id ever published
 * in an embed code or download link → the id of the chart that now serves it. A chart's aliases are
 * the published ids that point at it, so a renamed chart keeps its old embed page and downloads.
 */
import register from "../stories/published-chart-ids.json" with { type: "json" };

export const PUBLISHED_CHART_IDS: Readonly<Record<string, string>> = register;

/** Published ids other than `chartId` that resolve to it. */
export function aliasesOf(chartId: string, published: Readonly<Record<string, string>> = PUBLISHED_CHART_IDS): string[] {
  return Object.keys(published).filter((id) => id !== chartId && published[id] === chartId);
}
