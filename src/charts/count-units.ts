import type { ChartResult } from "./types";
import { finish } from "./shared/finish";
import { appendGroup, appendText, appendTitle, d3Surface } from "./shared/d3";
import { DEFAULT_WIDTH, chartId, isHighlighted, isRevealed, type ChartOptions } from "./shared/options";
import { plainMarkClass, seriesClass } from "./shared/palette";
import { tipText } from "./shared/label-fit";
import { formatStated as formatStatedIn, groupInOrder, isStated, tableValue, type StatedValue } from "./shared/values";
import { rowRefsOf } from "./shared/row-refs";
import { chartLang, type ChartLang } from "./shared/lang";
import type { Noun } from "../lib/en-number";

/** A bare count as the report writes it (所, 件, 个月 …), drawn one square per unit. */
export interface CountUnitsRow {
  /** Key for `highlight`. */
  key: string;
  /** What is counted, in the report's words. */
  label: string;
  /** The heading the row sits under (e.g. "2023年完成", "2024年目标"); groups keep first-seen order. */
  group: string;
  unit: string;
  value: StatedValue;
  /** For a count the site makes (no figure names the thing): the noun a language that needs one uses. */
  noun?: Noun;
  /** A count of the report's own text (its figures, say), not a value it states: no actual or target colour. */
  countsText?: boolean;
}

export interface CountUnitsOptions extends ChartOptions {
  /** What the squares count, for the title and alt text, e.g. "学校（所）". */
  subject: string;
}

/** More squares than this stop being countable at phone width; use a bar or a number instead. */
export const MAX_UNITS = 400;
const SQUARE = 12;
const GAP = 3;
/** Squares come in blocks of ten, with a wider gap between blocks, so a reader can count them. */
const BLOCK = 10;
const BLOCK_GAP = 9;
const GROUP_HEAD = 28;
const ROW_HEAD = 22;
const ROW_GAP = 14;
const BESIDE_SQUARE = 10;
const BESIDE_GAP = 2;
const BESIDE_ROW_GAP = 8;
/** Line pitch of a group heading that takes two lines (14 px). */
const HEAD_LINE = 18;

/**
 * Counts as unit charts: one square per unit, rows grouped under headings, blocks of ten.
 * An unstated count is written "未提及" with no squares; a qualifier (以上 …) stays in the label.
 * Layers (`step`): k shows the groups 0…k; later groups keep their place (empty), so nothing jumps.
 */
export function countUnitsChart(rows: CountUnitsRow[], options: CountUnitsOptions): ChartResult {
  if (rows.length === 0) throw new Error("countUnitsChart: no rows");
  const L = options.lang ?? chartLang();
  const formatStated = (v: StatedValue, unit: string, noun?: Noun) => formatStatedIn(v, unit, L, noun);
  const bad = rows.filter((r) => isStated(r.value) && (!Number.isInteger(r.value.value) || r.value.value < 0 || r.value.value > MAX_UNITS || r.value.valueMax != null));
  if (bad.length > 0) {
    throw new Error(`countUnitsChart: counts must be whole numbers 0–${MAX_UNITS} without a range; bad: ${bad.map((r) => `${r.key} (${formatStated(r.value, r.unit)})`).join(", ")}`);
  }
  const width = options.width ?? DEFAULT_WIDTH;
  const groups = groupInOrder(rows, (r) => r.group);
  const labelOf = (row: CountUnitsRow) => `${row.label}  ${formatStated(row.value, row.unit, row.noun)}`;
  // Two layouts, the shorter one is drawn: squares under each label (long counts), or one block of ten
  // per line beside the label (many short counts, e.g. the review's thirteen parts).
  const stacked = layoutRows(groups, width, "stacked", labelOf, L);
  const beside = layoutRows(groups, width, "beside", labelOf, L);
  const { rows: layout, height, geometry } = beside && beside.height < stacked!.height ? beside : stacked!;
  const { root, svg } = d3Surface(width, height);

  for (const { group, g, top, headLines, placed } of layout) {
    const revealed = isRevealed(g, options.step);
    const head = appendGroup(svg, revealed ? "c-text" : "c-muted");
    headLines.forEach((line, l) => appendText(head, { x: 0, y: top + 12 + l * HEAD_LINE, text: line, className: "t-large", anchor: "start" }));
    if (!revealed) continue;
    for (const { row, count, at, labelLines } of placed) {
      // A stated count is an actual or a target, coloured as such everywhere; an unstated one has no squares.
      const markClass = isStated(row.value) && !row.countsText ? seriesClass(row.value.status) : plainMarkClass(options.area);
      const cell = appendGroup(svg, `${markClass}${isHighlighted(row.key, options.highlight) ? "" : " is-dimmed"}`, 0, at);
      cell.attr("data-key", row.key);
      appendTitle(cell, tipText(row.label, group, formatStated(row.value, row.unit, row.noun), L));
      labelLines.forEach((line, l) => appendText(cell, { x: 0, y: 8 + l * 16, text: line, className: isStated(row.value) ? "c-text" : "c-muted", anchor: "start" }));
      const { square, gap, perLine, left } = geometry;
      const squaresTop = geometry.top + (labelLines.length - 1) * 16;
      for (let i = 0; i < count; i++) {
        const col = i % perLine;
        const x = left + col * (square + gap) + Math.floor(col / BLOCK) * (BLOCK_GAP - gap);
        cell.append("rect").attr("x", x).attr("y", squaresTop + Math.floor(i / perLine) * (square + gap)).attr("width", square).attr("height", square).attr("rx", 2);
      }
    }
  }

  const shown = groups.filter((_, g) => isRevealed(g, options.step));
  const alt = L.t("count_units.alt", {
    subject: options.subject,
    items: L.clauses(shown.map(([group, items]) => L.t("count_units.alt_group", { group, items: L.list(items.map((r) => L.t("count_units.alt_item", { label: r.label, value: formatStated(r.value, r.unit, r.noun) }))) }))),
  });
  return {
    svg: finish(root, { id: chartId("count-units", options), title: options.subject, desc: alt }),
    alt,
    table: {
      columns: [
        { key: "group", label: L.t("count_units.col_group") },
        { key: "item", label: L.t("columns.item") },
        { key: "value", label: L.t("count_units.col_value") },
        { key: "unit", label: L.t("columns.unit") },
        { key: "text", label: L.t("count_units.col_text") },
      ],
      sources: rowRefsOf(rows),
      rows: rows.map((r) => ({ group: r.group, item: r.label, value: tableValue(r.value), unit: r.noun && !L.chinese ? r.noun.other : L.unitName(r.unit, isStated(r.value) ? r.value.figureId : null), text: formatStated(r.value, r.unit, r.noun) })),
    },
  };
}

interface Geometry {
  square: number;
  gap: number;
  perLine: number;
  /** x of the first square and y of the first line of squares, relative to the row. */
  left: number;
  top: number;
}
interface Layout {
  rows: { group: string; g: number; top: number; headLines: string[]; placed: { row: CountUnitsRow; count: number; at: number; labelLines: string[] }[] }[];
  height: number;
  geometry: Geometry;
}

/**
 * Where each group heading and row goes. "stacked": the label, then full-width lines of squares under it.
 * "beside": the label on the left and one block of ten smaller squares per line on the right; null when
 * a label does not fit beside the block.
 */
function layoutRows(groups: [string, CountUnitsRow[]][], width: number, kind: "stacked" | "beside", labelOf: (r: CountUnitsRow) => string, L: ChartLang): Layout | null {
  let geometry: Geometry;
  if (kind === "stacked") {
    const blockWidth = BLOCK * SQUARE + (BLOCK - 1) * GAP;
    const blocksPerLine = Math.max(1, Math.floor((width + BLOCK_GAP) / (blockWidth + BLOCK_GAP)));
    geometry = { square: SQUARE, gap: GAP, perLine: blocksPerLine * BLOCK, left: 0, top: ROW_HEAD };
  } else {
    const blockWidth = BLOCK * BESIDE_SQUARE + (BLOCK - 1) * BESIDE_GAP;
    const longest = Math.max(...groups.flatMap(([, items]) => items.map((r) => L.width(labelOf(r)))));
    const left = Math.ceil(longest + 16);
    if (left + blockWidth > width) return null;
    geometry = { square: BESIDE_SQUARE, gap: BESIDE_GAP, perLine: BLOCK, left, top: -2 };
  }
  const pitch = geometry.square + geometry.gap;
  let y = 0;
  const rows = groups.map(([group, items], g) => {
    const top = y;
    // Headings and stacked labels wider than the chart take more lines (English runs longer).
    const headLines = L.wrapTo(group, width, 14, true);
    y += GROUP_HEAD + (headLines.length - 1) * HEAD_LINE;
    const placed = items.map((row) => {
      const count = isStated(row.value) ? row.value.value : 0;
      const lines = Math.ceil(count / geometry.perLine);
      const at = y;
      const labelLines = kind === "stacked" ? L.wrapTo(labelOf(row), width) : [labelOf(row)];
      y += kind === "stacked" ? ROW_HEAD + (labelLines.length - 1) * 16 + lines * pitch + ROW_GAP : Math.max(16, lines * pitch) + BESIDE_ROW_GAP;
      return { row, count, at, labelLines };
    });
    return { group, g, top, headLines, placed };
  });
  const lastGap = kind === "stacked" ? ROW_GAP : BESIDE_ROW_GAP;
  return { rows, height: Math.max(y - lastGap, GROUP_HEAD), geometry };
}
