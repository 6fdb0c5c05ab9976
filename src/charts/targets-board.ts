import type { ChartResult } from "./types";
import { finish } from "./shared/finish";
import { textWidth } from "./shared/compose";
import { appendGroup, appendText, appendTitle, d3Surface } from "./shared/d3";
import { DEFAULT_WIDTH, chartId, isHighlighted, isRevealed, type ChartOptions } from "./shared/options";
import { seriesClass } from "./shared/palette";
import { figureIdOf, formatStated, isStated, tableValue, type StatedValue } from "./shared/values";
import { rowRefsOf } from "./shared/row-refs";
import { chartLang, type ChartLang } from "./shared/lang";

/** One main target: the 2024 target with its qualifier, and the 2023 actual or "not stated". */
export interface TargetCardRow {
  /** indicators.csv slug; the key for `highlight`. */
  indicator: string;
  label: string;
  unit: string;
  target: StatedValue;
  actual: StatedValue;
  sourceIds?: string[];
}

export interface TargetsBoardOptions extends ChartOptions {
  actualYear: number;
  targetYear: number;
}

/** Card height with a one-line label: label, big target value, previous year's actual. */
const CARD_HEIGHT = 84;
const GAP = 10;
const FONT = 12;

/**
 * The main targets as a grid of cards (no axis, so units may differ card to card); the big value is the
 * target (the chart's title says so), the small line under it the previous year's actual.
 * Layers (`step`): 0 = targets, 1 = the previous year's actual (or 未提及) under each.
 */
export function targetsBoardChart(rows: TargetCardRow[], options: TargetsBoardOptions): ChartResult {
  if (rows.length === 0) throw new Error("targetsBoardChart: no rows");
  const { actualYear, targetYear } = options;
  const L = options.lang ?? chartLang();
  const years = { actual_year: actualYear, target_year: targetYear };
  const stated = (v: StatedValue, unit: string) => formatStated(v, unit, L);
  const width = options.width ?? DEFAULT_WIDTH;
  const columns = width >= 560 ? 3 : 2;
  const cardWidth = (width - GAP * (columns - 1)) / columns;
  const lines = Math.max(...rows.map((r) => wrap(r.label, cardWidth, L).length));
  const cardHeight = CARD_HEIGHT + (lines - 1) * 16;
  const height = Math.ceil(rows.length / columns) * (cardHeight + GAP) - GAP;
  const { root, svg } = d3Surface(width, height);
  const showActuals = isRevealed(1, options.step);
  const valueClass = seriesClass("target");

  rows.forEach((r, i) => {
    const dimmed = !isHighlighted(r.indicator, options.highlight);
    const card = appendGroup(svg, `card${dimmed ? " is-dimmed" : ""}`, (i % columns) * (cardWidth + GAP), Math.floor(i / columns) * (cardHeight + GAP));
    card.attr("data-indicator", r.indicator);
    appendTitle(card, L.t(showActuals ? "targets_board.tip_with_actual" : "targets_board.tip", { ...years, label: r.label, target: stated(r.target, r.unit), actual: stated(r.actual, r.unit) }));
    // Inset by half the stroke so the border is not clipped at the viewBox edge. A transparent (not "none")
    // fill makes the whole card answer hover and tap for its tooltip.
    card.append("rect").attr("class", "c-grid").attr("x", 0.5).attr("y", 0.5).attr("width", cardWidth - 1).attr("height", cardHeight - 1).attr("rx", 6).attr("fill", "currentColor").attr("fill-opacity", 0).attr("stroke", "currentColor");
    wrap(r.label, cardWidth, L).forEach((line, l) => appendText(card, { x: 10, y: 18 + l * 16, text: line, className: "c-text", anchor: "start" }));
    const y = 18 + lines * 16 + 16;
    // The big value steps down to 14 px when 20 px would run past the card's edge (1.5亿千瓦时以上 at phone width).
    const value = stated(r.target, r.unit);
    const size = textWidth(value, 20) <= cardWidth - 20 ? "t-xlarge" : "t-large";
    appendText(card, { x: 10, y, text: value, className: `${isStated(r.target) ? valueClass : "c-muted"} ${size} t-value`, anchor: "start" });
    if (showActuals) {
      const actual = L.t("targets_board.actual_line", { ...years, value: stated(r.actual, r.unit) });
      appendText(card, { x: 10, y: y + 22, text: actual, className: isStated(r.actual) ? seriesClass("actual") : "c-muted", anchor: "start" });
    }
  });

  const alt = L.t("targets_board.alt", {
    ...years,
    items: L.clauses(rows.map((r) => L.t(showActuals ? "targets_board.alt_item_with_actual" : "targets_board.alt_item", { ...years, label: r.label, target: stated(r.target, r.unit), actual: stated(r.actual, r.unit) }))),
  });
  return {
    svg: finish(root, { id: chartId("targets-board", options), title: L.t("targets_board.title", years), desc: alt }),
    alt,
    table: {
      columns: [
        { key: "indicator", label: L.t("columns.indicator") },
        { key: "unit", label: L.t("columns.unit") },
        { key: "target", label: L.t("columns.target", years) },
        { key: "target_text", label: L.t("columns.target_text", years) },
        { key: "actual", label: L.t("columns.actual", years) },
        { key: "actual_text", label: L.t("columns.actual_text", years) },
      ],
      sources: rowRefsOf(rows),
      rows: rows.map((r) => ({
        indicator: r.label,
        unit: L.unitName(r.unit, figureIdOf(r.target, r.actual)),
        target: tableValue(r.target),
        target_text: stated(r.target, r.unit),
        actual: tableValue(r.actual),
        actual_text: stated(r.actual, r.unit),
      })),
    },
  };
}

/** Breaks a label into lines that fit the card (CJK characters are one em wide). */
function wrap(label: string, cardWidth: number, lang: ChartLang): string[] {
  return lang.wrap(label, Math.max(4, Math.floor((cardWidth - 20) / FONT)));
}
