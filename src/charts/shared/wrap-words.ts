/**
 * Line breaking for English chart labels: between words, never inside one unless a single word is
 * wider than the line (then it is cut), measured with the same estimate as Chinese (cjk-text.ts).
 */
import { textWidth, wrapChars } from "../../lib/cjk-text";

/** Lines no wider than `maxWidth` at `fontSize`, broken at spaces (and after hyphens or slashes). */
export function wrapWords(text: string, maxWidth: number, fontSize = 12): string[] {
  const words = text.split(/(?<=[\s\-/–])/u).filter((w) => w !== "");
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line + word;
    if (line === "" || textWidth(candidate.trimEnd(), fontSize) <= maxWidth) {
      line = candidate;
      continue;
    }
    lines.push(line.trimEnd());
    line = word.trimStart();
  }
  if (line.trim() !== "") lines.push(line.trimEnd());
  // A word wider than the line alone is cut by characters, so nothing runs past the edge.
  const perLine = Math.max(2, Math.floor(maxWidth / (fontSize * 0.6)));
  return lines.flatMap((l) => (textWidth(l, fontSize) > maxWidth ? wrapChars(l, perLine) : [l]));
}
