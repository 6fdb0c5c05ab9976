/**
 * Connects the pure copy renderer (stories/copy.ts) to the site's data and base path.
 * One context per edition, built once per build from the validated dataset.
 */
import { loadData, loadReport, REPORTS_HELD } from "../data/load";
import { LazyMap } from "../lib/lazy-map";
import { renderCopy, type CopyContext, type CopyFigure } from "./copy";
import type { Edition } from "../edition";
import { copyContextIn } from "../lang/copy-lang";
import { reportsPage } from "../lang/t";

/** Figures by report, read when a token names the report; a few reports held at a time. */
let figures: LazyMap<string, Map<string, CopyFigure>> | undefined;
const contexts = new Map<string, CopyContext>();

/** The copy context of an edition: its report and pages, every report's figures, the curated values. */
export function copyContext(edition: Edition): CopyContext {
  let cached = contexts.get(edition.id);
  if (cached) return cached;
  const data = loadData();
  figures ??= new LazyMap(data.reportEntries.keys(), (id) => new Map(loadReport(id).figures.map((f) => [f.id, f])), REPORTS_HELD);
  cached = copyContextIn({
    base: import.meta.env.BASE_URL ?? "/",
    reportId: edition.reportId,
    pages: { report: edition.pagePath("report/"), reports: reportsPage(edition), data: edition.languagePage("data/") },
    figures,
    indicatorValues: data.indicatorValues,
    context: data.context,
  }, edition.lang);
  contexts.set(edition.id, cached);
  return cached;
}

/** Story copy (tokens allowed) of an edition → escaped HTML with every number linked to its sentence. */
export function renderCopyHtml(copy: string, edition: Edition): string {
  return renderCopy(copy, copyContext(edition));
}
