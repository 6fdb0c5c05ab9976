/** What every story says about itself: as of when, and where corrections are listed (the byline is an edition label). */
import { loadReport } from "../data/load";

/** Path of the corrections page, relative to the site base. */
export const CORRECTIONS_PATH = "corrections/";

/**
 * A story's date is its report's data date (seeds/manifest.csv `data_date`): the day the text and its
 * extraction became the data version the story shows. Never the build date.
 */
export function publicationDate(reportId: string): { iso: string; text: string } {
  const iso = loadReport(reportId).meta.data_date;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`data_date of ${reportId} is "${iso}" — expected YYYY-MM-DD`);
  return { iso, text: `${m[1]}年${Number(m[2])}月${Number(m[3])}日` };
}
