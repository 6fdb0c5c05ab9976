/**
 * Line breaking for English chart labels: between words, never inside one unless a single word is
 * wider than the line (then it is cut), measured with the same estimate as Chinese (cjk-text.ts).
 */
import { textWidth, wrapChars } from "../../lib/cjk-text";

/** Measures a line at a font size (px). */
export type Measure = (text: string, fontSize: number) => number;

/** Lines no wider than `maxWidth` at `fontSize`, broken at spaces (and after hyphens or slashes). */
export function wrapWords(text: string, maxWidth: number, fontSize = 12, measure: Measure = textWidth): string[] {
  const words = text.split(/(?<=[\s\-/–])/u).filter((w) => w !== "");
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line + word;
    if (line === "" || measure(candidate.trimEnd(), fontSize) <= maxWidth) {
      line = candidate;
      continue;
    }
    lines.push(line.trimEnd());
    line = word.trimStart();
  }
  if (line.trim() !== "") lines.push(line.trimEnd());
  // A word wider than the line alone is cut by characters, so nothing runs past the edge.
  return lines.flatMap((l) => (measure(l, fontSize) > maxWidth ? cut(l, maxWidth, fontSize, measure) : [l]));
}

/** A word too wide for a line, cut into pieces that fit. */
function cut(word: string, maxWidth: number, fontSize: number, measure: Measure): string[] {
  if (measure === textWidth) return wrapChars(word, Math.max(2, Math.floor(maxWidth / (fontSize * 0.6))));
  const pieces: string[] = [];
  let piece = "";
  for (const ch of word) {
    if (piece !== "" && measure(piece + ch, fontSize) > maxWidth) {
      pieces.push(piece);
      piece = "";
    }
    piece += ch;
  }
  if (piece !== "") pieces.push(piece);
  return pieces;
}
