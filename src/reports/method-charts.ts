/**
 * The method view's charts of the site's report as site charts (ChartDef): embeddable, downloadable
 * and citable like story charts, under the edition's ids (`yq2024-method-words-plan-7`). Story charts
 * that counted words, paragraphs or figures moved here; their published ids stay aliases of these
 * (src/stories/published-chart-ids.json), so old embed codes and download links keep working.
 */
import { loadReport } from "../data/load";
import type { ChartDef } from "../stories/types";
import { methodGroups, type MethodGroup } from "./method-view";
import { reportOutline } from "./outline";

/** The method view of a report, computed from its rows. */
export function methodViewOf(reportId: string): MethodGroup[] {
  const report = loadReport(reportId);
  return methodGroups(reportId, reportOutline(report.sections, report.figures), report.sections, report.figures);
}

/** Where a method chart stands: its report page, in the method view. */
export const METHOD_STORY = "method";

/** Every method chart of `reportId` as a site chart, its id given by `chartId(localId)` (the edition's ids). */
export function methodChartDefs(reportId: string, chartId: (localId: string) => string, aliasesOf: (id: string) => string[] = () => []): ChartDef[] {
  return methodViewOf(reportId).flatMap((group) =>
    group.charts.map((chart): ChartDef => {
      const id = chartId(`method-${chart.localId}`);
      return {
        id,
        aliases: aliasesOf(id),
        reportId,
        story: METHOD_STORY,
        title: chart.title,
        takeaway: chart.takeaway,
        unit: chart.unit,
        renderer: "plot",
        sourceIds: chart.sourceIds,
        figureIds: [],
        render: () => chart.result,
      };
    }),
  );
}
