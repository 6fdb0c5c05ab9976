import * as Plot from "@observablehq/plot";
import type { ChartResult } from "./types";
import { createDocument } from "./shared/dom";
import { finish } from "./shared/finish";
import { stackPanels, textWidth } from "./shared/compose";
import { NOT_STATED } from "./shared/format";
import { DEFAULT_WIDTH, chartId, isHighlighted, isRevealed, type ChartOptions } from "./shared/options";
import { areaClass } from "./shared/palette";
import { formatStated, groupInOrder, isStated, tableValue, type StatedValue } from "./shared/values";

/** One indicator: its 2023 actual (or not stated) and its 2024 target, in one unit. */
export interface DumbbellRow {
  /** indicators.csv slug; the key for `highlight`. */
  indicator: string;
  label: string;
  unit: string;
  actual: StatedValue;
  target: StatedValue;
  sourceIds?: string[];
}

export interface DumbbellOptions extends ChartOptions {
  actualYear?: number;
  targetYear?: number;
}

interface Point {
  label: string;
  value: number;
  text: string;
  dimmed: boolean;
  /** Labels point away from the other end of the dumbbell, so close values never overlap. */
  anchor: "start" | "end";
}

/**
 * 2023 actual → 2024 target, one row per indicator, one panel per unit (never a shared axis across units).
 * A missing actual is an open marker labelled "未提及" at the axis origin.
 * Layers (`step`): 0 = actuals, 1 = targets and the connecting line.
 */
export function dumbbellChart(rows: DumbbellRow[], options: DumbbellOptions = {}): ChartResult {
  if (rows.length === 0) throw new Error("dumbbellChart: no rows");
  const { actualYear = 2023, targetYear = 2024 } = options;
  const width = options.width ?? DEFAULT_WIDTH;
  const document = createDocument();
  const targetClass = options.area ? areaClass(options.area) : "c-target";
  const marginLeft = Math.ceil(Math.max(...rows.map((r) => textWidth(r.label))) + 16);

  const panels = groupInOrder(rows, (r) => r.unit).map(([unit, group]) => {
    const point = (r: DumbbellRow, v: StatedValue, other: StatedValue): Point | null =>
      isStated(v)
        ? {
            label: r.label,
            value: v.value,
            // The first row names its ends on the chart, instead of a legend.
            text: r === rows[0] ? `${v.status === "target" ? `${targetYear}年目标` : `${actualYear}年`} ${formatStated(v, unit)}` : formatStated(v, unit),
            dimmed: !isHighlighted(r.indicator, options.highlight),
            anchor: isStated(other) && v.value < other.value ? "end" : isStated(other) && v.value > other.value ? "start" : "start",
          }
        : null;
    const actuals = group.map((r) => point(r, r.actual, r.target)).filter((p): p is Point => p !== null);
    const targets = group.map((r) => point(r, r.target, r.actual)).filter((p): p is Point => p !== null);
    const missing = group.filter((r) => !isStated(r.actual)).map((r) => ({ label: r.label, value: 0, text: `${actualYear}年${NOT_STATED}` }));
    const links = group.flatMap((r) => (isStated(r.actual) && isStated(r.target) ? [{ label: r.label, x1: r.actual.value, x2: r.target.value }] : []));
    const values = [0, ...actuals.map((p) => p.value), ...targets.map((p) => p.value)];
    const showTargets = isRevealed(1, options.step);
    const byDim = (points: Point[], dimmed: boolean) => points.filter((p) => p.dimmed === dimmed);
    const dotLayer = (points: Point[], cls: string, symbol: "circle" | "diamond") =>
      [false, true].map((dimmed) =>
        Plot.dot(byDim(points, dimmed), { x: "value", y: "label", r: 6, symbol, fill: "currentColor", className: `${cls}${dimmed ? " is-dimmed" : ""}` }),
      );
    const labelLayer = (points: Point[], cls: string) =>
      (["start", "end"] as const).map((anchor) =>
        Plot.text(
          points.filter((p) => p.anchor === anchor),
          { x: "value", y: "label", text: "text", dy: -14, dx: anchor === "start" ? -4 : 4, textAnchor: anchor, className: `${cls} t-value` },
        ),
      );

    return Plot.plot({
      document,
      width,
      height: group.length * 52 + 44,
      marginLeft,
      marginRight: 40,
      marginTop: 24,
      className: "plot",
      x: { domain: [Math.min(...values), Math.max(...values) * 1.15], label: `${unit} →`, labelAnchor: "right", nice: true },
      y: { domain: group.map((r) => r.label), label: null, tickSize: 0 },
      marks: [
        Plot.ruleX([0], { className: "c-grid" }),
        showTargets ? Plot.link(links, { x1: "x1", x2: "x2", y1: "label", y2: "label", strokeWidth: 2, stroke: "currentColor", className: "c-muted" }) : null,
        ...dotLayer(actuals, "c-actual", "circle"),
        ...labelLayer(actuals, "c-actual"),
        Plot.dot(missing, { x: "value", y: "label", r: 6, stroke: "currentColor", strokeWidth: 1.5, className: "c-muted m-open" }),
        Plot.text(missing, { x: "value", y: "label", text: "text", dy: 18, dx: -6, textAnchor: "start", className: "c-muted" }),
        ...(showTargets ? [...dotLayer(targets, targetClass, "diamond"), ...labelLayer(targets, targetClass)] : []),
      ],
    }) as unknown as SVGSVGElement;
  });

  const id = chartId("dumbbell", options);
  const alt = dumbbellAlt(rows, actualYear, targetYear, options.step);
  const svg = finish(stackPanels(document, panels, width), { id, title: `${actualYear}年实际与${targetYear}年目标`, desc: alt });
  return {
    svg,
    alt,
    table: {
      columns: [
        { key: "indicator", label: "指标" },
        { key: "unit", label: "单位" },
        { key: "actual", label: `${actualYear}年实际` },
        { key: "actual_text", label: `${actualYear}年（原文）` },
        { key: "target", label: `${targetYear}年目标` },
        { key: "target_text", label: `${targetYear}年目标（原文）` },
      ],
      rows: rows.map((r) => ({
        indicator: r.label,
        unit: r.unit,
        actual: tableValue(r.actual),
        actual_text: formatStated(r.actual, r.unit),
        target: tableValue(r.target),
        target_text: formatStated(r.target, r.unit),
      })),
    },
  };
}

function dumbbellAlt(rows: DumbbellRow[], actualYear: number, targetYear: number, step: number | undefined): string {
  const showTargets = isRevealed(1, step);
  const parts = rows.map((r) =>
    showTargets
      ? `${r.label}：${actualYear}年${formatStated(r.actual, r.unit)}，${targetYear}年目标${formatStated(r.target, r.unit)}`
      : `${r.label}：${actualYear}年${formatStated(r.actual, r.unit)}`,
  );
  return `${showTargets ? `${actualYear}年实际与${targetYear}年目标` : `${actualYear}年实际`}。${parts.join("；")}。`;
}
