import * as Plot from "@observablehq/plot";
import type { ChartResult } from "./types";
import { createDocument } from "./shared/dom";
import { finish } from "./shared/finish";
import { textWidth } from "./shared/compose";
import { PLOT_AXIS_BOTTOM, tipText, wrapChars } from "./shared/label-fit";
import { axisUnit } from "./shared/format";
import { chartLang } from "./shared/lang";
import { DEFAULT_WIDTH, chartId, isHighlighted, isRevealed, type ChartOptions } from "./shared/options";
import { plainMarkClass, seriesClass } from "./shared/palette";
import { rowRefsOf } from "./shared/row-refs";
import type { LevelRow } from "./level-bars";

/**
 * A level of the report (a bar) or an outside reference it is measured against (a line): a national
 * standard's limit, say. A reference row carries `reference`, its source line as the page shows it
 * (国家标准（GB 3095-2012）二级限值); it is no figure of the report and cites none.
 */
export interface StandardRow extends LevelRow {
  reference?: string;
}

/**
 * The report's levels as bars, with each reference drawn as a dashed line across them and labelled
 * with its source, so a reader sees at once whether a bar ends past the line.
 * Layers (`step`): 0 = bars and their values, 1 = the reference lines.
 */
export function standardBarsChart(rows: StandardRow[], options: ChartOptions & { subject?: string } = {}): ChartResult {
  const bars = rows.filter((r) => r.reference === undefined);
  const references = rows.filter((r) => r.reference !== undefined);
  if (bars.length === 0 || references.length === 0) throw new Error("standardBarsChart: needs at least one level and one reference row");
  const unit = axisUnit(rows.map((r) => r.unit), "standardBarsChart");
  const L = options.lang ?? chartLang();
  const unitName = L.unitName(unit);
  const width = options.width ?? DEFAULT_WIDTH;
  const showReferences = isRevealed(1, options.step);
  const valueText = (r: StandardRow) => L.value(r.value, unit, { qualifier: r.qualifier });
  const data = bars.map((r) => ({
    label: r.label,
    value: r.value,
    text: valueText(r),
    dimmed: !isHighlighted(r.key, options.highlight),
    // A report's value keeps its series colour (actual, target); the reference is a line, no series.
    cls: r.series ? seriesClass(r.series) : plainMarkClass(options.area),
    tip: tipText(r.label, "", valueText(r), L),
  }));
  const max = Math.max(...rows.map((r) => r.value));
  const marginLeft = Math.ceil(Math.max(...bars.map((r) => textWidth(r.label))) + 14);
  const marginRight = 24;
  const plotWidth = width - marginLeft - marginRight;
  const domainMax = max * 1.08;
  // Each reference is labelled above the bars, beside its line on the side with more room, wrapped to
  // that room (never cut); the top margin holds every label.
  const LINE = 16;
  const lines = references.map((r) => {
    const x = marginLeft + (r.value / domainMax) * plotWidth;
    const leftward = x > width / 2;
    const room = Math.max(6 * 12, (leftward ? x : width - x) - 8);
    const head = L.t("standard_bars.reference_head", { reference: r.reference! });
    const text = `${head}${valueText(r)}`;
    // Too long for one line: the source on one line, the value on the next (each wrapped if it must).
    const parts = textWidth(text) > room ? [head.trimEnd(), valueText(r)] : [text];
    const wrapped = parts.flatMap((p) => (textWidth(p) > room ? (L.chinese ? wrapChars(p, Math.floor(room / 12)) : L.wrap(p, Math.floor(room / 12))) : [p]));
    return { value: r.value, text, leftward, wrapped };
  });
  const labelLines = lines.map((l) => l.wrapped.length);
  const top = labelLines.reduce((a, n) => a + n * LINE + 8, 0) + 6;
  const document = createDocument();
  const svg = Plot.plot({
    document,
    width,
    height: bars.length * 64 + 40 + top,
    marginTop: top,
    marginLeft,
    marginRight,
    marginBottom: PLOT_AXIS_BOTTOM,
    className: "plot",
    x: { label: L.t("common.axis", { unit: unitName }), labelAnchor: "right", domain: [0, domainMax], ticks: 4, tickFormat: (v: number) => L.number(v) },
    y: { domain: bars.map((r) => r.label), label: null, tickSize: 0, padding: 0.55 },
    marks: [
      ...[...new Set(data.map((d) => d.cls))].flatMap((cls) => [
        Plot.barX(data.filter((d) => d.cls === cls && !d.dimmed), { x: "value", y: "label", title: "tip", className: cls }),
        Plot.barX(data.filter((d) => d.cls === cls && d.dimmed), { x: "value", y: "label", title: "tip", className: `${cls} is-dimmed` }),
      ]),
      Plot.text(data, { x: 0, y: "label", text: "text", dx: 2, dy: -22, textAnchor: "start", className: "c-text t-value" }),
      Plot.ruleX([0], { className: "c-grid" }),
      ...(showReferences
        ? lines.flatMap((l, i) => {
            // Label i sits below labels 0…i-1; its line starts just under its label.
            const above = labelLines.slice(0, i).reduce((a, n) => a + n * LINE + 8, 0) + 6;
            const labelBottom = above + l.wrapped.length * LINE;
            return [
              Plot.ruleX([l.value], { className: "c-text", strokeDasharray: "5,3", strokeWidth: 1.5, insetTop: -(top - labelBottom - 2) }),
              Plot.text([l], {
                x: "value",
                frameAnchor: "top",
                dy: -(top - above),
                lineAnchor: "top",
                lineHeight: LINE / 12,
                text: (d: typeof l) => d.wrapped.join("\n"),
                textAnchor: l.leftward ? "end" : "start",
                dx: l.leftward ? 4 : -4,
                className: "c-text",
              }),
            ];
          })
        : []),
    ],
  }) as unknown as Element;

  const subject = options.subject ?? L.t("standard_bars.subject");
  const alt = L.t("standard_bars.alt", {
    subject,
    items: L.clauses(data.map((d) => L.t("standard_bars.alt_item", { label: d.label, value: d.text }))),
    references: showReferences ? L.t("standard_bars.alt_references", { references: L.clauses(lines.map((l) => l.text)) }) : "",
  });
  return {
    svg: finish(svg, { id: chartId("standard-bars", options), title: L.t("common.subject_unit", { subject, unit: unitName }), desc: alt }),
    alt,
    table: {
      columns: [
        { key: "item", label: L.t("columns.item") },
        { key: "value", label: L.t("columns.value", { unit: unitName }) },
        { key: "text", label: L.t("standard_bars.col_text") },
        { key: "source", label: L.t("standard_bars.col_source") },
      ],
      sources: rowRefsOf(rows),
      rows: rows.map((r) => ({ item: r.label, value: r.value, text: valueText(r), source: r.reference ?? L.t("standard_bars.this_report") })),
    },
  };
}
