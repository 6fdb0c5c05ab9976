import * as Plot from "@observablehq/plot";
import type { ChartResult } from "./types";
import { createDocument } from "./shared/dom";
import { finish } from "./shared/finish";
import { textWidth } from "./shared/compose";
import { axisUnit } from "./shared/format";
import { PLOT_AXIS_BOTTOM, tipText } from "./shared/label-fit";
import { DEFAULT_WIDTH, chartId, isHighlighted, isRevealed, type ChartOptions } from "./shared/options";
import { areaClass } from "./shared/palette";
import { formatStated, isStated, tableValue, type StatedValue } from "./shared/values";
import { rowRefsOf } from "./shared/row-refs";
import { chartLang } from "./shared/lang";

/** One item's growth rate: the 2023 actual and the 2024 target, both in `%`. */
export interface GrowthRow {
  /** Key for `highlight`. */
  key: string;
  label: string;
  /** Must be "%": growth rates only; `个百分点` or levels belong in other charts. */
  unit: string;
  actual: StatedValue;
  target: StatedValue;
  sourceIds?: string[];
}

export interface GrowthBarsOptions extends ChartOptions {
  actualYear: number;
  targetYear: number;
}

type Series = "actual" | "target";
interface Bar {
  label: string;
  series: Series;
  value: number;
  text: string;
  /** Tooltip: item · series: value as written (未提及 when not stated). */
  tip: string;
  stated: boolean;
  dimmed: boolean;
}

/**
 * Growth rates, target vs actual side by side per item, labelled with their qualifiers.
 * One axis in `%` only: throws on any other unit (and names a `%`/`个百分点` mix).
 * Layers (`step`): 0 = actuals, 1 = targets.
 */
export function growthBarsChart(rows: GrowthRow[], options: GrowthBarsOptions): ChartResult {
  if (rows.length === 0) throw new Error("growthBarsChart: no rows");
  const unit = axisUnit(rows.map((r) => r.unit), "growthBarsChart");
  if (unit !== "%") throw new Error(`growthBarsChart: growth rates must be in "%", got "${unit}"`);
  const { actualYear, targetYear } = options;
  const L = options.lang ?? chartLang();
  const years = { actual_year: actualYear, target_year: targetYear };
  const stated = (v: StatedValue) => formatStated(v, unit, L);
  const width = options.width ?? DEFAULT_WIDTH;
  const showTargets = isRevealed(1, options.step);
  const seriesName: Record<Series, string> = { actual: L.t("dumbbell.actual_end", years), target: L.t("dumbbell.target_end", years) };

  const bars: Bar[] = rows.flatMap((r) =>
    (["actual", "target"] as const).map((series) => {
      const v = r[series];
      const text = stated(v);
      return {
        label: r.label,
        series,
        value: isStated(v) ? v.value : 0,
        // Every bar names its series, so no legend is needed.
        text: `${seriesName[series]} ${text}`,
        tip: tipText(r.label, seriesName[series], text, L),
        stated: isStated(v),
        dimmed: !isHighlighted(r.key, options.highlight),
      };
    }),
  );
  const shown = bars.filter((b) => b.series === "actual" || showTargets);
  const values = bars.map((b) => b.value);
  const seriesClass: Record<Series, string> = { actual: "c-actual", target: options.area ? areaClass(options.area) : "c-target" };
  const barMarks = (["actual", "target"] as const).flatMap((series) =>
    [false, true].map((dimmed) =>
      Plot.barX(
        shown.filter((b) => b.series === series && b.stated && b.dimmed === dimmed),
        { x: "value", y: "series", fy: "label", title: "tip", className: `${seriesClass[series]}${dimmed ? " is-dimmed" : ""}` },
      ),
    ),
  );
  // A value not stated has no bar: its "未提及" label sits at zero, muted.
  const labelMarks = (["actual", "target"] as const).flatMap((series) =>
    [true, false].map((stated) =>
      Plot.text(
        shown.filter((b) => b.series === series && b.stated === stated),
        { x: "value", y: "series", fy: "label", text: "text", dx: 6, textAnchor: "start", ...(stated ? {} : { title: "tip" }), className: stated ? `${seriesClass[series]} t-value` : "c-muted" },
      ),
    ),
  );

  const document = createDocument();
  const svg = Plot.plot({
    document,
    width,
    height: rows.length * 64 + 40,
    marginLeft: Math.ceil(Math.max(...rows.map((r) => textWidth(r.label))) + 16),
    marginRight: 130,
    marginBottom: PLOT_AXIS_BOTTOM,
    className: "plot",
    x: { domain: [Math.min(0, ...values), Math.max(...values)], label: L.t("growth_bars.axis"), labelAnchor: "right", nice: true, ticks: 4 },
    y: { domain: ["actual", "target"], axis: null, padding: 0.15 },
    fy: { domain: rows.map((r) => r.label), label: null, padding: 0.25 },
    marks: [...barMarks, ...labelMarks, Plot.ruleX([0], { className: "c-grid" })],
  }) as unknown as Element;
  // Before the targets are revealed the axis already reaches them, so the bars do not jump at the next step.
  if (!showTargets && Math.max(...shown.map((b) => b.value)) < Math.max(...values)) {
    svg.setAttribute("data-scale-why", L.t("common.shared_scale"));
  }

  const alt = L.t("growth_bars.alt", {
    items: L.clauses(rows.map((r) => L.t(showTargets ? "common.alt_actual_target" : "common.alt_actual", { ...years, label: r.label, actual: stated(r.actual), target: stated(r.target) }))),
  });
  return {
    svg: finish(svg, { id: chartId("growth-bars", options), title: L.t(showTargets ? "growth_bars.title_with_targets" : "growth_bars.title", years), desc: alt }),
    alt,
    table: {
      columns: [
        { key: "item", label: L.t("columns.item") },
        { key: "actual", label: L.t("growth_bars.col_actual", years) },
        { key: "actual_text", label: L.t("columns.actual_text", years) },
        { key: "target", label: L.t("growth_bars.col_target", years) },
        { key: "target_text", label: L.t("columns.target_text", years) },
      ],
      sources: rowRefsOf(rows),
      rows: rows.map((r) => ({
        item: r.label,
        actual: tableValue(r.actual),
        actual_text: stated(r.actual),
        target: tableValue(r.target),
        target_text: stated(r.target),
      })),
    },
  };
}
