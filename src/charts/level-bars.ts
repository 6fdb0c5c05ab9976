import * as Plot from "@observablehq/plot";
import type { ChartResult } from "./types";
import { createDocument } from "./shared/dom";
import { finish } from "./shared/finish";
import { PLOT_AXIS_BOTTOM, tipText } from "./shared/label-fit";
import { axisUnit } from "./shared/format";
import { chartLang } from "./shared/lang";
import { DEFAULT_WIDTH, chartId, isHighlighted, isRevealed, type ChartOptions } from "./shared/options";
import { plainMarkClass, seriesClass, type SeriesKind } from "./shared/palette";
import { rowRefsOf } from "./shared/row-refs";

/** A level (stock or amount) in one unit; `partOf` names the row it is a part of, to show a computed share. */
export interface LevelRow {
  /** Key for `highlight` and `partOf`. */
  key: string;
  label: string;
  unit: string;
  value: number;
  qualifier?: string | null;
  /** Key of the whole this row is a part of: the share part/whole is computed and labelled "计算值". */
  partOf?: string;
  figureId?: string | null;
  /** What the value is (a review-year actual, a plan-year target, a national value): its colour. None for a count of text. */
  series?: SeriesKind;
}

/** Labelled because the report does not state it: we divide two of its figures. */

/** part / whole in %, rounded to one decimal. */
export function computedShare(part: number, whole: number): number {
  if (!(whole > 0)) throw new Error(`computedShare: the whole must be positive, got ${whole}`);
  return Math.round((part / whole) * 1000) / 10;
}

/**
 * A few levels in one unit as bars; a part's share of its whole is written under its bar as "计算值".
 * Layers (`step`): 0 = bars and values, 1 = computed shares.
 */
export function levelBarsChart(rows: LevelRow[], options: ChartOptions & { subject?: string } = {}): ChartResult {
  if (rows.length === 0) throw new Error("levelBarsChart: no rows");
  const unit = axisUnit(rows.map((r) => r.unit), "levelBarsChart");
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const orphans = rows.filter((r) => r.partOf !== undefined && !byKey.has(r.partOf));
  if (orphans.length > 0) throw new Error(`levelBarsChart: partOf names no row: ${orphans.map((r) => `${r.key} → ${r.partOf}`).join(", ")}`);
  const share = (r: LevelRow) => (r.partOf ? computedShare(r.value, byKey.get(r.partOf)!.value) : null);
  const showShares = isRevealed(1, options.step);
  const width = options.width ?? DEFAULT_WIDTH;
  const L = options.lang ?? chartLang();
  // The rows' own noun when they share one ("projects"), not the counter's default ("units").
  const unitName = L.axisUnitName(unit, rows.map((r) => r.figureId));
  const data = rows.map((r) => {
    const s = share(r);
    const whole = r.partOf ? L.inSentence(byKey.get(r.partOf)!.label) : "";
    const text = L.value(r.value, unit, { qualifier: r.qualifier, figureId: r.figureId });
    const shareText = s === null ? null : L.t("level_bars.share", { whole, share: L.number(s, 1), computed: L.t("common.computed") });
    return {
      label: r.label,
      value: r.value,
      text,
      shareText,
      dimmed: !isHighlighted(r.key, options.highlight),
      cls: r.series ? seriesClass(r.series) : plainMarkClass(options.area),
      tip: shareText === null || !showShares ? tipText(r.label, "", text, L) : L.t("level_bars.tip_with_share", { tip: tipText(r.label, "", text, L), share: shareText }),
    };
  });

  const document = createDocument();
  // A computed share is written under its bar, so the axis ends at the data, not where a note needs room;
  // rows keep the same height at every step, so the chart never jumps when the shares appear.
  const anyShare = rows.some((r) => r.partOf !== undefined);
  // English row names run long: beyond 40 % of the width they take two lines, so the bars keep room
  // (Chinese layouts stay as they were).
  const rowLines = new Map(rows.map((r) => [r.label, !L.chinese && L.width(r.label) > width * 0.4 ? L.wrapTo(r.label, Math.floor(width * 0.4)) : [r.label]]));
  const marginLeft = Math.ceil(Math.max(...[...rowLines.values()].flat().map((l) => L.width(l))) + 14);
  // Values and shares start at the bar's start; one wider than the plot takes more lines.
  const room = width - marginLeft - 24;
  const fit = (text: string, bold: boolean) => (L.width(text, 12, bold) > room ? L.wrapTo(text, room, 12, bold).join("\n") : text);
  const drawn = data.map((d) => ({ ...d, text: fit(d.text, true), shareText: d.shareText === null ? null : fit(d.shareText, false) }));
  const svg = Plot.plot({
    document,
    width,
    height: rows.length * (anyShare ? 84 : 64) + 40,
    marginLeft,
    marginRight: 24,
    marginBottom: PLOT_AXIS_BOTTOM,
    className: "plot",
    x: { label: L.t("common.axis", { unit: unitName }), labelAnchor: "right", nice: true, ticks: 4, tickFormat: (v: number) => L.number(v) },
    y: { domain: rows.map((r) => r.label), label: null, tickSize: 0, padding: 0.55, ...(rows.some((r) => rowLines.get(r.label)!.length > 1) ? { tickFormat: (l: string) => rowLines.get(l)!.join("\n") } : {}) },
    marks: [
      // One mark per colour, so each bar's class says what it is.
      ...[...new Set(data.map((d) => d.cls))].flatMap((cls) => [
        Plot.barX(data.filter((d) => d.cls === cls && !d.dimmed), { x: "value", y: "label", title: "tip", className: cls }),
        Plot.barX(data.filter((d) => d.cls === cls && d.dimmed), { x: "value", y: "label", title: "tip", className: `${cls} is-dimmed` }),
      ]),
      // Values sit inside the bar's start so long bars never push them off the chart.
      Plot.text(drawn, { x: 0, y: "label", text: "text", dx: 2, dy: -22, textAnchor: "start", className: "c-text t-value" }),
      showShares ? Plot.text(drawn.filter((d) => d.shareText), { x: 0, y: "label", text: "shareText", dx: 2, dy: 22, textAnchor: "start", className: "c-highlight" }) : null,
      Plot.ruleX([0], { className: "c-grid" }),
    ],
  }) as unknown as Element;

  const subject = options.subject ?? L.t("level_bars.subject");
  const alt = L.t("common.alt_list", {
    subject,
    items: L.clauses(data.map((d) => L.t(showShares && d.shareText ? "level_bars.alt_item_with_share" : "level_bars.alt_item", { label: d.label, value: d.text, share: d.shareText ?? "" }))),
  });
  return {
    svg: finish(svg, { id: chartId("level-bars", options), title: L.t("common.subject_unit", { subject, unit: unitName }), desc: alt }),
    alt,
    table: {
      columns: [
        { key: "item", label: L.t("columns.item") },
        { key: "value", label: L.t("columns.value", { unit: unitName }) },
        { key: "text", label: L.t("columns.text") },
        { key: "share", label: L.t("level_bars.col_share", { computed: L.t("common.computed") }) },
      ],
      sources: rowRefsOf(rows),
      rows: rows.map((r, i) => ({ item: r.label, value: r.value, text: data[i]!.text, share: share(r) })),
    },
  };
}
