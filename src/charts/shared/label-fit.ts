/**
 * Keeping labels inside the chart at phone width (charts are laid out at ~340 px, text is 12 px).
 * Widths are estimated with `textWidth` (CJK one em, Latin digits ~0.6 em), so layouts stay pure numbers.
 */
import { scaleLinear } from "d3-scale";
import { textWidth } from "./compose";
import { chartLang, type ChartLang } from "./lang";

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
export function tipText(label: string, what: string, value: string, lang: ChartLang = chartLang()): string {
  return what ? lang.t("common.tip", { label, what, value }) : lang.t("common.tip_plain", { label, value });
}

/** Lines of at most `perLine` characters with kinsoku (src/lib/cjk-text.ts). */
export { wrapChars } from "../../lib/cjk-text";
