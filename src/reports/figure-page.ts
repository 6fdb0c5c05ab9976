/**
 * Where a figure of any report is cited on the /reports/ pages: its sentence on the report's text
 * page when the text is there, else (a text outside the repository that is absent, so no text page
 * is built) the curated row that stands for it on the report's own page (src/data/cited.ts).
 */
import { curatedAnchor } from "../data/cited";
import { loadReport } from "../data/load";

/** `reports/<id>/text/#<figure>` or `reports/<id>/#value-<figure>`, relative to a language's pages. */
export function figurePage(reportId: string, figureId: string): string {
  return loadReport(reportId).hasText ? `reports/${reportId}/text/#${figureId}` : `reports/${reportId}/#${curatedAnchor(figureId)}`;
}
