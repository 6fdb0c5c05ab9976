import type { ChartResult } from "./types";
import { finish } from "./shared/finish";
import { appendGroup, appendText, appendTitle, d3Surface } from "./shared/d3";
import { DEFAULT_WIDTH, chartId, isHighlighted, isRevealed, type ChartOptions } from "./shared/options";
import { plainMarkClass } from "./shared/palette";
import { tipText, wrapChars as wrapCjk } from "./shared/label-fit";
import { groupInOrder } from "./shared/values";
import { rowRefsOf } from "./shared/row-refs";
import { chartLang } from "./shared/lang";

/** A named commitment or campaign the report makes without a number. */
export interface CommitmentRow {
  /** The theme it belongs to (the paragraph's lead sentence, shortened). */
  theme: string;
  /** The name as written, e.g. “净厂”行动. Also the key for `highlight`. */
  name: string;
  /** The name in the chart's language (an English edition's words), drawn in its place; the name stays the key. */
  label?: string;
  sectionId?: string;
}

const FONT = 12;
const LINE = 16;
const CELL_PAD = 8;
const GAP = 8;
const HEADER = 28;

/**
 * Text-only grid of named commitments grouped by theme (first-seen order), for areas with few numbers.
 * Layers (`step`): k reveals themes 0…k; later themes stay in place, dimmed, so the layout never jumps.
 */
export function commitmentGridChart(rows: CommitmentRow[], options: ChartOptions = {}): ChartResult {
  if (rows.length === 0) throw new Error("commitmentGridChart: no rows");
  const blank = rows.map((r, i) => (!r.theme.trim() || !r.name.trim() ? `row ${i + 1}` : null)).filter(Boolean);
  if (blank.length > 0) throw new Error(`commitmentGridChart: theme and name must not be blank (${blank.join(", ")})`);
  const width = options.width ?? DEFAULT_WIDTH;
  const L = options.lang ?? chartLang();
  // Names are quoted as the report writes them: in another language's chart they are marked as Chinese.
  const nameLang = L.chinese ? undefined : "zh-CN";
  const columns = width >= 560 ? 3 : 2;
  const cellWidth = (width - GAP * (columns - 1)) / columns;
  const perLine = Math.max(4, Math.floor((cellWidth - 2 * CELL_PAD) / FONT));
  const themes = groupInOrder(rows, (r) => r.theme);
  const markClass = plainMarkClass(options.area);
  const shown = (r: CommitmentRow) => r.label ?? r.name;
  // A name drawn as the report writes it is marked as Chinese in another language's chart; a label is the chart's own language.
  const langOf = (r: CommitmentRow) => (r.label === undefined ? nameLang : undefined);

  // Layout first (pure numbers), then draw.
  let y = 0;
  const layout = themes.map(([theme, items], t) => {
    const top = y;
    const cells = [] as { item: CommitmentRow; lines: string[]; x: number; y: number; h: number }[];
    y += HEADER;
    for (let i = 0; i < items.length; i += columns) {
      const rowItems = items.slice(i, i + columns).map((item) => ({ item, lines: L.chinese || !/\p{Script=Han}/u.test(shown(item)) ? L.wrap(shown(item), perLine) : wrapCjk(item.name, perLine) }));
      const h = Math.max(...rowItems.map((c) => c.lines.length)) * LINE + 2 * CELL_PAD;
      rowItems.forEach((c, k) => cells.push({ ...c, x: k * (cellWidth + GAP), y, h }));
      y += h + GAP;
    }
    y += 8;
    return { theme, t, top, cells };
  });
  const { root, svg } = d3Surface(width, y);

  for (const { theme, t, top, cells } of layout) {
    const g = appendGroup(svg, isRevealed(t, options.step) ? "theme" : "theme is-dimmed");
    g.attr("data-theme-index", t);
    appendText(g, { x: 0, y: top + 12, text: theme, className: "c-text t-large", anchor: "start" });
    for (const cell of cells) {
      const c = appendGroup(g, `${markClass}${isHighlighted(cell.item.name, options.highlight) ? "" : " is-dimmed"}`, cell.x, cell.y);
      appendTitle(c, langOf(cell.item) ? cell.item.name : `${theme} · ${shown(cell.item)}`, langOf(cell.item));
      c.append("rect").attr("x", 0.5).attr("y", 0.5).attr("width", cellWidth - 1).attr("height", cell.h - 1).attr("rx", 4).attr("fill", "currentColor").attr("fill-opacity", 0.1).attr("stroke", "currentColor");
      cell.lines.forEach((line, l) => appendText(c, { x: CELL_PAD, y: CELL_PAD + LINE / 2 + l * LINE, text: line, className: "c-text", anchor: "start", lang: langOf(cell.item) }));
    }
  }

  const revealed = themes.filter((_, t) => isRevealed(t, options.step));
  const alt = L.t("common.alt_sentence", { items: L.clauses(revealed.map(([theme, items]) => tipText(theme, "", L.list(items.map(shown)), L))) });
  return {
    svg: finish(root, { id: chartId("commitment-grid", options), title: L.t("commitment_grid.title"), desc: alt }),
    alt,
    table: {
      columns: [
        { key: "theme", label: L.t("columns.theme") },
        { key: "name", label: L.t("commitment_grid.col_name") },
        { key: "section", label: L.t("columns.section") },
      ],
      sources: rowRefsOf(rows),
      rows: rows.map((r) => ({ theme: r.theme, name: shown(r), section: r.sectionId ?? null })),
    },
  };
}
