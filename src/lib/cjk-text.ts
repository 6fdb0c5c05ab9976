/**
 * Estimated text measure and line breaking for Chinese (with some Latin), without a font: CJK and
 * full-width characters are one em wide, others about 0.6 em. Lines never start with closing
 * punctuation (kinsoku: the character before it moves down with it), as Chinese typesetting does.
 */

const WIDE = /[\u2e80-\u9fff\uff00-\uffef]/;
/** Characters a line must not start with (closing quotes and brackets, CJK punctuation). */
const NO_LINE_START = /^[”’」』）》】〕，。、；：！？…%）)\].,;:!?]/u;

/** Rough rendered width of `text` at `fontSize` px: CJK characters are square, others about 0.6 of that. */
export function textWidth(text: string, fontSize = 12): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? fontSize : fontSize * 0.6;
  return width;
}

/** Lines of at most `perLine` characters, never starting with closing punctuation. */
export function wrapChars(text: string, perLine: number): string[] {
  if (!(perLine >= 2)) throw new Error(`wrapChars: perLine must be at least 2, got ${perLine}`);
  const chars = [...text];
  const lines: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = Math.min(start + perLine, chars.length);
    while (end < chars.length && end - start > 1 && NO_LINE_START.test(chars[end]!)) end -= 1;
    lines.push(chars.slice(start, end).join(""));
    start = end;
  }
  return lines;
}

/** Lines no wider than `maxWidth` at `fontSize` (greedy; Chinese breaks between any two characters), with kinsoku. */
export function wrapToWidth(text: string, maxWidth: number, fontSize = 12): string[] {
  const chars = [...text];
  const lines: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = start + 1;
    while (end < chars.length && textWidth(chars.slice(start, end + 1).join(""), fontSize) <= maxWidth) end += 1;
    while (end < chars.length && end - start > 1 && NO_LINE_START.test(chars[end]!)) end -= 1;
    lines.push(chars.slice(start, end).join(""));
    start = end;
  }
  return lines;
}
