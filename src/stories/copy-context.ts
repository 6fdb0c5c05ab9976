/**
 * Connects the pure copy renderer (stories/copy.ts) to the site's data and base path.
 * One context per edition, built once per build from the validated dataset.
 */
import { loadData, REPORTS_HELD, type Data } from "../data/load";
import { curatedAnchor, standInFigures } from "../data/cited";
import { LazyMap } from "../lib/lazy-map";
import { renderCopy, type CopyContext, type CopyFigure } from "./copy";
import type { Edition } from "../edition";
import { copyContextIn } from "../lang/copy-lang";
import { reportsPage } from "../lang/t";

const contexts = new Map<string, CopyContext>();

/**
 * Every report's figures as copy cites them: the figures.csv rows of a report with its text; for a
 * report whose text is absent (outside the repository, src/data/cited.ts), the stand-ins of its
 * curated rows, each linking to its row on the report's page under `reports` (a language's
 * `reports/` path, relative to the base).
 */
export function copyFigures(data: Pick<Data, "reports" | "indicatorValues" | "indicators">, reports: string): ReadonlyMap<string, ReadonlyMap<string, CopyFigure>> {
  const figuresOf = (id: string): Map<string, CopyFigure> => {
    const report = data.reports.get(id)!;
    if (report.hasText) return new Map(report.figures.map((f) => [f.id, f]));
    return new Map([...standInFigures(id, data.indicatorValues, data.indicators)].map(([fid, f]) => [fid, { ...f, page: `${reports}${id}/#${curatedAnchor(fid)}` }]));
  };
  // Read when a token names the report, a few reports held at a time (as loadData holds them).
  return new LazyMap(data.reports.keys(), figuresOf, REPORTS_HELD);
}

/** The copy context of an edition: its report and pages, every report's figures, the curated values. */
export function copyContext(edition: Edition): CopyContext {
  let cached = contexts.get(edition.id);
  if (cached) return cached;
  const data = loadData();
  const all = copyFigures(data, reportsPage(edition));
  cached = copyContextIn({
    base: import.meta.env.BASE_URL ?? "/",
    reportId: edition.reportId,
    pages: { report: edition.pagePath("report/"), reports: reportsPage(edition), data: edition.languagePage("data/") },
    figures: all,
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
