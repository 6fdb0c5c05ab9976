import { scaleLinear } from "d3-scale";
import type { ChartResult } from "./types";
import { finish } from "./shared/finish";
import { textWidth } from "./shared/compose";
import { appendGroup, appendText, appendTitle, d3Surface } from "./shared/d3";
import { tipText } from "./shared/label-fit";
import { DEFAULT_WIDTH, chartId, isHighlighted, isRevealed, type ChartOptions } from "./shared/options";
import { areaClass, type AreaSlug } from "./shared/palette";
import { rowRefsOf } from "./shared/row-refs";
import { chartLang } from "./shared/lang";

/** One work area: how much text it gets and how many Arabic-digit figures it states. */
export interface AttentionRow {
  area: AreaSlug;
  /** areas.csv short_zh. */
  label: string;
  /** Characters in the area's section (sections.csv chars, summed). */
  chars: number;
  /** Rows of figures.csv in the area's section. */
  figures: number;
  sourceIds?: string[];
}

const ROW = 30;
const TOP = 40;

/**
 * The nine areas in report order, two aligned bar columns: characters, and figures stated.
 * Layers (`step`): 0 = characters, 1 = figures. `highlight` takes area slugs.
 */
export function attentionChart(rows: AttentionRow[], options: ChartOptions = {}): ChartResult {
  if (rows.length === 0) throw new Error("attentionChart: no rows");
  const bad = rows.filter((r) => !(Number.isInteger(r.chars) && r.chars >= 0 && Number.isInteger(r.figures) && r.figures >= 0));
  if (bad.length > 0) throw new Error(`attentionChart: chars and figures must be non-negative integers; bad rows: ${bad.map((r) => `${r.area} (${r.chars}, ${r.figures})`).join(", ")}`);
  const width = options.width ?? DEFAULT_WIDTH;
  const L = options.lang ?? chartLang();
  // A label wider than a third of the chart (long English names) wraps, and every row grows to fit it.
  const maxLabel = Math.floor(width / 3);
  const labelLines = rows.map((r) => (textWidth(r.label) + 12 > maxLabel ? L.wrap(r.label, Math.max(4, Math.floor((maxLabel - 12) / 12))) : [r.label]));
  const labelWidth = Math.ceil(Math.max(...labelLines.flat().map((l) => textWidth(l))) + 12);
  const rowH = Math.max(ROW, Math.max(...labelLines.map((l) => l.length)) * 14 + 4);
  const gap = 24;
  const columnWidth = (width - labelWidth - gap) / 2;
  const valueRoom = 56;
  const height = TOP + rows.length * rowH + 8;
  const { root, svg } = d3Surface(width, height);

  const columns = [
    { key: "chars" as const, title: L.t("attention.chars_head"), name: L.t("attention.chars_name"), layer: 0 },
    { key: "figures" as const, title: L.t("attention.figures_head"), name: L.t("attention.figures_name"), layer: 1 },
  ];
  columns.forEach((column, c) => {
    const x0 = labelWidth + c * (columnWidth + gap);
    const x = scaleLinear().domain([0, Math.max(1, ...rows.map((r) => r[column.key]))]).range([0, columnWidth - valueRoom]);
    const g = appendGroup(svg, `column${isRevealed(column.layer, options.step) ? "" : " is-dimmed"}`, x0, 0);
    g.attr("data-column", column.key);
    // The scale, for the scale rules (bars from zero, longest bar fills the column).
    g.attr("data-x-domain", x.domain().join(",")).attr("data-x-range", x.range().map((v) => Number(v.toFixed(2))).join(","));
    appendText(g, { x: 0, y: 14, text: column.title, className: "c-text t-large", anchor: "start" });
    if (!isRevealed(column.layer, options.step)) return;
    rows.forEach((r, i) => {
      const y = TOP + i * rowH;
      const dimmed = !isHighlighted(r.area, options.highlight);
      const row = appendGroup(g, `${areaClass(r.area)}${dimmed ? " is-dimmed" : ""}`, 0, y);
      row.attr("data-mark", "bar");
      const value = L.t(`attention.${column.key}_value`, { n: L.number(r[column.key]) });
      appendTitle(row, tipText(r.label, column.name, value, L));
      row.append("rect").attr("x", 0).attr("y", 4 + (rowH - ROW) / 2).attr("width", x(r[column.key])).attr("height", ROW - 10);
      appendText(row, { x: x(r[column.key]) + 4, y: rowH / 2 - 1, text: value, className: "c-text t-value", anchor: "start" });
    });
  });
  const labels = appendGroup(svg, "c-text");
  rows.forEach((_r, i) => {
    const lines = labelLines[i]!;
    lines.forEach((line, l) => appendText(labels, { x: labelWidth - 8, y: TOP + i * rowH + rowH / 2 - 1 + (l - (lines.length - 1) / 2) * 14, text: line, anchor: "end" }));
  });
  const axis = appendGroup(svg, "c-grid");
  columns.forEach((_, c) => {
    const x0 = labelWidth + c * (columnWidth + gap);
    axis.append("line").attr("x1", x0).attr("x2", x0).attr("y1", TOP).attr("y2", TOP + rows.length * rowH - 4).attr("stroke", "currentColor");
  });

  const showFigures = isRevealed(1, options.step);
  const alt = L.t(showFigures ? "attention.alt_with_figures" : "attention.alt", {
    count: L.numeral(rows.length),
    items: L.clauses(rows.map((r) => L.t(showFigures ? "attention.alt_item_with_figures" : "attention.alt_item", { label: r.label, chars: L.number(r.chars), figures: L.number(r.figures) }))),
  });
  return {
    svg: finish(root, { id: chartId("attention", options), title: L.t(showFigures ? "attention.title_with_figures" : "attention.title"), desc: alt }),
    alt,
    table: {
      columns: [
        { key: "area", label: L.t("attention.col_area") },
        { key: "chars", label: L.t("attention.col_chars") },
        { key: "figures", label: L.t("attention.col_figures") },
      ],
      sources: rowRefsOf(rows),
      rows: rows.map((r) => ({ area: r.label, chars: r.chars, figures: r.figures })),
    },
  };
}
