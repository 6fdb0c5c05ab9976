/**
 * The sentence around a span: from after the previous 。！？； to the next one (inclusive), whole.
 * A sentence longer than SENTENCE_CAP (a paragraph with no sentence end) is cut to the clauses around
 * the span, at most SENTENCE_CAP / 2 characters on each side, marked with …; so each figure's row stays
 * small and the cost of extraction grows linearly with the text.
 */
const ENDS = "。！？；";
export const SENTENCE_CAP = 600;
const SIDE = SENTENCE_CAP / 2;

export function sentenceAt(text: string, start: number, end: number): { text: string; capped: boolean } {
  const floor = Math.max(0, start - SIDE);
  const ceiling = Math.min(text.length, Math.max(end, start) + SIDE);
  let from = start;
  while (from > floor && !ENDS.includes(text.charAt(from - 1))) from -= 1;
  let to = Math.max(end, start);
  while (to < ceiling && !ENDS.includes(text.charAt(to))) to += 1;
  const cutBefore = from === floor && from > 0 && !ENDS.includes(text.charAt(from - 1));
  const cutAfter = to === ceiling && to < text.length && !ENDS.includes(text.charAt(to));
  if (!cutBefore && !cutAfter) return { text: text.slice(from, Math.min(to + 1, text.length)).trim(), capped: false };
  // Cut at the clause marks nearest the window's edges, so the quote keeps its clause.
  if (cutBefore) {
    const comma = text.slice(from, start).search(/[，、：,]/);
    if (comma !== -1) from += comma + 1;
  }
  if (cutAfter) {
    const tail = text.slice(end, to);
    const comma = Math.max(tail.lastIndexOf("，"), tail.lastIndexOf("、"), tail.lastIndexOf(","));
    if (comma !== -1) to = end + comma;
  }
  const body = text.slice(from, cutAfter ? to : Math.min(to + 1, text.length)).trim();
  return { text: `${cutBefore ? "…" : ""}${body}${cutAfter ? "…" : ""}`, capped: true };
}
