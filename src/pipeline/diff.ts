/**
 * Compare two extractions of one report by meaning, not by id: a figure is the same figure when it
 * has the same quote in the same (or a very similar) sentence, so an inserted paragraph shows as one
 * added section and its figures rather than as hundreds of renumbered changes. Pure: rows in, lines out.
 */
import { similarity } from "./similarity.ts";

export type Row = Record<string, string>;

/** Fields whose change is a real change of a figure (ids and order are positions, reported separately). */
const FIGURE_FIELDS = ["quote", "value", "value_max", "unit", "multiplier", "base_value", "base_value_max", "base_unit", "qualifier", "measure", "direction", "period", "status"];
const SECTION_FIELDS = ["kind", "part", "part_no", "area_no", "heading", "text"];
const SIMILAR = 0.6;

export interface Pair {
  before: Row;
  after: Row;
}

export interface RowDiff {
  added: Row[];
  removed: Row[];
  changed: Pair[];
  /** Same content, different id. */
  moved: Pair[];
}

/** Greedy matching in passes; each pass pairs rows that the previous passes left. */
function matchRows(before: Row[], after: Row[], passes: ((a: Row, b: Row) => number)[]): { pairs: Pair[]; left: Row[]; right: Row[] } {
  let left = [...before];
  let right = [...after];
  const pairs: Pair[] = [];
  for (const score of passes) {
    const used = new Set<Row>();
    const keep: Row[] = [];
    for (const a of left) {
      let best: Row | null = null;
      let bestScore = 0;
      for (const b of right) {
        if (used.has(b)) continue;
        const s = score(a, b);
        if (s > bestScore) {
          best = b;
          bestScore = s;
        }
        if (s === 1) break;
      }
      if (best) {
        used.add(best);
        pairs.push({ before: a, after: best });
      } else keep.push(a);
    }
    left = keep;
    right = right.filter((b) => !used.has(b));
  }
  return { pairs, left, right };
}

function classify(pairs: Pair[], fields: string[]): { changed: Pair[]; moved: Pair[] } {
  const changed = pairs.filter((p) => fields.some((f) => (p.before[f] ?? "") !== (p.after[f] ?? "")));
  const moved = pairs.filter((p) => !changed.includes(p) && p.before.id !== p.after.id);
  return { changed, moved };
}

/** Do the quotes of two figures cover overlapping character ranges of their sentences? */
function overlaps(a: Row, b: Row): boolean {
  const start = (r: Row): number => (r.sentence ?? "").indexOf(r.quote ?? "");
  const [as, bs] = [start(a), start(b)];
  if (as < 0 || bs < 0) return false;
  return as < bs + (b.quote ?? "").length && bs < as + (a.quote ?? "").length;
}

export function diffFigures(before: Row[], after: Row[]): RowDiff {
  const exact = (a: Row, b: Row): number => (a.sentence === b.sentence && a.quote === b.quote ? 1 : 0);
  // The same number read differently (a qualifier or verb now part of the quote): overlapping spans.
  const sameSpot = (a: Row, b: Row): number => (a.sentence === b.sentence && overlaps(a, b) ? 1 : 0);
  const similarSentence = (a: Row, b: Row): number => {
    if (a.quote !== b.quote) return 0;
    const s = similarity(a.sentence ?? "", b.sentence ?? "");
    return s >= SIMILAR ? s : 0;
  };
  // An edited number: same place in a very similar sentence.
  const similarSpot = (a: Row, b: Row): number => {
    if (!overlaps(a, b)) return 0;
    const s = similarity(a.sentence ?? "", b.sentence ?? "");
    return s >= SIMILAR ? s : 0;
  };
  const { pairs, left, right } = matchRows(before, after, [exact, sameSpot, similarSentence, similarSpot]);
  return { added: right, removed: left, ...classify(pairs, FIGURE_FIELDS) };
}

export function diffSections(before: Row[], after: Row[]): RowDiff {
  const exact = (a: Row, b: Row): number => (a.text === b.text && a.kind === b.kind ? 1 : 0);
  const similar = (a: Row, b: Row): number => {
    if (a.kind !== b.kind) return 0;
    const s = similarity(a.text ?? "", b.text ?? "");
    return s >= SIMILAR ? s : 0;
  };
  const { pairs, left, right } = matchRows(before, after, [exact, similar]);
  return { added: right, removed: left, ...classify(pairs, SECTION_FIELDS) };
}

const short = (s: string | undefined, n = 40): string => {
  const chars = [...(s ?? "")];
  return chars.length > n ? chars.slice(0, n).join("") + "…" : chars.join("");
};
const fig = (r: Row): string => `${r.value}${r.value_max ? `–${r.value_max}` : ""} ${r.unit}${r.qualifier ? ` (${r.qualifier})` : ""}`.trim();

/** Human-readable report of one report's differences; ["no changes"] when there are none. */
export function formatDiff(reportId: string, sections: RowDiff, figures: RowDiff): string[] {
  const out: string[] = [];
  const total = sections.added.length + sections.removed.length + sections.changed.length + figures.added.length + figures.removed.length + figures.changed.length;
  out.push(`## ${reportId}`);
  if (total === 0) {
    out.push("no changes" + (sections.moved.length + figures.moved.length ? ` (ids renumbered: ${sections.moved.length} sections, ${figures.moved.length} figures)` : ""));
    return out;
  }
  for (const s of sections.added) out.push(`+ section ${s.id} (line ${s.line}): ${short(s.text)}`);
  for (const s of sections.removed) out.push(`- section ${s.id} (line ${s.line}): ${short(s.text)}`);
  for (const { before, after } of sections.changed) {
    const fields = SECTION_FIELDS.filter((f) => before[f] !== after[f]).join(", ");
    out.push(`~ section ${before.id} → ${after.id} [${fields}]: ${short(before.text)} → ${short(after.text)}`);
  }
  for (const f of figures.added) out.push(`+ figure ${f.id}: ${f.quote} = ${fig(f)} | ${f.sentence}`);
  for (const f of figures.removed) out.push(`- figure ${f.id}: ${f.quote} = ${fig(f)} | ${f.sentence}`);
  for (const { before, after } of figures.changed) {
    const fields = FIGURE_FIELDS.filter((k) => before[k] !== after[k]);
    const detail = fields.map((k) => `${k}: ${before[k] || "∅"} → ${after[k] || "∅"}`).join("; ");
    out.push(`~ figure ${before.id} → ${after.id}: ${before.quote} (${fig(before)}) → ${after.quote} (${fig(after)}) [${detail}] | ${after.sentence}`);
  }
  if (sections.moved.length + figures.moved.length) {
    out.push(`(ids renumbered without other change: ${sections.moved.length} sections, ${figures.moved.length} figures)`);
  }
  return out;
}
