import * as Plot from "@observablehq/plot";
import type { ChartResult } from "./types";
import { createDocument } from "./shared/dom";
import { finish } from "./shared/finish";
import { axisUnit } from "./shared/format";
import { PLOT_AXIS_BOTTOM, fittingAxis, tipText } from "./shared/label-fit";
import { DEFAULT_WIDTH, chartId, isHighlighted, isRevealed, type ChartOptions } from "./shared/options";
import { seriesClass, type SeriesKind } from "./shared/palette";
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
  /** The same indicator in the national report, drawn beside Yangquan's in the national colour. */
  national?: { actual: StatedValue; target: StatedValue };
  sourceIds?: string[];
}

export interface GrowthBarsOptions extends ChartOptions {
  actualYear: number;
  targetYear: number;
  /** How the national values are named on their bars (全国). */
  nationalName?: string;
}

type Series = "actual" | "target" | "national-actual" | "national-target";
interface Bar {
  label: string;
  series: Series;
  value: number;
  /** The label drawn after the bar: series name and value, on two lines when one is too long. */
  text: string;
  /** Its two parts. */
  name: string;
  valueText: string;
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
  const withNational = rows.some((r) => r.national);
  const nation = options.nationalName ?? L.t("growth_bars.national_name");
  const local = L.t("growth_bars.local_name");
  const seriesName: Record<Series, string> = {
    actual: withNational ? L.t("growth_bars.series_actual", { ...years, name: local }) : L.t("dumbbell.actual_end", years),
    target: withNational ? L.t("growth_bars.series_target", { ...years, name: local }) : L.t("dumbbell.target_end", years),
    "national-actual": L.t("growth_bars.series_actual", { ...years, name: nation }),
    "national-target": L.t("growth_bars.series_target", { ...years, name: nation }),
  };
  const seriesOrder: Series[] = withNational ? ["actual", "national-actual", "target", "national-target"] : ["actual", "target"];
  const valueOf = (r: GrowthRow, series: Series): StatedValue | undefined =>
    series === "actual" ? r.actual : series === "target" ? r.target : series === "national-actual" ? r.national?.actual : r.national?.target;
  const isTargetLayer = (series: Series) => series === "target" || series === "national-target";

  const bars: Bar[] = rows.flatMap((r) =>
    seriesOrder.flatMap((series) => {
      const v = valueOf(r, series);
      if (!v) return [];
      const text = stated(v);
      return [{
        label: r.label,
        series,
        value: isStated(v) ? v.value : 0,
        // Every bar names its series, so no legend is needed.
        text: `${seriesName[series]} ${text}`,
        name: seriesName[series],
        valueText: text,
        tip: tipText(r.label, seriesName[series], text, L),
        stated: isStated(v),
        dimmed: !isHighlighted(r.key, options.highlight),
      }];
    }),
  );
  const shown = bars.filter((b) => !isTargetLayer(b.series) || showTargets);
  const values = bars.map((b) => b.value);
  // Each bar's colour says what it is: a review-year actual, a plan-year target, or a national value.
  const kindOf: Record<Series, SeriesKind> = { actual: "actual", target: "target", "national-actual": "national", "national-target": "national" };
  const cls = (series: Series) => seriesClass(kindOf[series]);
  const barMarks = seriesOrder.flatMap((series) =>
    [false, true].map((dimmed) =>
      Plot.barX(
        shown.filter((b) => b.series === series && b.stated && b.dimmed === dimmed),
        { x: "value", y: "series", fy: "label", title: "tip", className: `${cls(series)}${dimmed ? " is-dimmed" : ""}` },
      ),
    ),
  );
  // A value not stated has no bar: its "未提及" label sits at zero, muted.
  const labelMarks = seriesOrder.flatMap((series) =>
    [true, false].map((stated) =>
      Plot.text(
        shown.filter((b) => b.series === series && b.stated === stated),
        { x: "value", y: "series", fy: "label", text: "text", dx: 6, textAnchor: "start", ...(stated ? {} : { title: "tip" }), className: stated ? `${cls(series)} t-value` : "c-muted" },
      ),
    ),
  );

  const document = createDocument();
  // With the national series, room on the right for the longest bar label of any step (English series
  // names run longer), so the plot keeps one scale across steps; a single row then gives up its left
  // label (the title names it). The plot itself keeps at least a third of the width.
  const labelWidth = Math.ceil(Math.max(...rows.map((r) => L.width(r.label))) + 16);
  // Every bar's label sits right of its bar: the longest needs room past the longest bar.
  const widest = (texts: { text: string; stated: boolean }[]) => Math.ceil(Math.max(...texts.map((b) => L.width(b.text, 12, b.stated)))) + 10;
  const oneLine = widest(bars);
  const dropRowLabel = withNational && rows.length === 1 && labelWidth + oneLine > width * 0.6;
  const marginLeft = dropRowLabel ? 8 : labelWidth;
  const least = withNational ? 150 : 130;
  const most = Math.max(least, Math.floor(width - marginLeft - width / 3));
  // English labels too long for that room take two lines: the series name, then the value; rows grow to hold them.
  const twoLines = !L.chinese && oneLine > most;
  if (twoLines) for (const b of bars) b.text = `${b.name}\n${b.valueText}`;
  const needed = twoLines ? widest(bars.flatMap((b) => [{ text: b.name, stated: b.stated }, { text: b.valueText, stated: b.stated }])) : oneLine;
  // Two-line labels need less than the Chinese minimum: the plot takes the rest.
  const marginRight = twoLines ? Math.min(needed, most) : Math.min(Math.max(least, needed), most);
  // About one tick per 45 px of axis, so tick labels never run together on a phone ("1012").
  const ticks = Math.max(3, Math.floor((width - marginLeft - marginRight) / 45));
  // English: the domain is niced here (coarser on a narrow plot), so the ticks chosen are the ones drawn.
  // English tick labels are wider (and the font's digits too): as many ticks as keep their labels apart.
  const axis = fittingAxis(Math.min(0, ...values), Math.max(...values), width - marginLeft - marginRight, (v) => L.number(v), { lang: L }, ticks);
  const tickSet = L.chinese ? ticks : axis.ticks;
  const svg = Plot.plot({
    document,
    width,
    height: Math.round(rows.length * (withNational ? 112 : 64) * (twoLines ? 1.6 : 1)) + 40,
    marginLeft,
    marginRight,
    marginBottom: PLOT_AXIS_BOTTOM,
    className: "plot",
    x: { domain: L.chinese ? [Math.min(0, ...values), Math.max(...values)] : axis.domain, label: L.t("growth_bars.axis"), labelAnchor: "right", nice: L.chinese, ticks: tickSet, ...(L.chinese ? {} : { tickFormat: (v: number) => L.number(v) }) },
    y: { domain: seriesOrder, axis: null, padding: 0.15 },
    fy: { domain: rows.map((r) => r.label), label: null, padding: 0.25, ...(dropRowLabel ? { axis: null } : {}) },
    marks: [...barMarks, ...labelMarks, Plot.ruleX([0], { className: "c-grid" })],
  }) as unknown as Element;
  // Before the targets are revealed the axis already reaches them, so the bars do not jump at the next step.
  if (!showTargets && Math.max(...shown.map((b) => b.value)) < Math.max(...values)) {
    svg.setAttribute("data-scale-why", L.t("common.shared_scale"));
  }

  const said = (r: GrowthRow, series: Series) => {
    const v = valueOf(r, series);
    return v ? L.t("growth_bars.series_value", { series: seriesName[series], value: stated(v) }) : null;
  };
  // With the national series, each row names every value shown (Yangquan's and the nation's, per year).
  const alt = withNational
    ? L.t("growth_bars.alt", {
        items: L.clauses(rows.map((r) => L.t("growth_bars.alt_item", { label: r.label, values: seriesOrder.filter((sr) => !isTargetLayer(sr) || showTargets).map((sr) => said(r, sr)).filter(Boolean).join(L.t("common.comma")) }))),
      })
    : L.t("growth_bars.alt", {
        items: L.clauses(rows.map((r) => L.t(showTargets ? "common.alt_actual_target" : "common.alt_actual", { ...years, label: r.label, actual: stated(r.actual), target: stated(r.target) }))),
      });
  const nationalColumns = withNational
    ? [
        { key: "national_actual", label: L.t("growth_bars.col_national_actual", { ...years, name: nation }) },
        { key: "national_target", label: L.t("growth_bars.col_national_target", { ...years, name: nation }) },
        { key: "national_target_text", label: L.t("growth_bars.col_national_target_text", { ...years, name: nation }) },
      ]
    : [];
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
        ...nationalColumns,
      ],
      sources: rowRefsOf(rows),
      rows: rows.map((r) => ({
        item: r.label,
        actual: tableValue(r.actual),
        actual_text: stated(r.actual),
        target: tableValue(r.target),
        target_text: stated(r.target),
        ...(withNational
          ? {
              national_actual: r.national ? tableValue(r.national.actual) : null,
              national_target: r.national ? tableValue(r.national.target) : null,
              national_target_text: r.national ? stated(r.national.target) : "",
            }
          : {}),
      })),
    },
  };
}
