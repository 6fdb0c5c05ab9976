import * as Plot from "@observablehq/plot";
import { scaleLinear } from "d3-scale";
import type { ChartResult } from "./types";
import { createDocument } from "./shared/dom";
import { finish } from "./shared/finish";
import { stackPanels } from "./shared/compose";
import { chartLang, type ChartLang } from "./shared/lang";
import { PLOT_AXIS_BOTTOM, fitCentre, fittingTicks, labelWidth, niceDomain, tipText } from "./shared/label-fit";
import { DEFAULT_WIDTH, chartId, isHighlighted, isRevealed, type ChartOptions } from "./shared/options";
import { seriesClass } from "./shared/palette";
import { figureIdOf, formatStated, groupInOrder, isStated, tableValue, type StatedValue } from "./shared/values";
import { rowRefsOf } from "./shared/row-refs";

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
  actualYear: number;
  targetYear: number;
}

interface Point {
  label: string;
  value: number;
  text: string;
  /** The mark's tooltip: row label, which end, value with unit and qualifier. */
  tip: string;
  dimmed: boolean;
  /** Where the label's centre goes (in data units), moved so the label stays inside the chart. */
  labelAt: number;
}

/** Vertical pitch of one indicator: room for the 2023 label above the line and the target label below it. */
const ROW = 56;
const MARGIN_TOP = 24;
const MARGIN_RIGHT = 16;
/** Actual labels sit above the line and target labels below it, so close values never collide. */
const ABOVE = -15;
const BELOW = 17;

/**
 * 2023 actual → 2024 target, one row per indicator, one panel per unit (never a shared axis across units).
 * A missing actual is an open marker labelled "未提及" at the axis origin.
 * Every end carries a `<title>` (the tooltip): indicator · year: value as written.
 * Layers (`step`): 0 = actuals, 1 = targets and the connecting line.
 */
export function dumbbellChart(rows: DumbbellRow[], options: DumbbellOptions): ChartResult {
  if (rows.length === 0) throw new Error("dumbbellChart: no rows");
  const { actualYear, targetYear } = options;
  const L = options.lang ?? chartLang();
  const years = { actual_year: actualYear, target_year: targetYear };
  const stated = (v: StatedValue, unit: string) => formatStated(v, unit, L);
  const width = options.width ?? DEFAULT_WIDTH;
  const document = createDocument();
  const targetClass = seriesClass("target");
  const actualClass = seriesClass("actual");
  // Row names wider than 40 % of the chart take two lines (English runs long), so the plot keeps its room.
  const nameLines = new Map(rows.map((r) => [r.label, !L.chinese && L.width(r.label) > width * 0.4 ? L.wrapTo(r.label, Math.floor(width * 0.4)) : [r.label]]));
  const wrapped = [...nameLines.values()].some((lines) => lines.length > 1);
  const marginLeft = Math.ceil(Math.max(...[...nameLines.values()].flat().map((l) => L.width(l))) + 16);
  const endName = (status: "actual" | "target") => L.t(status === "target" ? "dumbbell.target_end" : "dumbbell.actual_end", years);

  const panels = groupInOrder(rows, (r) => r.unit).map(([unit, group]) => {
    const values = [0, ...group.flatMap((r) => [r.actual, r.target]).filter(isStated).map((v) => v.value)];
    const domain = niceDomain(values);
    const x = scaleLinear().domain(domain).range([marginLeft, width - MARGIN_RIGHT]);
    // Labels may reach a little into the left margin (they sit above/below the row name) but never past the
    // edges; one too long for the plot's width may take the whole margin (the row name is on another line).
    // 6 px to spare on the right: a drawing scaled to another width (an embed at 280 px) renders its glyphs wider.
    const place = (value: number, text: string, bold = true) => {
      const font = { lang: L, bold };
      const lo = labelWidth(text, font) > width - 6 - (marginLeft - 8) ? 2 : marginLeft - 8;
      return x.invert(fitCentre(x(value), text, lo, width - 6, font));
    };
    const point = (r: DumbbellRow, v: StatedValue): Point | null => {
      if (!isStated(v)) return null;
      // The first row names its ends on the chart, instead of a legend.
      const text = r === rows[0] ? `${endName(v.status)} ${stated(v, unit)}` : stated(v, unit);
      return { label: r.label, value: v.value, text, tip: tipText(r.label, endName(v.status), stated(v, unit), L), dimmed: !isHighlighted(r.indicator, options.highlight), labelAt: place(v.value, text) };
    };
    const actuals = group.map((r) => point(r, r.actual)).filter((p): p is Point => p !== null);
    const targets = group.map((r) => point(r, r.target)).filter((p): p is Point => p !== null);
    const missing = group
      .filter((r) => !isStated(r.actual))
      .map((r) => {
        const text = L.t("dumbbell.actual_missing", years);
        return { label: r.label, value: 0, text, tip: tipText(r.label, endName("actual"), L.t("common.not_stated"), L), labelAt: place(0, text, false) };
      });
    const links = group.flatMap((r) => (isStated(r.actual) && isStated(r.target) ? [{ label: r.label, x1: r.actual.value, x2: r.target.value }] : []));
    const showTargets = isRevealed(1, options.step);
    const byDim = (points: Point[], dimmed: boolean) => points.filter((p) => p.dimmed === dimmed);
    const dotLayer = (points: Point[], cls: string, symbol: "circle" | "diamond") =>
      [false, true].map((dimmed) =>
        Plot.dot(byDim(points, dimmed), { x: "value", y: "label", r: 6, symbol, fill: "currentColor", title: "tip", className: `${cls}${dimmed ? " is-dimmed" : ""}` }),
      );
    const labelLayer = (points: { labelAt: number; label: string; text: string }[], cls: string, dy: number) =>
      Plot.text(points, { x: "labelAt", y: "label", text: "text", dy, textAnchor: "middle", className: cls });

    return Plot.plot({
      document,
      width,
      height: group.length * ROW + MARGIN_TOP + PLOT_AXIS_BOTTOM,
      marginLeft,
      marginRight: MARGIN_RIGHT,
      marginTop: MARGIN_TOP,
      marginBottom: PLOT_AXIS_BOTTOM,
      className: "plot",
      x: { domain, label: L.t("common.axis", { unit: L.unitName(unit) }), labelAnchor: "right", ticks: L.chinese ? Math.max(2, Math.floor((width - marginLeft) / 70)) : fittingTicks(domain[0], domain[1], width - MARGIN_RIGHT - marginLeft, (v) => L.number(v), { lang: L }, Math.max(2, Math.floor((width - marginLeft) / 70))), tickFormat: (v: number) => L.number(v) },
      y: { domain: group.map((r) => r.label), label: null, tickSize: 0, ...(wrapped ? { tickFormat: (l: string) => nameLines.get(l)!.join("\n") } : {}) },
      marks: [
        Plot.ruleX([0], { className: "c-grid" }),
        showTargets ? Plot.link(links, { x1: "x1", x2: "x2", y1: "label", y2: "label", strokeWidth: 2, stroke: "currentColor", className: "c-muted" }) : null,
        ...dotLayer(actuals, actualClass, "circle"),
        labelLayer(actuals, `${actualClass} t-value`, ABOVE),
        Plot.dot(missing, { x: "value", y: "label", r: 6, stroke: "currentColor", strokeWidth: 1.5, title: "tip", className: "c-muted m-open" }),
        labelLayer(missing, "c-muted", ABOVE),
        ...(showTargets ? [...dotLayer(targets, targetClass, "diamond"), labelLayer(targets, `${targetClass} t-value`, BELOW)] : []),
      ],
    }) as unknown as SVGSVGElement;
  });

  const id = chartId("dumbbell", options);
  const alt = dumbbellAlt(rows, actualYear, targetYear, options.step, L);
  const svg = finish(stackPanels(document, panels, width), { id, title: L.t("dumbbell.title", years), desc: alt });
  return {
    svg,
    alt,
    table: {
      columns: [
        { key: "indicator", label: L.t("columns.indicator") },
        { key: "unit", label: L.t("columns.unit") },
        { key: "actual", label: L.t("columns.actual", years) },
        { key: "actual_text", label: L.t("columns.actual_text", years) },
        { key: "target", label: L.t("columns.target", years) },
        { key: "target_text", label: L.t("columns.target_text", years) },
      ],
      sources: rowRefsOf(rows),
      rows: rows.map((r) => ({
        indicator: r.label,
        unit: L.unitName(r.unit, figureIdOf(r.target, r.actual)),
        actual: tableValue(r.actual),
        actual_text: stated(r.actual, r.unit),
        target: tableValue(r.target),
        target_text: stated(r.target, r.unit),
      })),
    },
  };
}

function dumbbellAlt(rows: DumbbellRow[], actualYear: number, targetYear: number, step: number | undefined, L: ChartLang): string {
  const showTargets = isRevealed(1, step);
  const years = { actual_year: actualYear, target_year: targetYear };
  const parts = rows.map((r) => {
    const actual = formatStated(r.actual, r.unit, L);
    const target = formatStated(r.target, r.unit, L);
    const item = L.t(showTargets ? "common.alt_actual_target" : "common.alt_actual", { ...years, label: r.label, actual, target });
    // The chart draws and the table lists the values in the report's unit; where the reading
    // rescales them (English: 83.1 × 10,000 mu reads "831,000 mu"), the alt also gives them as drawn.
    const drawn = [r.actual, ...(showTargets ? [r.target] : [])].map(tableValue).filter((v): v is number => v !== null);
    const read = showTargets ? `${actual} ${target}` : actual;
    const numbers = drawn.map((v) => L.number(v));
    if (numbers.length === 0 || numbers.some((n) => read.includes(n))) return item;
    return L.t("common.alt_as_drawn", { item, unit: L.unitName(r.unit, figureIdOf(r.target, r.actual)), values: L.list(numbers) });
  });
  return L.t(showTargets ? "dumbbell.alt_with_targets" : "dumbbell.alt", { ...years, items: L.clauses(parts) });
}
