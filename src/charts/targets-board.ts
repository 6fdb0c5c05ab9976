import type { ChartResult } from "./types";
import { finish } from "./shared/finish";
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
/** Inset of the card's text from its edges. */
const PAD = 10;
/** Line pitch of a big value that takes two lines (14 px bold). */
const LARGE_LINE = 18;

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
  const room = cardWidth - 2 * PAD;
  const labels = rows.map((r) => wrap(r.label, cardWidth, L));
  const values = rows.map((r) => valueLines(stated(r.target, r.unit), room, L));
  const actuals = rows.map((r) => L.wrapTo(L.t("targets_board.actual_line", { ...years, value: stated(r.actual, r.unit) }), room));
  // The cards of a row are as tall as the tallest of them needs, in every step (so the board never
  // changes height), and their values line up; a row of short labels is not as tall as one of long
  // ones (English labels wrap to one, two or three lines).
  const gridRows = Array.from({ length: Math.ceil(rows.length / columns) }, (_, k) => {
    const cards = rows.map((_, i) => i).filter((i) => Math.floor(i / columns) === k);
    const most = (f: (i: number) => number) => Math.max(...cards.map(f));
    const lines = most((i) => labels[i]!.length);
    const valueExtra = most((i) => (values[i]!.lines.length - 1) * LARGE_LINE);
    const actualExtra = most((i) => (actuals[i]!.length - 1) * 16);
    return { lines, valueExtra, height: CARD_HEIGHT + (lines - 1) * 16 + valueExtra + actualExtra };
  });
  const rowTop = gridRows.map((_, k) => gridRows.slice(0, k).reduce((sum, g) => sum + g.height + GAP, 0));
  const height = rowTop.at(-1)! + gridRows.at(-1)!.height;
  const { root, svg } = d3Surface(width, height);
  const showActuals = isRevealed(1, options.step);
  const valueClass = seriesClass("target");

  rows.forEach((r, i) => {
    const dimmed = !isHighlighted(r.indicator, options.highlight);
    const k = Math.floor(i / columns);
    const { lines, valueExtra, height: cardHeight } = gridRows[k]!;
    const card = appendGroup(svg, `card${dimmed ? " is-dimmed" : ""}`, (i % columns) * (cardWidth + GAP), rowTop[k]!);
    card.attr("data-indicator", r.indicator);
    appendTitle(card, L.t(showActuals ? "targets_board.tip_with_actual" : "targets_board.tip", { ...years, label: r.label, target: stated(r.target, r.unit), actual: stated(r.actual, r.unit) }));
    // Inset by half the stroke so the border is not clipped at the viewBox edge. A transparent (not "none")
    // fill makes the whole card answer hover and tap for its tooltip.
    card.append("rect").attr("class", "c-grid").attr("x", 0.5).attr("y", 0.5).attr("width", cardWidth - 1).attr("height", cardHeight - 1).attr("rx", 6).attr("fill", "currentColor").attr("fill-opacity", 0).attr("stroke", "currentColor");
    labels[i]!.forEach((line, l) => appendText(card, { x: 10, y: 18 + l * 16, text: line, className: "c-text", anchor: "start" }));
    const y = 18 + lines * 16 + 16;
    const value = values[i]!;
    value.lines.forEach((line, l) =>
      appendText(card, { x: PAD, y: y + l * LARGE_LINE, text: line, className: `${isStated(r.target) ? valueClass : "c-muted"} ${value.size} t-value`, anchor: "start" }),
    );
    if (showActuals) {
      const top = y + 22 + valueExtra;
      actuals[i]!.forEach((line, l) => appendText(card, { x: PAD, y: top + l * 16, text: line, className: isStated(r.actual) ? seriesClass("actual") : "c-muted", anchor: "start" }));
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
  return lang.wrap(label, Math.max(4, Math.floor((cardWidth - 2 * PAD) / FONT)));
}

/**
 * The big value at 20 px when it fits the card, else at 14 px (1.5亿千瓦时以上 at phone width), and
 * at 14 px on two or more lines when even that runs past the edge ("150 million kWh or more").
 */
function valueLines(value: string, room: number, lang: ChartLang): { size: "t-xlarge" | "t-large"; lines: string[] } {
  if (lang.width(value, 20, true) <= room) return { size: "t-xlarge", lines: [value] };
  if (lang.chinese || lang.width(value, 14, true) <= room) return { size: "t-large", lines: [value] };
  return { size: "t-large", lines: lang.wrapTo(value, room, 14, true) };
}
