/**
 * The edition a chart belongs to, from its id (`<edition id>-<chart id>`: yq2024-…, yq2024-en-…):
 * the longest edition id that prefixes it, so yq2024-en-demand-sectors is English, not yq2024's.
 * Downloads, citations and the embed code speak that edition's language.
 */
import { editionOfReport, loadEditions, type Edition } from "../edition";
import type { ChartDef } from "../stories/types";
import { uiStrings, uiText } from "../lang/ui";

export function chartEdition(chart: Pick<ChartDef, "id" | "reportId">): Edition {
  const matches = loadEditions()
    .filter((e) => e.reportId === chart.reportId && chart.id.startsWith(`${e.id}-`))
    .sort((a, b) => b.id.length - a.id.length);
  return matches[0] ?? editionOfReport(chart.reportId);
}

/** A text of the chart's language (src/content/ui/<lang>.yaml). */
export function chartText(chart: Pick<ChartDef, "id" | "reportId">, key: string, vars: Readonly<Record<string, string | number>> = {}): string {
  return uiText(uiStrings(chartEdition(chart).lang), key, vars);
}
