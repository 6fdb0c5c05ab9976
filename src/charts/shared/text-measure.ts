/**
 * Width of Latin chart text, from the glyph advances of DejaVu Sans (Book and Bold) in 1/100 em.
 * English pages name Latin fonts first (tokens.css); of those a phone may fall back to, DejaVu Sans
 * is the widest (Roboto, SF, Segoe UI and Arial run 5–10 % narrower), so a label laid out with these
 * widths fits in any of them. CJK characters are one em (as src/lib/cjk-text.ts); other characters
 * not in the table count as the widest Latin letter.
 */
import { textWidth as cjkWidth } from "../../lib/cjk-text";

/** Advances of U+0020…U+007E (space to tilde), regular weight, in 1/100 em. */
const REGULAR = [
  32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34, 84, 84, 84, 53,
  100, 68, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56, 86, 75, 79, 60, 79, 69, 63, 61, 73, 68, 99, 69, 61, 69, 39, 34, 39, 84, 50,
  50, 61, 63, 55, 63, 62, 35, 63, 63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59, 82, 59, 59, 52, 64, 34, 64, 84,
];
/** The same for bold (`font-weight` 600 and 700 draw the one bold face). */
const BOLD = [
  35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 40, 40, 84, 84, 84, 58,
  100, 77, 76, 73, 83, 68, 68, 82, 84, 37, 37, 78, 64, 100, 84, 85, 73, 85, 77, 72, 68, 81, 77, 110, 77, 72, 73, 46, 37, 46, 84, 50,
  50, 67, 72, 59, 72, 68, 44, 72, 71, 34, 34, 67, 34, 104, 71, 69, 72, 72, 49, 60, 48, 71, 65, 92, 65, 65, 58, 71, 37, 71, 84,
];
/** Typographic characters English labels use, [regular, bold] in 1/100 em. */
const OTHER: Readonly<Record<string, readonly [number, number]>> = {
  "–": [50, 50], "—": [100, 100], "−": [84, 84], "…": [100, 100], "×": [84, 84], "·": [32, 38],
  "‘": [32, 38], "’": [32, 38], "“": [52, 66], "”": [52, 66], "\u00a0": [32, 35],
};
const WIDE = /[\u2e80-\u9fff\uff00-\uffef]/u;

/** Width in px of Latin (and mixed) text at `fontSize`, bold for value labels (`t-value`, `t-large`, `t-xlarge`). */
export function latinWidth(text: string, fontSize = 12, bold = false): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 32 && code <= 126) em += (bold ? BOLD : REGULAR)[code - 32]!;
    else if (WIDE.test(ch)) em += 100;
    else em += OTHER[ch]?.[bold ? 1 : 0] ?? 110;
  }
  return (em / 100) * fontSize;
}

/** Width of Chinese chart text (CJK one em, others 0.6 em): the estimate Chinese layouts were made with. */
export { cjkWidth };
