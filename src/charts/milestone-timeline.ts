import { scaleLinear } from "d3-scale";
import type { ChartResult } from "./types";
import { finish } from "./shared/finish";
import { appendGroup, appendText, appendTitle, d3Surface } from "./shared/d3";
import { fitCentre, tipText } from "./shared/label-fit";
import { axisUnit } from "./shared/format";
import { chartLang } from "./shared/lang";
import { DEFAULT_WIDTH, chartId, isHighlighted, type ChartOptions } from "./shared/options";
import { seriesClass } from "./shared/palette";
import { rowRefsOf } from "./shared/row-refs";

/** A milestone: by the end of `month`, `value`% (a cumulative share) is reached. */
export interface MilestoneRow {
  /** Key for `highlight`. */
  key: string;
  /** How the report names the moment: 一季度, 上半年, 年底 … */
  label: string;
  /** 1–12: the month the milestone falls at the end of. */
  month: number;
  value: number;
  /** "%" — a share of the whole; the axis runs 0–100. */
  unit: string;
  qualifier?: string | null;
  figureId?: string | null;
}

export interface MilestoneOptions extends ChartOptions {
  /** What the share is of, e.g. "省市重点工程新建项目开工率". */
  subject: string;
  year: number;
}

const MARGIN = { top: 24, right: 24, bottom: 36, left: 44 };

/**
 * A year's milestones as labelled points on the year (no line: the report states nothing between
 * or before them, so a line would invent a path, such as 0% from January to March).
 * Layers (`step`): k shows milestones 0…k (in month order).
 */
export function milestoneTimelineChart(rows: MilestoneRow[], options: MilestoneOptions): ChartResult {
  if (rows.length === 0) throw new Error("milestoneTimelineChart: no rows");
  const unit = axisUnit(rows.map((r) => r.unit), "milestoneTimelineChart");
  if (unit !== "%") throw new Error(`milestoneTimelineChart: milestones are cumulative shares in "%", got "${unit}"`);
  const bad = rows.filter((r) => !Number.isInteger(r.month) || r.month < 1 || r.month > 12 || r.value < 0 || r.value > 100);
  if (bad.length > 0) throw new Error(`milestoneTimelineChart: month must be 1–12 and value 0–100; bad: ${bad.map((r) => `${r.key} (month ${r.month}, ${r.value}%)`).join(", ")}`);
  const { subject, year } = options;
  const L = options.lang ?? chartLang();
  const valueOf = (r: MilestoneRow) => L.value(r.value, unit, { qualifier: r.qualifier });
  const when = (r: MilestoneRow) => L.t("milestone.when", { label: r.label, month: r.month, month_name: L.month(r.month) });
  const width = options.width ?? DEFAULT_WIDTH;
  const height = 280;
  const sorted = [...rows].sort((a, b) => a.month - b.month);
  const shown = options.step === undefined ? sorted : sorted.slice(0, options.step + 1);
  const x = scaleLinear().domain([0, 12]).range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear().domain([0, 100]).range([height - MARGIN.bottom, MARGIN.top]);
  const { root, svg } = d3Surface(width, height);
  const lineClass = seriesClass("target");

  const grid = appendGroup(svg, "c-grid");
  for (const v of [0, 25, 50, 75, 100]) {
    grid.append("line").attr("x1", x(0)).attr("x2", x(12)).attr("y1", y(v)).attr("y2", y(v)).attr("stroke", "currentColor").attr("stroke-opacity", v === 0 ? 1 : 0.4);
  }
  const ticks = appendGroup(svg, "c-muted");
  for (const v of [0, 25, 50, 75, 100]) appendText(ticks, { x: MARGIN.left - 6, y: y(v), text: `${v}%`, anchor: "end" });
  for (const m of [0, 3, 6, 9, 12]) {
    const text = m === 0 ? L.t("milestone.year_start", { year }) : L.t("milestone.month_end", { month: m, month_name: L.month(m) });
    // The year's end label ("End Dec") stays 6 px inside the chart at any scale.
    appendText(ticks, { x: fitCentre(x(m), text, 0, width - 6, { lang: L }), y: height - MARGIN.bottom + 16, text, anchor: "middle" });
  }

  const series = appendGroup(svg, lineClass);
  shown.forEach((r) => {
    const dimmed = !isHighlighted(r.key, options.highlight);
    const g = appendGroup(series, dimmed ? "is-dimmed" : undefined);
    appendTitle(g, tipText(subject, when(r), valueOf(r), L));
    g.append("circle").attr("cx", x(r.month)).attr("cy", y(r.value)).attr("r", 5);
    // 以上 means "at least": the point may move up, so an arrow points up from it.
    if ((r.qualifier ?? "").includes("以上")) {
      g.append("path").attr("d", `M${x(r.month)},${y(r.value) - 8}l0,-14m-4,4l4,-4l4,4`).attr("fill", "none").attr("stroke", "currentColor").attr("stroke-width", 1.5);
    }
    // Right of the point, moved left just enough to end inside the chart (a late milestone's label), with
    // 6 px to spare: a drawing scaled to another width renders its glyphs a little wider or narrower.
    const label = tipText(r.label, "", valueOf(r), L);
    appendText(g, { x: Math.min(x(r.month) + 8, width - 6 - L.width(label, 12, true)), y: y(r.value) + 14, text: label, className: "c-text t-value", anchor: "start" });
  });

  const alt = L.t("milestone.alt", { year, subject, items: shown.map((r) => L.t("milestone.alt_item", { when: when(r), value: valueOf(r) })).join(L.t("common.comma")) });
  return {
    svg: finish(root, { id: chartId("milestone-timeline", options), title: subject, desc: alt }),
    alt,
    table: {
      columns: [
        { key: "label", label: L.t("milestone.col_label") },
        { key: "month", label: L.t("milestone.col_month") },
        { key: "value", label: L.t("milestone.col_value") },
        { key: "text", label: L.t("columns.text") },
      ],
      sources: rowRefsOf(shown),
      rows: shown.map((r) => ({ label: r.label, month: r.month, value: r.value, text: valueOf(r) })),
    },
  };
}
