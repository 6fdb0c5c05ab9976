/**
 * The sentence around a span: from after the previous 。！？； to the next one (inclusive), whole.
 * A sentence longer than SENTENCE_CAP characters (the longest in the corpus has 267; a paragraph with
 * no sentence end can have a million) is cut to the clauses around the span, at most SENTENCE_CAP / 2
 * characters on each side, marked with …. Each figure's row then stays small, and the work per figure
 * is bounded, so extraction time and output grow linearly with the text.
 */
/** Sentence ends: 。！？； */
const isEnd = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b;
};
export const SENTENCE_CAP = 300;
const HALF = SENTENCE_CAP / 2;

export function sentenceAt(text: string, start: number, end: number): { text: string; capped: boolean } {
  end = Math.max(end, start);
  let from = start;
  const floor = Math.max(0, start - SENTENCE_CAP);
  while (from > floor && !isEnd(text, from - 1)) from -= 1;
  let to = end;
  const ceiling = Math.min(text.length, end + SENTENCE_CAP);
  while (to < ceiling && !isEnd(text, to)) to += 1;
  const wholeFrom = from === 0 || isEnd(text, from - 1);
  const wholeTo = to === text.length || isEnd(text, to);
  if (wholeFrom && wholeTo && to - from <= SENTENCE_CAP) return { text: text.slice(from, Math.min(to + 1, text.length)).trim(), capped: false };
  // Too long: keep at most HALF characters each side, cut at the clause marks nearest the edges.
  const cutBefore = start - from > HALF || !wholeFrom;
  const cutAfter = to - end > HALF || !wholeTo;
  if (cutBefore) {
    from = start - HALF;
    const comma = text.slice(from, start).search(/[，、：,]/);
    if (comma !== -1) from += comma + 1;
  }
  if (cutAfter) {
    to = end + HALF;
    const tail = text.slice(end, to);
    const comma = Math.max(tail.lastIndexOf("，"), tail.lastIndexOf("、"), tail.lastIndexOf(","));
    if (comma !== -1) to = end + comma;
  }
  const body = text.slice(from, cutAfter ? to : Math.min(to + 1, text.length)).trim();
  return { text: `${cutBefore ? "…" : ""}${body}${cutAfter ? "…" : ""}`, capped: true };
}
