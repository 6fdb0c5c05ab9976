/**
 * The annotated report's markup: a section's text, escaped, with every figure wrapped in
 * `<mark id="<figure-id>">` at its offset and followed by links to the charts that draw it.
 */
import { escapeHtml } from "../stories/copy";

export interface ChartLink {
  href: string;
  /** Chart title (the link's tooltip). */
  title: string;
  /** The link's text in the page's language, given its number when a figure has several, else "" (图2 / chart 2). */
  text(n: string): string;
  /** The link's accessible name (图表：<title> / Chart: <title>). */
  label: string;
  /** The language of `text` and `label` when it is not the text's (an English page's links in the Chinese original). */
  lang?: string;
}

export interface MarkedFigure {
  id: string;
  offset: number;
  quote: string;
  charts: readonly ChartLink[];
}

/**
 * `text.slice(from, to)` as HTML with figures marked. Throws when a figure's quote is not at its
 * offset or two figures overlap — the extraction and the text disagree, so nothing is shown wrongly.
 */
export function annotateText(text: string, figures: readonly MarkedFigure[], sectionId: string, from = 0, to = text.length): string {
  const inRange = figures.filter((f) => f.offset >= from && f.offset < to).sort((a, b) => a.offset - b.offset);
  let html = "";
  let cursor = from;
  for (const fig of inRange) {
    const found = text.slice(fig.offset, fig.offset + fig.quote.length);
    if (found !== fig.quote) {
      throw new Error(`section ${sectionId}, figure ${fig.id}: expected quote "${fig.quote}" at offset ${fig.offset}, found "${found}"`);
    }
    if (fig.offset < cursor) throw new Error(`section ${sectionId}, figure ${fig.id}: overlaps the previous figure at offset ${fig.offset}`);
    html += escapeHtml(text.slice(cursor, fig.offset));
    html += `<mark id="${escapeHtml(fig.id)}">${escapeHtml(fig.quote)}</mark>`;
    html += fig.charts
      .map((c, i) => {
        const lang = c.lang ? ` lang="${escapeHtml(c.lang)}"` : "";
        const n = fig.charts.length > 1 ? i + 1 : "";
        return `<sup${lang}><a href="${escapeHtml(c.href)}" title="${escapeHtml(c.title)}" aria-label="${escapeHtml(c.label)}">${escapeHtml(c.text(String(n)).trim())}</a></sup>`;
      })
      // A space between two chart links, so they do not read as one ("chart 1chart 2").
      .join(" ");
    cursor = fig.offset + fig.quote.length;
  }
  return html + escapeHtml(text.slice(cursor, to));
}

/** Splits an inline area heading (`（一）…。正文…`) into the heading and the body that follows. */
export function splitInlineHeading(text: string, heading: string): { heading: string; body: string } {
  if (heading && text.startsWith(heading)) return { heading, body: text.slice(heading.length) };
  return { heading: text, body: "" };
}
