import type { ChartResult } from "./types";
import { finish } from "./shared/finish";
import { appendGroup, appendText, appendTitle, d3Surface } from "./shared/d3";
import { formatValue, withQualifier } from "./shared/format";
import { DEFAULT_WIDTH, chartId, isHighlighted, isRevealed, type ChartOptions } from "./shared/options";
import { areaClass } from "./shared/palette";

/** A group of countable things (firms, mines, schools): one dot per unit, or per N when counts are large. */
export interface UnitRow {
  /** Key for `highlight`. */
  key: string;
  label: string;
  count: number;
  /** The measure word as written: 家, 座, 所, 个 … */
  unit: string;
  qualifier?: string | null;
}

export interface UnitOptions extends ChartOptions {
  /** Most dots any group may draw; above it each dot stands for N units. Default 100. */
  cap?: number;
}

const R = 5;
const PITCH = 14;

/** Units per dot: 1, 2, 5, 10, 20, 50 … — the smallest that keeps every group within `cap` dots. */
export function unitsPerDot(maxCount: number, cap: number): number {
  if (!(cap >= 1)) throw new Error(`unitsPerDot: cap must be at least 1, got ${cap}`);
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const step of [1, 2, 5]) if (Math.ceil(maxCount / (step * magnitude)) <= cap) return step * magnitude;
  }
}

/**
 * One dot per unit in groups, with "每点代表N<unit>" when counts exceed the cap;
 * a remainder smaller than N is one open dot. Layers (`step`): k shows groups 0…k.
 */
export function unitChart(rows: UnitRow[], options: UnitOptions = {}): ChartResult {
  if (rows.length === 0) throw new Error("unitChart: no rows");
  const bad = rows.filter((r) => !Number.isInteger(r.count) || r.count < 0).map((r) => `${r.key} (${r.count})`);
  if (bad.length > 0) throw new Error(`unitChart: counts must be non-negative integers; bad: ${bad.join(", ")}`);
  const width = options.width ?? DEFAULT_WIDTH;
  const perDot = unitsPerDot(Math.max(...rows.map((r) => r.count)), options.cap ?? 100);
  const perRow = Math.max(1, Math.floor(width / PITCH));
  const units = [...new Set(rows.map((r) => r.unit))];
  const note = perDot > 1 ? `每点代表${perDot}${units.join("/")}，空心点为不足${perDot}${units.join("/")}的余数` : `每点代表1${units.join("/")}`;
  const dotClass = options.area ? areaClass(options.area) : "c-target";

  let y = 24;
  const layout = rows.map((r) => {
    const full = Math.floor(r.count / perDot);
    const dots = full + (r.count % perDot > 0 ? 1 : 0);
    const top = y;
    y += 24 + Math.max(1, Math.ceil(dots / perRow)) * PITCH + 12;
    return { r, full, dots, top };
  });
  const { root, svg } = d3Surface(width, y);
  appendText(svg, { x: 0, y: 8, text: note, className: "c-muted", anchor: "start" });

  layout.forEach(({ r, full, dots, top }, i) => {
    const g = appendGroup(svg, isRevealed(i, options.step) ? "group" : "group is-dimmed");
    g.attr("data-group", r.key);
    appendText(g, { x: 0, y: top + 8, text: `${r.label}：${withQualifier(formatValue(r.count, r.unit), r.qualifier)}`, className: "c-text t-value", anchor: "start" });
    if (!isRevealed(i, options.step)) return;
    const dotsGroup = appendGroup(g, `${dotClass}${isHighlighted(r.key, options.highlight) ? "" : " is-dimmed"}`, R + 1, top + 24 + R);
    appendTitle(dotsGroup, `${r.label}：${withQualifier(formatValue(r.count, r.unit), r.qualifier)}（${note}）`);
    for (let d = 0; d < dots; d += 1) {
      const circle = dotsGroup.append("circle").attr("cx", (d % perRow) * PITCH).attr("cy", Math.floor(d / perRow) * PITCH).attr("r", R);
      if (d >= full) circle.attr("class", "m-open").attr("stroke", "currentColor").attr("stroke-width", 1.5);
    }
  });

  const shown = rows.filter((_, i) => isRevealed(i, options.step));
  const alt = `${shown.map((r) => `${r.label}${withQualifier(formatValue(r.count, r.unit), r.qualifier)}`).join("；")}（${note}）。`;
  return {
    svg: finish(root, { id: chartId("unit", options), title: shown.map((r) => r.label).join("与"), desc: alt }),
    alt,
    table: {
      columns: [
        { key: "group", label: "类别" },
        { key: "count", label: "数量" },
        { key: "unit", label: "单位" },
        { key: "text", label: "原文" },
      ],
      rows: rows.map((r) => ({ group: r.label, count: r.count, unit: r.unit, text: withQualifier(formatValue(r.count, r.unit), r.qualifier) })),
    },
  };
}
