/**
 * Keeping labels inside the chart at phone width (charts are laid out at ~340 px, text is 12 px).
 * Widths are estimated by the chart's language (`ChartLang.width`: Chinese with `textWidth`, CJK one em
 * and Latin ~0.6 em; English with the advances of the widest Latin font, text-measure.ts), so layouts
 * stay pure numbers and a Chinese layout is what it always was.
 */
import { scaleLinear } from "d3-scale";
import { textWidth } from "./compose";
import { chartLang, type ChartLang } from "./lang";

/** Plot's x-axis margin with 12 px ticks and the axis label on a row of its own (Plot's default 30 lays them over each other). */
export const PLOT_AXIS_BOTTOM = 42;

/** How a label is drawn, for measuring it: its language, size and weight (value labels are bold). */
export interface LabelFont {
  lang?: ChartLang;
  fontSize?: number;
  bold?: boolean;
}

/** Estimated width (px) of a label as `font` draws it (Chinese measure when no language is given). */
export function labelWidth(text: string, font: LabelFont = {}): number {
  const { lang, fontSize = 12, bold = false } = font;
  return lang ? lang.width(text, fontSize, bold) : textWidth(text, fontSize);
}

/** The centre for a middle-anchored label of `text` near `x`, moved just enough to stay within [lo, hi]. */
export function fitCentre(x: number, text: string, lo: number, hi: number, font: LabelFont = {}): number {
  const half = labelWidth(text, font) / 2;
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

/**
 * Ticks for a linear axis from `lo` to `hi` drawn `range` px long: the most (up to `most`) d3 nice
 * ticks whose labels (as `format` writes them) keep `gap` px apart, so "0 5 10 15" never reads "1015".
 */
export function fittingTicks(lo: number, hi: number, range: number, format: (v: number) => string, font: LabelFont = {}, most = 10, gap = 8): number[] {
  const scale = scaleLinear().domain([lo, hi]).range([0, range]);
  for (let count = most; count >= 1; count--) {
    const ticks = scale.ticks(count);
    const fits = ticks.every((t, i) => i === 0 || scale(t) - scale(ticks[i - 1]!) >= (labelWidth(format(t), font) + labelWidth(format(ticks[i - 1]!), font)) / 2 + gap);
    if (fits) return ticks;
  }
  return [lo, hi];
}

/**
 * A niced domain covering [lo, hi] and its ticks, for an axis `range` px long whose domain may still
 * be chosen: the most ticks (up to `most`, at least `least`) whose labels keep `gap` px apart (3 px
 * if none keep 8), on a domain the data fills to at least `fill` (the scale rules' 70 %); a narrow
 * plot gets a coarser domain (0–15 by 5 rather than 0–12 by 2).
 */
export function fittingAxis(lo: number, hi: number, range: number, format: (v: number) => string, font: LabelFont = {}, most = 10, least = 3, fill = 0.7): { domain: [number, number]; ticks: number[] } {
  const candidates: { domain: [number, number]; ticks: number[] }[] = [];
  for (const gap of [8, 3]) {
    for (let count = most; count >= 1; count--) {
      const domain = scaleLinear().domain([lo, hi]).nice(count).domain() as [number, number];
      const ticks = fittingTicks(domain[0], domain[1], range, format, font, count, gap);
      const filled = (hi - lo) / (domain[1] - domain[0]) >= fill;
      if (ticks.length >= least && filled) return { domain, ticks };
      candidates.push({ domain, ticks });
    }
  }
  return candidates[0]!;
}

/** Lines of at most `perLine` characters with kinsoku (src/lib/cjk-text.ts). */
export { wrapChars } from "../../lib/cjk-text";
