/**
 * A gloss (src/lang/glosses.ts) as a page shows it: its prose with every {fig:} token written by the
 * story copy renderer in the edition's language ("67.62 million tonnes", "around 5%"), each linked
 * to its figure in the text the gloss renders: the edition's annotated report for the edition's own
 * report, the full text under /reports/<id>/text/ for another (the national one).
 */
import type { Edition } from "../edition";
import { renderCopy } from "../stories/copy";
import { copyContext } from "../stories/copy-context";
import type { Gloss } from "./glosses";
import { reportsPage } from "./t";

export function glossHtml(gloss: Gloss, edition: Edition): string {
  const ctx = copyContext(edition);
  if (gloss.reportId === ctx.reportId) return renderCopy(gloss.text, ctx);
  const pages = { reports: reportsPage(edition), data: edition.languagePage("data/"), ...ctx.pages, report: reportsPage(edition, `${gloss.reportId}/text/`) };
  return renderCopy(gloss.text, { ...ctx, reportId: gloss.reportId, pages });
}
