import * as Plot from "@observablehq/plot";
import type { ChartResult } from "./types";
import { createDocument } from "./shared/dom";
import { finish } from "./shared/finish";
import { textWidth } from "./shared/compose";
import { PLOT_AXIS_BOTTOM, tipText } from "./shared/label-fit";
import { axisUnit } from "./shared/format";
import { chartLang, type ChartLang } from "./shared/lang";
import { DEFAULT_WIDTH, chartId, isHighlighted, isRevealed, type ChartOptions } from "./shared/options";
import { seriesClass } from "./shared/palette";
import { formatStated, isStated, tableValue, type StatedValue } from "./shared/values";
import { rowRefsOf } from "./shared/row-refs";

/** A level before and after (e.g. 2023 revenue → 2024 target), in one unit. */
export interface LevelChangeRow {
  /** Key for `highlight`. */
  key: string;
  label: string;
  unit: string;
  before: StatedValue;
  after: StatedValue;
}

export interface LevelChangeOptions extends ChartOptions {
  beforeLabel: string;
  afterLabel: string;
}

/** (after − before) / before in %, one decimal; null unless both are stated and before > 0. */
export function computedChange(before: StatedValue, after: StatedValue): number | null {
  if (!isStated(before) || !isStated(after) || !(before.value > 0)) return null;
  return Math.round(((after.value - before.value) / before.value) * 1000) / 10;
}

/** "比2023年多60.6%（计算值：220÷137−1）": the change with its inputs, so a reader can redo it. */
export function changeText(before: StatedValue, after: StatedValue, beforeLabel: string, L: ChartLang = chartLang()): string | null {
  const change = computedChange(before, after);
  if (change === null || !isStated(before) || !isStated(after)) return null;
  return L.t(change >= 0 ? "level_change.more" : "level_change.less", {
    before: beforeLabel,
    change: L.number(Math.abs(change), 1),
    computed: L.t("common.computed"),
    after_value: L.number(after.value),
    before_value: L.number(before.value),
  });
}

/**
 * Two bars per row (before, after) on one axis in one unit, values as written with qualifiers,
 * and the relative change written under them, labelled 计算值 with its inputs.
 * Layers (`step`): 0 = before, 1 = after, 2 = the computed change.
 */
export function levelChangeChart(rows: LevelChangeRow[], options: LevelChangeOptions): ChartResult {
  if (rows.length === 0) throw new Error("levelChangeChart: no rows");
  const unit = axisUnit(rows.map((r) => r.unit), "levelChangeChart");
  const { beforeLabel, afterLabel } = options;
  const L = options.lang ?? chartLang();
  const stated = (v: StatedValue) => formatStated(v, unit, L);
  const width = options.width ?? DEFAULT_WIDTH;
  const showAfter = isRevealed(1, options.step);
  const showChange = isRevealed(2, options.step);
  const bars = rows.flatMap((r) => {
    const dimmed = !isHighlighted(r.key, options.highlight);
    return ([["before", r.before], ["after", r.after]] as const)
      .filter(([series]) => series === "before" || showAfter)
      .map(([series, v]) => ({
        label: r.label,
        series,
        value: isStated(v) ? v.value : 0,
        stated: isStated(v),
        text: `${series === "before" ? beforeLabel : afterLabel} ${stated(v)}`,
        tip: tipText(r.label, series === "before" ? beforeLabel : afterLabel, stated(v), L),
        // Coloured by what the value is (a review-year actual, a plan-year target), not by its place.
        className: `${isStated(v) ? seriesClass(v.status) : "c-muted"}${dimmed ? " is-dimmed" : ""}`,
      }));
  });
  const changes = rows.map((r) => ({ label: r.label, text: changeText(r.before, r.after, beforeLabel, L) }));
  const max = Math.max(...rows.flatMap((r) => [r.before, r.after]).filter(isStated).map((v) => v.value));

  const marginLeft = Math.ceil(Math.max(...rows.map((r) => textWidth(r.label))) + 16);
  const changeFits = changes.every((c) => !c.text || textWidth(c.text) + 4 <= width - marginLeft - 16);

  const document = createDocument();
  const svg = Plot.plot({
    document,
    width,
    // Three bands per row (before, after, change), each tall enough for a 12 px label over a bar.
    height: rows.length * 120 + 24 + PLOT_AXIS_BOTTOM,
    marginLeft,
    marginRight: 16,
    marginBottom: PLOT_AXIS_BOTTOM,
    className: "plot",
    x: { domain: [0, max], label: L.t("common.axis", { unit: L.unitName(unit) }), labelAnchor: "right", nice: true, tickFormat: (v: number) => L.number(v) },
    y: { domain: ["before", "after", "change"], axis: null, padding: 0.2 },
    fy: { domain: rows.map((r) => r.label), label: null, padding: 0.2 },
    marks: [
      ...[...new Set(bars.map((b) => b.className))].map((className) => Plot.barX(bars.filter((b) => b.className === className && b.stated), { x: "value", y: "series", fy: "label", title: "tip", className })),
      // Values sit inside the bar's start so a long bar never pushes them off the chart.
      Plot.text(bars, { x: 0, y: "series", fy: "label", text: "text", dx: 4, textAnchor: "start", className: "c-text t-value t-halo" }),
      // The computed change is long; when it does not fit beside the bars it starts under the row name instead.
      showChange ? Plot.text(changes.filter((c) => c.text), { x: 0, y: () => "change", fy: "label", text: "text", dx: changeFits ? 4 : 4 - marginLeft, textAnchor: "start", className: "c-highlight" }) : null,
      Plot.ruleX([0], { className: "c-grid" }),
    ],
  }) as unknown as Element;

  const alt = L.t("common.alt_sentence", {
    items: L.clauses(
      rows.map((r, i) => {
        const parts = [L.t("level_change.alt_first", { label: r.label, series: beforeLabel, value: stated(r.before) })];
        if (showAfter) parts.push(L.t("level_change.alt_next", { series: afterLabel, value: stated(r.after) }));
        if (showChange && changes[i]!.text) parts.push(changes[i]!.text!);
        return parts.join(L.t("common.comma"));
      }),
    ),
  });
  return {
    svg: finish(svg, { id: chartId("level-change", options), title: showAfter ? L.t("common.before_after_unit", { before: beforeLabel, after: afterLabel, unit: L.unitName(unit) }) : L.t("common.subject_unit", { subject: beforeLabel, unit: L.unitName(unit) }), desc: alt }),
    alt,
    table: {
      columns: [
        { key: "item", label: L.t("columns.item") },
        { key: "before", label: L.t("common.subject_unit", { subject: beforeLabel, unit: L.unitName(unit) }) },
        { key: "before_text", label: L.t("columns.series_text", { series: beforeLabel }) },
        { key: "after", label: L.t("common.subject_unit", { subject: afterLabel, unit: L.unitName(unit) }) },
        { key: "after_text", label: L.t("columns.series_text", { series: afterLabel }) },
        { key: "change", label: L.t("level_change.col_change", { computed: L.t("common.computed") }) },
      ],
      sources: rowRefsOf(rows),
      rows: rows.map((r) => ({
        item: r.label,
        before: tableValue(r.before),
        before_text: stated(r.before),
        after: tableValue(r.after),
        after_text: stated(r.after),
        change: computedChange(r.before, r.after),
      })),
    },
  };
}
