/**
 * A figure of any report as the site cites it. For a report whose text is present it is the
 * figures.csv row (extracted from the text, committed or in memory). For a report whose text lies
 * outside the repository and is absent (a clone without ../shared), there is no figures.csv: the
 * figure is stood in for by the curated indicator-values.csv row that names its id — the value,
 * qualifier and unit the curator recorded, the number as the row's quote writes it, and the quote
 * itself for the sentence — with no paragraph, because the report's text page is not built. Pages
 * then cite the report's title and the curated quote, and link to that row on the report's page.
 */
import { foldWidth } from "../lib/fold-width";
import type { Figure, Indicator, IndicatorValue } from "./schema";

export interface CitedFigure {
  id: string;
  reportId: string;
  /** The figure as written (figures.csv `quote`); for a stand-in, the number and unit as the curated quote writes them. */
  quote: string;
  /** The sentence it stands in; for a stand-in, the curated quote. */
  sentence: string;
  value: number;
  value_max: number | null;
  unit: string;
  qualifier: string;
  /** Its paragraph in the report's text; null for a stand-in (the report's text is absent, so is its text page). */
  section_id: string | null;
  /**
   * figures.csv `direction` ("up", "down" or ""): English reads 增长4倍 as +400% only with it. A
   * stand-in has "" (curated rows record no direction; no curated row is in 倍).
   */
  direction: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The number of a curated row as its quote writes it, with the unit (`1200万人` in
 * 城镇新增就业1200万人以上; a range as `3-5家`), or null when the quote does not write it so.
 * Compared after folding full-width digits, as every quote is.
 */
export function writtenValueIn(quote: string, value: number, valueMax: number | null, unit: string): string | null {
  const n = (x: number) => `${escape(String(x))}(?:\\.0+)?`;
  const range = valueMax === null ? "" : `\\s*[-—–~～至]\\s*${n(valueMax)}`;
  const tail = unit === "" ? "(?![\\d.])" : escape(unit);
  const found = new RegExp(`(?<![\\d.])${n(value)}${range}${tail}`).exec(foldWidth(quote));
  return found ? found[0] : null;
}

/** The figures.csv row as cited. */
export function citedFromFigure(reportId: string, f: Figure): CitedFigure {
  return { id: f.id, reportId, quote: f.quote, sentence: f.sentence, value: f.value, value_max: f.value_max, unit: f.unit, qualifier: f.qualifier, section_id: f.section_id, direction: f.direction };
}

/**
 * Stand-ins for the figures of a report whose text is absent, one per figure id its curated rows
 * name (the first row naming it). A row whose quote does not write its value is left out: the data
 * check reports it (checkIndicatorValue), so a valid dataset has a stand-in for every stated row.
 */
export function standInFigures(reportId: string, values: readonly IndicatorValue[], indicators: readonly Indicator[]): Map<string, CitedFigure> {
  const unitOf = new Map(indicators.map((i) => [i.slug, i.unit]));
  const out = new Map<string, CitedFigure>();
  for (const v of values) {
    if (v.report_id !== reportId || v.status === "not_stated" || v.value === null || out.has(v.figure_id)) continue;
    const unit = unitOf.get(v.indicator) ?? "";
    const quote = writtenValueIn(v.quote, v.value, v.value_max, unit);
    if (quote === null) continue;
    out.set(v.figure_id, { id: v.figure_id, reportId, quote, sentence: v.quote, value: v.value, value_max: v.value_max, unit, qualifier: v.qualifier, section_id: null, direction: "" });
  }
  return out;
}

/** The anchor of a curated row on its report's page (/reports/<id>/), where a stand-in is cited. */
export const curatedAnchor = (figureId: string): string => `value-${figureId}`;
