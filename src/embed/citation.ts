/**
 * How to cite a chart, in Chinese and English. Everything comes from the chart and the report's
 * manifest row (title, year) — there is no clock, so the same data always gives the same citation.
 */

export interface CitationInput {
  chartTitle: string;
  chartId: string;
  siteName: string;
  /** Absolute URL of the chart's embed page (its stable address). */
  url: string;
  report: { title: string; year: number; place: string; place_en: string };
  /**
   * For an edition in another language than Chinese: the source as that edition names it, with the
   * paragraphs ("Source: Yangquan Municipal People's Government, 2024 Government Work Report, review,
   * paragraph 2 (in Chinese)"). The English citation then reads "<site>, "<title>" [chart]. <source>. <url>".
   */
  sourceLine?: string;
  /** The citation readers of this edition see first: "zh" (default) or "en". */
  lang?: string;
}

export interface Citation {
  zh: string;
  en: string;
  /** The one a page in the edition's language shows: `zh` or `en`. */
  primary: "zh" | "en";
  /** Machine-readable form, also the `.json` download. */
  json: {
    title: string;
    id: string;
    site: string;
    url: string;
    source: { title: string; year: number; place: string };
    zh: string;
    en: string;
  };
}

export function citation(input: CitationInput): Citation {
  const { chartTitle, chartId, siteName, url, report, sourceLine } = input;
  if (!Number.isInteger(report.year)) throw new Error(`citation of ${chartId}: report year must be an integer, got ${report.year}`);
  const zh = `${siteName}：《${chartTitle}》，数据来源：${report.title}（${report.year}年）。${url}`;
  const en = sourceLine
    ? `${siteName}, "${chartTitle}" [chart]. ${sourceLine}. ${url}`
    : `${siteName}, "${chartTitle}" [chart], data from the ${report.year} Government Work Report of ${report.place_en} (${report.title}). ${url}`;
  const primary = input.lang && !input.lang.toLowerCase().startsWith("zh") ? "en" : "zh";
  return {
    zh,
    en,
    primary,
    json: { title: chartTitle, id: chartId, site: siteName, url, source: { title: report.title, year: report.year, place: report.place }, zh, en },
  };
}

/** The `.txt` download: both citations, the edition's own first, CRLF so Notepad shows the lines. */
export function citationText(c: Citation): string {
  return c.primary === "en" ? `${c.en}\r\n\r\n${c.zh}\r\n` : `${c.zh}\r\n\r\n${c.en}\r\n`;
}
