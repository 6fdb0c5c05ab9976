import { scaleLinear } from "d3-scale";
import type { ChartResult } from "./types";
import { finish } from "./shared/finish";
import { textWidth } from "./shared/compose";
import { appendGroup, appendText, appendTitle, d3Surface } from "./shared/d3";
import { axisUnit } from "./shared/format";
import { DEFAULT_WIDTH, chartId, isHighlighted, isRevealed, type ChartOptions } from "./shared/options";
import { seriesClass } from "./shared/palette";
import { formatStated as formatStatedIn, isStated, tableValue, type StatedValue } from "./shared/values";
import { rowRefsOf } from "./shared/row-refs";
import { chartLang } from "./shared/lang";

/** A before/after pair in one unit (e.g. 2023 actual → 2024 target). */
export interface SlopeRow {
  /** Key for `highlight`. */
  key: string;
  label: string;
  unit: string;
  before: StatedValue;
  after: StatedValue;
}

export interface SlopeOptions extends ChartOptions {
  beforeLabel: string;
  afterLabel: string;
}

const MIN_GAP = 16;

/**
 * Before/after pairs in one unit as slopes between two columns.
 * A missing end is written "未提及" beside the column, with no line.
 * Layers (`step`): 0 = before column, 1 = after column and slopes.
 */
export function slopeChart(rows: SlopeRow[], options: SlopeOptions): ChartResult {
  if (rows.length === 0) throw new Error("slopeChart: no rows");
  const unit = axisUnit(rows.map((r) => r.unit), "slopeChart");
  const { beforeLabel, afterLabel } = options;
  const L = options.lang ?? chartLang();
  const formatStated = (v: StatedValue, u: string) => formatStatedIn(v, u, L);
  const width = options.width ?? DEFAULT_WIDTH;
  const height = Math.max(220, rows.length * 44 + 80);
  const showAfter = isRevealed(1, options.step);
  const labelRoom = Math.ceil(Math.max(...rows.map((r) => textWidth(`${r.label} ${formatStated(r.before, unit)}`))) + 16);
  const [xBefore, xAfter] = [labelRoom, width - Math.ceil(Math.max(...rows.map((r) => textWidth(`${formatStated(r.after, unit)} ${r.label}`))) + 16)];
  const values = rows.flatMap((r) => [r.before, r.after]).filter(isStated).map((v) => v.value);
  const y = scaleLinear().domain([Math.min(...values), Math.max(...values)]).nice().range([height - 24, 48]);
  const { root, svg } = d3Surface(width, height);

  const heads = appendGroup(svg, "c-muted");
  appendText(heads, { x: xBefore, y: 16, text: beforeLabel, anchor: "middle", className: "c-text t-large" });
  if (showAfter) appendText(heads, { x: xAfter, y: 16, text: afterLabel, anchor: "middle", className: "c-text t-large" });
  const axes = appendGroup(svg, "c-grid");
  for (const x of showAfter ? [xBefore, xAfter] : [xBefore]) axes.append("line").attr("x1", x).attr("x2", x).attr("y1", 36).attr("y2", height - 16).attr("stroke", "currentColor");

  // Unstated values sit at the other end's height (or mid-chart), so the row stays readable.
  const yOf = (v: StatedValue, other: StatedValue) => (isStated(v) ? y(v.value) : isStated(other) ? y(other.value) : (height + 24) / 2);
  const beforeY = dodge(rows.map((r) => yOf(r.before, r.after)));
  const afterY = dodge(rows.map((r) => yOf(r.after, r.before)));
  rows.forEach((r, i) => {
    const g = appendGroup(svg, isHighlighted(r.key, options.highlight) ? undefined : "is-dimmed");
    appendTitle(g, L.t(showAfter ? "slope.tip_with_after" : "slope.tip", { label: r.label, before: beforeLabel, before_value: formatStated(r.before, unit), after: afterLabel, after_value: formatStated(r.after, unit) }));
    if (showAfter && isStated(r.before) && isStated(r.after)) {
      g.append("line").attr("class", "c-muted").attr("x1", xBefore).attr("x2", xAfter).attr("y1", y(r.before.value)).attr("y2", y(r.after.value)).attr("stroke", "currentColor").attr("stroke-width", 2);
    }
    const ends: [StatedValue, number, number, "end" | "start", string][] = [[r.before, xBefore, beforeY[i]!, "end", `${r.label} ${formatStated(r.before, unit)}`]];
    if (showAfter) ends.push([r.after, xAfter, afterY[i]!, "start", `${formatStated(r.after, unit)} ${r.label}`]);
    for (const [v, x, ly, anchor, text] of ends) {
      // Each end is coloured by what it is: a review-year actual or a plan-year target.
      if (isStated(v)) g.append("circle").attr("class", seriesClass(v.status)).attr("cx", x).attr("cy", y(v.value)).attr("r", 4.5);
      appendText(g, { x: x + (anchor === "end" ? -8 : 8), y: ly, text, anchor, className: isStated(v) ? "c-text" : "c-muted" });
    }
  });

  const alt = L.t("common.alt_sentence", {
    items: L.clauses(rows.map((r) => L.t(showAfter ? "slope.alt_item_with_after" : "slope.alt_item", { label: r.label, before: beforeLabel, before_value: formatStated(r.before, unit), after: afterLabel, after_value: formatStated(r.after, unit) }))),
  });
  return {
    svg: finish(root, { id: chartId("slope", options), title: showAfter ? L.t("common.before_after_unit", { before: beforeLabel, after: afterLabel, unit: L.unitName(unit) }) : L.t("common.subject_unit", { subject: beforeLabel, unit: L.unitName(unit) }), desc: alt }),
    alt,
    table: {
      columns: [
        { key: "item", label: L.t("columns.item") },
        { key: "before", label: L.t("common.subject_unit", { subject: beforeLabel, unit: L.unitName(unit) }) },
        { key: "before_text", label: L.t("columns.series_text", { series: beforeLabel }) },
        { key: "after", label: L.t("common.subject_unit", { subject: afterLabel, unit: L.unitName(unit) }) },
        { key: "after_text", label: L.t("columns.series_text", { series: afterLabel }) },
      ],
      sources: rowRefsOf(rows),
      rows: rows.map((r) => ({ item: r.label, before: tableValue(r.before), before_text: formatStated(r.before, unit), after: tableValue(r.after), after_text: formatStated(r.after, unit) })),
    },
  };
}

/** Moves label positions apart to at least MIN_GAP px, keeping their order; returns positions in input order. */
export function dodge(positions: number[]): number[] {
  const order = positions.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  for (let k = 1; k < order.length; k += 1) order[k]!.p = Math.max(order[k]!.p, order[k - 1]!.p + MIN_GAP);
  const out: number[] = [];
  for (const { p, i } of order) out[i] = p;
  return out;
}
