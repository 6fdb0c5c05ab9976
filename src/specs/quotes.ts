/** `{quote:<figure-id>}` in a row label or key: the figure's quote as written (e.g. 11.8万亩), so no number is typed. */
import { figureOf } from "../stories/figure-rows";

const QUOTE = /\{quote:([a-z0-9-]+)\}/g;

/** `text` with every quote token replaced; throws naming an unknown figure id. */
export function expandQuotes(text: string, reportId: string): string {
  return text.replace(QUOTE, (_token, id: string) => figureOf(reportId, id).quote);
}

/** The figure ids `text` quotes. */
export function quotedFigureIds(text: string): string[] {
  return [...text.matchAll(QUOTE)].map((m) => m[1]!);
}
