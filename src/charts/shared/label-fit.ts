/**
 * Keeping labels inside the chart at phone width (charts are laid out at ~340 px, text is 12 px).
 * Widths are estimated with `textWidth` (CJK one em, Latin digits ~0.6 em), so layouts stay pure numbers.
 */
import { scaleLinear } from "d3-scale";
import { textWidth } from "./compose";

/** Plot's x-axis margin with 12 px ticks and the axis label on a row of its own (Plot's default 30 lays them over each other). */
export const PLOT_AXIS_BOTTOM = 42;

/** The centre for a middle-anchored label of `text` near `x`, moved just enough to stay within [lo, hi]. */
export function fitCentre(x: number, text: string, lo: number, hi: number, fontSize = 12): number {
  const half = textWidth(text, fontSize) / 2;
  if (hi - lo < 2 * half) return lo + half;
  return Math.min(Math.max(x, lo + half), hi - half);
}

/** d3's nice linear domain covering `values` (Plot's `nice: true` gives the same ends), for laying out labels before Plot draws. */
export function niceDomain(values: readonly number[]): [number, number] {
  const [lo, hi] = scaleLinear().domain([Math.min(...values), Math.max(...values)]).nice().domain() as [number, number];
  return [lo, hi === lo ? lo + 1 : hi];
}

/** A mark's tooltip text (its SVG `<title>`): "制造业增加值 · 2024年目标：增长17%". */
export function tipText(label: string, what: string, value: string): string {
  return what ? `${label} · ${what}：${value}` : `${label}：${value}`;
}

/** Characters a line must not start with (closing quotes and brackets, CJK punctuation). */
const NO_LINE_START = /^[”’」』）》】〕，。、；：！？…%）)\].,;:!?]/u;

/**
 * Breaks text into lines of at most `perLine` characters (CJK is one em each), never starting a line
 * with closing punctuation: the character before it moves down with it (kinsoku), as Chinese typesetting does.
 */
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
