/** The sentence around a span: from after the previous 。！？； to the next one (inclusive), whole. */
const ENDS = "。！？；";

export function sentenceAt(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !ENDS.includes(text.charAt(from - 1))) from -= 1;
  let to = Math.max(end, start);
  while (to < text.length && !ENDS.includes(text.charAt(to))) to += 1;
  return text.slice(from, Math.min(to + 1, text.length)).trim();
}
