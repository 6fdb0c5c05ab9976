import { scaleLinear } from "d3-scale";
import type { ChartResult } from "./types";
import { finish } from "./shared/finish";
import { textWidth } from "./shared/compose";
import { appendGroup, appendText, appendTitle, d3Surface } from "./shared/d3";
import { tipText } from "./shared/label-fit";
import { axisUnit } from "./shared/format";
import { chartLang, type ChartLang } from "./shared/lang";
import { DEFAULT_WIDTH, chartId, isHighlighted, isRevealed, type ChartOptions } from "./shared/options";
import { plainMarkClass, seriesClass, type SeriesKind } from "./shared/palette";
import { rowRefsOf } from "./shared/row-refs";

/** A value as written: a range (`3-5家`), or a point with an optional qualifier (`30家以上`). */
export interface RangeRow {
  /** Key for `highlight`. */
  key: string;
  label: string;
  unit: string;
  value: number;
  valueMax?: number | null;
  qualifier?: string | null;
  figureId?: string | null;
  /** What the value is (actual, target, national): its colour. */
  series?: SeriesKind;
}

/** How a value bounds the outcome. */
export type Bound = "range" | "floor" | "ceiling" | "point";

const FLOOR = ["以上", "超过", "超", "多", "余", "不低于"];
const CEILING = ["以内", "以下", "不超过"];

/** 以上 → floor (open-ended to the right), 以内 → ceiling, a value_max → range, else a point. */
export function boundOf(row: Pick<RangeRow, "valueMax" | "qualifier">): Bound {
  if (row.valueMax != null) return "range";
  const qualifiers = (row.qualifier ?? "").split("|");
  if (qualifiers.some((q) => FLOOR.includes(q))) return "floor";
  if (qualifiers.some((q) => CEILING.includes(q))) return "ceiling";
  return "point";
}

const ROW = 40;
const TOP = 16;

/**
 * Ranges as bars with bounds; points as dots, with an open arrow to the right for 以上 and a ceiling bar for 以内.
 * One unit per chart. Layers (`step`): 0 = marks, 1 = value labels.
 */
export function rangeChart(rows: RangeRow[], options: ChartOptions = {}): ChartResult {
  if (rows.length === 0) throw new Error("rangeChart: no rows");
  const unit = axisUnit(rows.map((r) => r.unit), "rangeChart");
  const inverted = rows.filter((r) => r.valueMax != null && r.valueMax < r.value);
  if (inverted.length > 0) throw new Error(`rangeChart: value_max below value for ${inverted.map((r) => `${r.key} (${r.value}-${r.valueMax})`).join(", ")}`);
  const width = options.width ?? DEFAULT_WIDTH;
  const L = options.lang ?? chartLang();
  const unitName = L.axisUnitName(unit, rows.map((r) => r.figureId));
  const formatted = (r: RangeRow) => formatRow(r, L);
  const labelWidth = Math.ceil(Math.max(...rows.map((r) => textWidth(r.label))) + 14);
  const height = TOP + rows.length * ROW + 28;
  const max = Math.max(...rows.map((r) => r.valueMax ?? r.value));
  const x = scaleLinear().domain([0, max * 1.25]).nice().range([labelWidth, width - 100]);
  const { root, svg } = d3Surface(width, height);
  const labelled = isRevealed(1, options.step);

  const axis = appendGroup(svg, "c-muted");
  for (const t of x.ticks(5)) {
    axis.append("line").attr("class", "c-grid").attr("x1", x(t)).attr("x2", x(t)).attr("y1", TOP).attr("y2", height - 28).attr("stroke", "currentColor").attr("stroke-opacity", t === 0 ? 1 : 0.35);
    appendText(axis, { x: x(t), y: height - 14, text: L.number(t), anchor: "middle" });
  }
  appendText(axis, { x: width - 100 + 16, y: height - 14, text: L.t("range.axis_unit", { unit: unitName }), anchor: "start" });

  rows.forEach((r, i) => {
    const cy = TOP + i * ROW + ROW / 2;
    const markClass = r.series ? seriesClass(r.series) : plainMarkClass(options.area);
    const g = appendGroup(svg, `${markClass}${isHighlighted(r.key, options.highlight) ? "" : " is-dimmed"}`);
    g.attr("data-bound", boundOf(r));
    appendTitle(g, tipText(r.label, "", formatted(r), L));
    appendText(g, { x: labelWidth - 8, y: cy, text: r.label, className: "c-text", anchor: "end" });
    const x0 = x(r.value);
    let labelX = x0 + 10;
    switch (boundOf(r)) {
      case "range": {
        const x1 = x(r.valueMax!);
        g.append("rect").attr("x", x0).attr("y", cy - 6).attr("width", Math.max(2, x1 - x0)).attr("height", 12).attr("fill-opacity", 0.45);
        for (const bx of [x0, x1]) g.append("line").attr("x1", bx).attr("x2", bx).attr("y1", cy - 10).attr("y2", cy + 10).attr("stroke", "currentColor").attr("stroke-width", 2);
        labelX = x1 + 10;
        break;
      }
      case "floor": {
        // Open-ended: at least this much, so an arrow runs on to the right.
        g.append("line").attr("x1", x0).attr("x2", x0 + 34).attr("y1", cy).attr("y2", cy).attr("stroke", "currentColor").attr("stroke-width", 2).attr("stroke-dasharray", "4 3");
        g.append("path").attr("d", `M${x0 + 30},${cy - 5}L${x0 + 38},${cy}L${x0 + 30},${cy + 5}`).attr("fill", "none").attr("stroke", "currentColor").attr("stroke-width", 2);
        g.append("circle").attr("cx", x0).attr("cy", cy).attr("r", 5);
        labelX = x0 + 44;
        break;
      }
      case "ceiling": {
        // At most this much: a bar up to a ceiling line.
        g.append("rect").attr("x", x(0)).attr("y", cy - 5).attr("width", x0 - x(0)).attr("height", 10).attr("fill-opacity", 0.25);
        g.append("line").attr("x1", x0).attr("x2", x0).attr("y1", cy - 11).attr("y2", cy + 11).attr("stroke", "currentColor").attr("stroke-width", 3);
        break;
      }
      case "point":
        g.append("circle").attr("cx", x0).attr("cy", cy).attr("r", 5);
        break;
    }
    if (labelled) appendText(g, { x: labelX, y: cy, text: formatted(r), className: "c-text t-value", anchor: "start" });
  });

  const alt = L.t("range.alt", { items: L.clauses(rows.map((r) => L.t("range.alt_item", { label: r.label, value: formatted(r) }))), unit: unitName });
  return {
    svg: finish(root, { id: chartId("range", options), title: L.t("range.title", { unit: unitName }), desc: alt }),
    alt,
    table: {
      columns: [
        { key: "item", label: L.t("columns.item") },
        { key: "value", label: L.t("range.col_value") },
        { key: "value_max", label: L.t("range.col_value_max") },
        { key: "unit", label: L.t("columns.unit") },
        { key: "qualifier", label: L.t("range.col_qualifier") },
        { key: "text", label: L.t("columns.text") },
      ],
      sources: rowRefsOf(rows),
      rows: rows.map((r) => ({ item: r.label, value: r.value, value_max: r.valueMax ?? null, unit: L.unitName(r.unit, r.figureId), qualifier: r.qualifier ? L.qualifier(r.qualifier) : null, text: formatted(r) })),
    },
  };
}

function formatRow(r: RangeRow, L: ChartLang): string {
  return L.value(r.value, r.unit, { valueMax: r.valueMax, qualifier: r.qualifier, figureId: r.figureId });
}
