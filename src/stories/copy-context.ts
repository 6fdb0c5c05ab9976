/**
 * Connects the pure copy renderer (stories/copy.ts) to the site's data and base path.
 * The context is built once per build from the validated dataset.
 */
import { loadData } from "../data/load";
import { renderCopy, type CopyContext, type CopyFigure } from "./copy";
import { siteEdition } from "../edition";

let cached: CopyContext | undefined;

/** The copy context of this build: the site's report, every report's figures, the curated values. */
export function copyContext(): CopyContext {
  if (cached) return cached;
  const data = loadData();
  const figures = new Map<string, Map<string, CopyFigure>>();
  for (const [id, report] of data.reports) figures.set(id, new Map(report.figures.map((f) => [f.id, f])));
  cached = { base: import.meta.env.BASE_URL ?? "/", reportId: siteEdition().reportId, figures, indicatorValues: data.indicatorValues, context: data.context };
  return cached;
}

/** Story copy (tokens allowed) → escaped HTML with every number linked to its sentence. */
export function renderCopyHtml(copy: string): string {
  return renderCopy(copy, copyContext());
}
