/**
 * After `npm run extract` renumbers figures, curated indicator values may point at stale
 * `figure_id`s. relinkFigureIds finds, for each stated value, the one figure whose quote lies
 * inside the curated quote where that quote stands in the report, and proposes the new id.
 * Pure: reports in, proposed changes and unresolved rows out.
 */
import { foldWidth } from "../lib/fold-width";
import type { Figure, IndicatorValue, Section } from "./schema";
import type { Located } from "./table";

export interface RelinkReport {
  sections: Section[];
  figures: Figure[];
}

export interface Relink {
  line: number;
  from: string;
  to: string;
}

/** Figures whose quote sits inside `quote` at the place `quote` occurs in the figure's section. */
export function figuresInsideQuote(report: RelinkReport, quote: string): Figure[] {
  const text = new Map(report.sections.map((s) => [s.id, s.text]));
  return report.figures.filter((f) => {
    const sectionText = text.get(f.section_id) ?? "";
    for (let at = sectionText.indexOf(quote); at >= 0; at = sectionText.indexOf(quote, at + 1)) {
      if (at <= f.offset && f.offset + f.quote.length <= at + quote.length) return true;
    }
    return false;
  });
}

/**
 * Proposed `figure_id` changes. A quote holding several figures resolves to the one with the same
 * value and qualifier; anything still ambiguous or missing is listed in `unresolved`, never guessed.
 */
export function relinkFigureIds(
  values: Located<IndicatorValue>[],
  reports: Map<string, RelinkReport>,
): { changes: Relink[]; unresolved: { line: number; quote: string; candidates: string[] }[] } {
  const changes: Relink[] = [];
  const unresolved: { line: number; quote: string; candidates: string[] }[] = [];
  for (const v of values) {
    const report = reports.get(v.report_id);
    if (v.status === "not_stated" || !report) continue;
    const inside = figuresInsideQuote(report, v.quote);
    const same = inside.filter((f) => f.value === v.value && f.value_max === v.value_max);
    const pick = same.length === 1 ? same : same.filter((f) => f.qualifier === v.qualifier);
    if (pick.length !== 1) {
      unresolved.push({ line: v.line, quote: v.quote, candidates: inside.map((f) => f.id) });
    } else if (pick[0]!.id !== v.figure_id) {
      changes.push({ line: v.line, from: v.figure_id, to: pick[0]!.id });
    }
  }
  return { changes, unresolved };
}

/** Character-bigram Dice similarity of two texts (1 = same bigrams), full-width digits folded. */
export function similarity(a: string, b: string): number {
  const grams = (s: string) => {
    const t = foldWidth(s);
    const m = new Map<string, number>();
    for (let i = 0; i < t.length - 1; i++) m.set(t.slice(i, i + 2), (m.get(t.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const ga = grams(a);
  const gb = grams(b);
  let shared = 0;
  let total = 0;
  for (const n of ga.values()) total += n;
  for (const n of gb.values()) total += n;
  for (const [g, n] of ga) shared += Math.min(n, gb.get(g) ?? 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

export interface Proposal {
  line: number;
  figure: Figure;
  score: number;
  /** The cells to write on the curated row so that it validates against this figure. */
  cells: { figure_id: string; value: string; value_max: string; qualifier: string; quote: string };
}

const firstDigit = (s: string) => foldWidth(s).search(/\d/);

/**
 * For a row relinkFigureIds could not resolve: the figure whose quote and sentence best match the
 * curated quote, with the exact cells to write (a quote cut from the section so that it contains
 * the figure), or null when no figure is close enough — then the report no longer states it.
 */
export function proposeFigure(v: Located<IndicatorValue>, report: RelinkReport, minScore = 0.5): Proposal | null {
  const text = new Map(report.sections.map((s) => [s.id, s.text]));
  let best: { figure: Figure; score: number } | null = null;
  for (const f of report.figures) {
    // The curated quote is mostly the words before the number: compare it with the text that
    // ends where the figure ends, of the same length.
    const section = text.get(f.section_id) ?? "";
    const end = f.offset + f.quote.length;
    const around = section.slice(Math.max(0, end - v.quote.length), end);
    // Numbers are masked: the point is to find the same words around a number that changed.
    const mask = (s: string) => foldWidth(s).replace(/\d+(\.\d+)?/g, "#");
    const score = Math.max(similarity(mask(v.quote), mask(around)), similarity(mask(v.quote), mask(f.quote)));
    if (!best || score > best.score) best = { figure: f, score };
  }
  if (!best || best.score < minScore) return null;
  const f = best.figure;
  const section = text.get(f.section_id) ?? "";
  const lead = Math.max(0, firstDigit(v.quote));
  const digitAt = f.offset + Math.max(0, firstDigit(f.quote));
  const start = Math.max(0, Math.min(f.offset, digitAt - lead));
  const quote = section.slice(start, f.offset + f.quote.length);
  const num = (n: number | null) => (n === null ? "" : String(n));
  return { line: v.line, figure: f, score: best.score, cells: { figure_id: f.id, value: num(f.value), value_max: num(f.value_max), qualifier: f.qualifier, quote } };
}
