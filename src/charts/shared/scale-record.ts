/**
 * Writes a Plot chart's linear x scale onto its markup (`data-x-domain`, `data-x-range`), so the scale
 * rules can be checked on the finished SVG of every chart state: bars start at zero, the axis ends near
 * the data, and the longest bar fills most of the plot (src/charts/scale-rules.ts).
 */

interface PlotScale {
  type?: string;
  domain?: unknown[];
  range?: unknown[];
}

/** Copies `plot.scale("x")` to `target` when it is a linear scale; any other plot is left alone. */
export function recordXScale(plot: Element, target: Element = plot): void {
  const scaleOf = (plot as unknown as { scale?: (name: string) => PlotScale | undefined }).scale;
  if (typeof scaleOf !== "function") return;
  const x = scaleOf.call(plot, "x");
  if (!x || x.type !== "linear" || !x.domain || !x.range) return;
  const nums = (values: unknown[]) => values.map((v) => Number(Number(v).toFixed(2))).join(",");
  target.setAttribute("data-x-domain", nums(x.domain));
  target.setAttribute("data-x-range", nums(x.range));
}
