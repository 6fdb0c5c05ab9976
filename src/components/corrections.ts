/**
 * The corrections log shown on /corrections/, newest first. Add one entry per published correction:
 * the date it was made, the page, what was wrong and what it says now. An empty list is shown as such.
 */
export interface Correction {
  /** YYYY-MM-DD, the day the corrected page was published. */
  date: string;
  /** Page path relative to the site base, e.g. "areas/industry/". */
  path: string;
  /** Title of the page as readers know it. */
  page: string;
  /** What was wrong and what it says now, in one or two sentences. */
  text: string;
}

export const CORRECTIONS: readonly Correction[] = [];
