import * as Plot from "@observablehq/plot";
import type { ChartResult } from "./types";
import { createDocument } from "./shared/dom";
import { finish } from "./shared/finish";
import { stackPanels } from "./shared/compose";
import { chartLang } from "./shared/lang";
import { tipText } from "./shared/label-fit";
import { DEFAULT_WIDTH, chartId, isHighlighted, isRevealed, type ChartOptions } from "./shared/options";
import { seriesClass } from "./shared/palette";
import { formatStated as formatStatedIn, isStated, tableValue, type StatedValue } from "./shared/values";
import { rowRefsOf } from "./shared/row-refs";

/** The same indicator in two reports (e.g. Yangquan and national), each in its own unit. */
export interface ComparisonRow {
  /** Key for `highlight`. */
  indicator: string;
  label: string;
  local: StatedValue;
  localUnit: string;
  reference: StatedValue;
  referenceUnit: string;
  /** False when the two are defined differently (e.g. 登记失业率 vs 调查失业率); the panel is flagged. */
  comparable: boolean;
  /** Why not comparable, shown with the flag; for a comparable `labelsOnly` row, why there are no bars. */
  note?: string;
  /**
   * True draws the two values as labels, without bars: for values in one unit whose scales differ by
   * orders of magnitude (a city's new jobs against the nation's), where a shared axis would hide one.
   */
  labelsOnly?: boolean;
}

export interface ComparisonOptions extends ChartOptions {
  localName?: string;
  referenceName?: string;
}

/** Line pitch (px) of a flag that takes more than one line. */
const FLAG_LINE = 16;

/**
 * One small panel per indicator, each with its own axis (never one axis for 万人 and %).
 * Panels whose units differ draw no bars, only labelled values. Layers (`step`): 0 = local, 1 = reference.
 */
export function comparisonChart(rows: ComparisonRow[], options: ComparisonOptions = {}): ChartResult {
  if (rows.length === 0) throw new Error("comparisonChart: no rows");
  const L = options.lang ?? chartLang();
  const formatStated = (v: StatedValue, unit: string) => formatStatedIn(v, unit, L);
  const { localName = L.t("comparison.local_default"), referenceName = L.t("comparison.reference_default") } = options;
  const notComparable = (r: ComparisonRow) => L.t(r.note ? "comparison.not_comparable_note" : "comparison.not_comparable", { note: r.note ?? "" });
  const width = options.width ?? DEFAULT_WIDTH;
  const showReference = isRevealed(1, options.step);
  const document = createDocument();
  // Room on the left for the two row names ("Yangquan" runs wider than 阳泉); the title and flag start at the edge.
  const marginLeft = Math.max(56, Math.ceil(Math.max(L.width(localName), L.width(referenceName))) + 12);

  const panels = rows.map((r) => {
    const dimmed = isHighlighted(r.indicator, options.highlight) ? "" : " is-dimmed";
    const sameUnit = r.localUnit === r.referenceUnit;
    const entries = [
      // The local value is coloured by what it is (actual or target); the reference report's is national.
      { who: localName, v: r.local, unit: r.localUnit, cls: isStated(r.local) ? seriesClass(r.local.status) : "c-muted" },
      ...(showReference ? [{ who: referenceName, v: r.reference, unit: r.referenceUnit, cls: seriesClass("national") }] : []),
    ].map((e) => ({ ...e, value: isStated(e.v) ? e.v.value : 0, text: formatStated(e.v, e.unit), tip: tipText(r.label, e.who, formatStated(e.v, e.unit), L) }));
    const flag = !r.comparable
      ? notComparable(r)
      : !sameUnit
        ? L.t("comparison.units_differ", { local_unit: L.unitName(r.localUnit), reference_unit: L.unitName(r.referenceUnit) })
        : r.labelsOnly
          ? (r.note ?? L.t("comparison.scales_differ"))
          : null;
    const drawBars = sameUnit && !r.labelsOnly;
    // A flag longer than the chart is wide takes more lines, and the panel grows to hold them.
    const flagLines = flag ? L.wrapTo(flag, width - 4, 12, !r.comparable) : [];
    const extra = Math.max(0, flagLines.length - 1) * FLAG_LINE;
    // Room after the longest bar for its value label, and no more: the bars get the rest of the width.
    const valueRoom = Math.ceil(Math.max(...[r.local, r.reference].map((v, i) => L.width(formatStated(v, i === 0 ? r.localUnit : r.referenceUnit), 12, true)))) + 12;
    const panel = Plot.plot({
      document,
      width,
      // Panels without bars are two labelled lines; the layout is the same at every step.
      height: (drawBars ? 112 : 88) + 4 + extra,
      marginLeft,
      marginRight: drawBars ? valueRoom : 24,
      marginTop: 44 + extra,
      marginBottom: drawBars ? 28 : 8,
      className: "plot",
      x: drawBars ? { domain: [0, Math.max(isStated(r.local) ? r.local.value : 0, isStated(r.reference) ? r.reference.value : 0, 1)], label: null, nice: true, ticks: 4, tickFormat: (v: number) => L.number(v) } : { domain: [0, 1], axis: null },
      y: { domain: [localName, referenceName], label: null, tickSize: 0, padding: 0.25 },
      marks: [
        // The unit is named where bars have an axis; values without bars carry their own ("18,000 people",
        // not under a heading in "10,000 people").
        Plot.text([drawBars ? L.t("common.subject_unit", { subject: r.label, unit: L.unitName(r.localUnit) }) : r.label], { frameAnchor: "top-left", dx: -marginLeft, dy: -38 - extra, textAnchor: "start", className: "c-text t-large" }),
        flag ? Plot.text([flagLines.join("\n")], { frameAnchor: "top-left", dx: -marginLeft, dy: -17 - extra, ...(extra ? { lineHeight: FLAG_LINE / 12 } : {}), textAnchor: "start", className: r.comparable ? "c-muted" : "c-highlight t-value" }) : null,
        ...entries.flatMap((e) => [
          drawBars && isStated(e.v) ? Plot.barX([e], { x: "value", y: "who", title: "tip", className: e.cls }) : null,
          Plot.text([e], { x: drawBars ? "value" : () => 0, y: "who", text: "text", dx: 6, textAnchor: "start", ...(drawBars && isStated(e.v) ? {} : { title: "tip" }), className: `${isStated(e.v) ? e.cls : "c-muted"} t-value` }),
        ]),
        drawBars ? Plot.ruleX([0], { className: "c-grid" }) : null,
      ],
    }) as unknown as SVGSVGElement;
    // A panel the step is not about fades as a whole (title, flag, values and bars), not just its bars.
    if (dimmed) for (const child of [...panel.children]) child.setAttribute("class", `${child.getAttribute("class") ?? ""} is-dimmed`.trim());
    return panel;
  });

  const alt = L.clauses(
    rows.map((r) => {
      const vars = { label: r.label, local: localName, local_value: formatStated(r.local, r.localUnit), reference: referenceName, reference_value: formatStated(r.reference, r.referenceUnit) };
      const said = L.t(showReference ? "comparison.alt_item_with_reference" : "comparison.alt_item", vars);
      return r.comparable ? said : L.t("comparison.alt_flagged", { item: said, flag: notComparable(r) });
    }),
  );
  return {
    svg: finish(stackPanels(document, panels, width, 8), { id: chartId("comparison", options), title: L.t("comparison.title", { local: localName, reference: referenceName }), desc: L.t("common.alt_sentence", { items: alt }) }),
    alt: L.t("common.alt_sentence", { items: alt }),
    table: {
      columns: [
        { key: "indicator", label: L.t("columns.indicator") },
        { key: "local", label: localName },
        { key: "local_unit", label: L.t("comparison.col_unit", { who: localName }) },
        { key: "local_text", label: L.t("columns.series_text", { series: localName }) },
        { key: "reference", label: referenceName },
        { key: "reference_unit", label: L.t("comparison.col_unit", { who: referenceName }) },
        { key: "reference_text", label: L.t("columns.series_text", { series: referenceName }) },
        { key: "comparable", label: L.t("comparison.col_comparable") },
      ],
      sources: rowRefsOf(rows),
      rows: rows.map((r) => ({
        indicator: r.label,
        local: tableValue(r.local),
        local_unit: L.unitName(r.localUnit),
        local_text: formatStated(r.local, r.localUnit),
        reference: tableValue(r.reference),
        reference_unit: L.unitName(r.referenceUnit),
        reference_text: formatStated(r.reference, r.referenceUnit),
        comparable: r.comparable ? L.t("comparison.comparable") : notComparable(r),
      })),
    },
  };
}
