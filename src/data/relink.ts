/**
 * After `npm run extract` renumbers figures, curated indicator values may point at stale
 * `figure_id`s. relinkFigureIds finds, for each stated value, the one figure whose quote lies
 * inside the curated quote where that quote stands in the report, and proposes the new id.
 * Pure: reports in, proposed changes and unresolved rows out.
 */
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
