/**
 * The scale rules, checked on a chart's finished SVG (any chart, any step state). Wherever a scale is
 * recorded (`data-x-domain` / `data-x-range`, see shared/scale-record.ts) and bars are drawn under it
 * (`g[data-mark="bar"] rect`):
 *  - the domain contains zero and every bar starts at zero;
 *  - the longest bar fills at least 70% of the plot width on its side of zero, so the axis ends near the
 *    data (not where a note needs room) — unless the chart says why (`data-scale-why`);
 *  - an x axis, where one is drawn, has at least 3 ticks.
 */
import { parseHTML } from "linkedom";

export const MIN_FILL = 0.7;
export const MIN_TICKS = 3;

const nums = (s: string | null) => (s ?? "").split(",").map(Number);

/** Sum of the x translations between `el` and `top` (exclusive), for bars drawn inside shifted groups. */
function offsetX(el: Element, top: Element): number {
  let x = 0;
  for (let e = el.parentElement; e && e !== top; e = e.parentElement) {
    const m = /translate\(\s*(-?[\d.]+)/.exec(e.getAttribute("transform") ?? "");
    if (m) x += Number(m[1]);
  }
  return x;
}

export function scaleProblems(svg: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector("svg");
  if (!root) return ["no <svg>"];
  const name = root.getAttribute("id") ?? "svg";
  const problems: string[] = [];
  for (const scaled of [root, ...root.querySelectorAll("[data-x-domain]")]) {
    if (!scaled.hasAttribute("data-x-domain")) continue;
    const where = scaled === root ? name : `${name} panel ${scaled.getAttribute("data-panel") ?? scaled.getAttribute("data-column") ?? "?"}`;
    const [d0, d1] = nums(scaled.getAttribute("data-x-domain"));
    const [r0, r1] = nums(scaled.getAttribute("data-x-range"));
    // Bars belong to the nearest element with a scale.
    const bars = [...scaled.querySelectorAll('g[data-mark="bar"] rect, g[data-mark="bar"] > rect')].filter((b) => b.closest("[data-x-domain]") === scaled);
    if (bars.length === 0) continue;
    if (!(d0! <= 0 && 0 <= d1!)) {
      problems.push(`${where}: the axis runs ${d0}–${d1}, so bars do not start at zero`);
      continue;
    }
    const x0 = r0! + ((0 - d0!) / (d1! - d0!)) * (r1! - r0!);
    let longest = 0;
    for (const bar of bars) {
      const x = Number(bar.getAttribute("x")) + offsetX(bar, scaled);
      const w = Number(bar.getAttribute("width"));
      if (!(w > 0)) continue;
      if (Math.abs(x - x0) > 1 && Math.abs(x + w - x0) > 1) problems.push(`${where}: a bar runs ${x.toFixed(1)}–${(x + w).toFixed(1)}, not from zero at ${x0.toFixed(1)}`);
      longest = Math.max(longest, w);
    }
    const room = Math.max(r1! - x0, x0 - r0!);
    const why = scaled.closest("[data-scale-why]")?.getAttribute("data-scale-why");
    if (room > 0 && longest / room < MIN_FILL && !why) {
      problems.push(`${where}: the longest bar fills ${Math.round((longest / room) * 100)}% of the plot (< ${MIN_FILL * 100}%); the axis ends at ${d1}, far beyond the data`);
    }
    const ticks = scaled.querySelectorAll('g[data-mark="x-axis tick label"] text');
    const hasAxis = scaled.querySelector('g[data-mark="x-axis tick"], g[data-mark="x-axis tick label"]');
    if (hasAxis && ticks.length < MIN_TICKS) problems.push(`${where}: ${ticks.length} tick(s) on the x axis (< ${MIN_TICKS})`);
  }
  return problems;
}
