import * as Plot from "@observablehq/plot";
import type { ChartResult } from "./types";
import { createDocument } from "./shared/dom";
import { finish } from "./shared/finish";
import { textWidth } from "./shared/compose";
import { PLOT_AXIS_BOTTOM, tipText, wrapChars } from "./shared/label-fit";
import { DEFAULT_WIDTH, chartId, isHighlighted, isRevealed, type ChartOptions } from "./shared/options";
import { plainMarkClass } from "./shared/palette";
import { rowRefsOf } from "./shared/row-refs";
import { chartLang } from "./shared/lang";

/** A term and how often it occurs (from `countTerms` / `topWords` in src/analysis/terms.ts). */
export interface WordFrequencyRow {
  /** The key for `highlight`. */
  term: string;
  count: number;
  group?: string;
  /** What the term means in the chart's language, drawn in its place (the term stays the key). */
  label?: string;
}

export interface WordFrequencyOptions extends ChartOptions {
  /** What was counted, for the title and alt text, e.g. "政府工作报告中的动词". */
  subject?: string;
  /** What one count is: "次" (default, occurrences), "字", "个". */
  unit?: string;
  /** The axis and table heading of the counts: "出现次数" (default), "字数", "数字个数". */
  countLabel?: string;
}

/**
 * Horizontal bars of the most frequent terms, in the given order (already sorted by the analysis).
 * Layers (`step`): 0 = bars, 1 = counts written at the bar ends and the highlight.
 */
export function wordFrequencyChart(rows: WordFrequencyRow[], options: WordFrequencyOptions = {}): ChartResult {
  if (rows.length === 0) throw new Error("wordFrequencyChart: no rows");
  const bad = rows.filter((r) => !Number.isInteger(r.count) || r.count < 0).map((r) => `"${r.term}": ${r.count}`);
  if (bad.length > 0) throw new Error(`wordFrequencyChart: counts must be non-negative integers, got ${bad.join(", ")}`);
  const L = options.lang ?? chartLang();
  const subject = options.subject ?? L.t("word_frequency.subject");
  // A count in `unit` (字, 个) when the caller names one (the method view, in Chinese), else occurrences in the chart's language.
  const times = (n: number) => (options.unit !== undefined ? `${L.number(n)}${options.unit}` : L.t("word_frequency.times", { n: L.number(n) }));
  const countLabel = options.countLabel ?? L.t("word_frequency.col_count");
  const width = options.width ?? DEFAULT_WIDTH;
  const labelled = isRevealed(1, options.step);
  const highlight = labelled ? options.highlight : undefined;
  const barClass = plainMarkClass(options.area);
  const data = rows.map((r) => ({ ...r, dimmed: !isHighlighted(r.term, highlight) }));

  const shown = (d: WordFrequencyRow) => d.label ?? d.term;
  const tip = (d: WordFrequencyRow) => tipText(shown(d), "", times(d.count), L);
  // Labels longer than 40% of the width wrap onto more lines (kinsoku rules), never cut.
  const perLine = Math.max(4, Math.floor((width * 0.4) / 12));
  const lines = new Map(rows.map((r) => [r.term, r.label !== undefined ? L.wrap(r.label, perLine) : textWidth(r.term) > perLine * 12 ? wrapChars(r.term, perLine) : [r.term]]));
  const maxLines = Math.max(...[...lines.values()].map((l) => l.length));
  const document = createDocument();
  const svg = Plot.plot({
    document,
    width,
    height: rows.length * (28 + (maxLines - 1) * 15) + 40,
    marginLeft: Math.ceil(Math.max(...[...lines.values()].flat().map((l) => textWidth(l))) + 14),
    marginRight: 48,
    marginBottom: PLOT_AXIS_BOTTOM,
    className: "plot",
    x: { label: L.t("common.axis", { unit: countLabel }), labelAnchor: "right", nice: true, ticks: 4, tickFormat: "d" },
    y: { domain: rows.map((r) => r.term), label: null, tickSize: 0, padding: 0.2, tickFormat: (t: string) => lines.get(t)!.join("\n") },
    marks: [
      Plot.barX(data.filter((d) => !d.dimmed), { x: "count", y: "term", title: tip, className: barClass }),
      Plot.barX(data.filter((d) => d.dimmed), { x: "count", y: "term", title: tip, className: `${barClass} is-dimmed` }),
      labelled ? Plot.text(data, { x: "count", y: "term", text: (d: WordFrequencyRow) => times(d.count), dx: 4, textAnchor: "start", className: "c-text t-value" }) : null,
      Plot.ruleX([0], { className: "c-grid" }),
    ],
  }) as unknown as Element;

  const alt = L.t("word_frequency.alt", { subject, count_label: countLabel, items: rows.map((r) => L.t("word_frequency.alt_item", { term: shown(r), times: times(r.count) })).join(L.t("common.comma")) });
  return {
    svg: finish(svg, { id: chartId("word-frequency", options), title: subject, desc: alt }),
    alt,
    table: {
      columns: [
        { key: "term", label: L.t("word_frequency.col_term") },
        { key: "group", label: L.t("word_frequency.col_group") },
        { key: "count", label: countLabel },
      ],
      sources: rowRefsOf(rows),
      rows: rows.map((r) => ({ term: shown(r), group: r.group ?? null, count: r.count })),
    },
  };
}
