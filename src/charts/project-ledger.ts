import type { ChartResult } from "./types";
import { finish } from "./shared/finish";
import { tipText } from "./shared/label-fit";
import { appendGroup, appendText, appendTitle, d3Surface } from "./shared/d3";
import { DEFAULT_WIDTH, chartId, isHighlighted, isRevealed, type ChartOptions } from "./shared/options";
import { plainMarkClass } from "./shared/palette";
import { groupInOrder } from "./shared/values";
import { rowRefsOf } from "./shared/row-refs";
import { chartLang } from "./shared/lang";

/** A named project (projects.csv) with the verb the report uses for it. */
export interface ProjectLedgerRow {
  /** projects.csv id; the key for `highlight`. */
  key: string;
  name: string;
  /** The report's verb: 通车, 开工, 完成主体工程 … */
  status: string;
  /** Column heading, e.g. "2023年（已做）"; columns keep first-seen order. */
  column: string;
  sectionId?: string;
}

const FONT = 12;
const LINE = 16;
const PAD = 8;
const GAP = 8;
const HEADER = 28;

/**
 * Named projects as cards in columns (e.g. what was done last year beside what is planned this year),
 * each card the project's name and the report's verb for it. No axis: the report gives these no numbers.
 * Layers (`step`): k shows columns 0…k; later columns keep their heading, without cards.
 */
export function projectLedgerChart(rows: ProjectLedgerRow[], options: ChartOptions & { subject?: string } = {}): ChartResult {
  if (rows.length === 0) throw new Error("projectLedgerChart: no rows");
  const blank = rows.flatMap((r, i) => (["key", "name", "status", "column"] as const).filter((k) => !r[k].trim()).map((k) => `row ${i + 1} ${k}`));
  if (blank.length > 0) throw new Error(`projectLedgerChart: blank fields: ${blank.join(", ")}`);
  const L = options.lang ?? chartLang();
  const subject = options.subject ?? L.t("project_ledger.subject");
  const width = options.width ?? DEFAULT_WIDTH;
  const columns = groupInOrder(rows, (r) => r.column);
  const columnWidth = (width - GAP * (columns.length - 1)) / columns.length;
  const perLine = Math.max(4, Math.floor((columnWidth - 2 * PAD) / FONT));
  const markClass = plainMarkClass(options.area);

  const layout = columns.map(([column, items], c) => {
    let y = HEADER;
    const cards = items.map((item) => {
      const lines = L.wrap(item.name, perLine);
      // The status wraps too (an English status is longer than the report's two to nine characters).
      const statusLines = L.wrap(item.status, perLine);
      const h = (lines.length + statusLines.length) * LINE + 2 * PAD;
      const card = { item, lines, statusLines, y, h };
      y += h + GAP;
      return card;
    });
    return { column, c, x: c * (columnWidth + GAP), cards, bottom: y - GAP };
  });
  const { root, svg } = d3Surface(width, Math.max(...layout.map((l) => l.bottom)));

  for (const { column, c, x, cards } of layout) {
    const revealed = isRevealed(c, options.step);
    appendText(appendGroup(svg, revealed ? "c-text" : "c-muted"), { x, y: 12, text: column, className: "t-large", anchor: "start" });
    if (!revealed) continue;
    for (const { item, lines, statusLines, y, h } of cards) {
      const g = appendGroup(svg, `${markClass}${isHighlighted(item.key, options.highlight) ? "" : " is-dimmed"}`, x, y);
      g.attr("data-key", item.key);
      appendTitle(g, tipText(item.name, column, item.status, L));
      g.append("rect").attr("x", 0.5).attr("y", 0.5).attr("width", columnWidth - 1).attr("height", h - 1).attr("rx", 4).attr("fill", "currentColor").attr("fill-opacity", 0.08).attr("stroke", "currentColor");
      lines.forEach((line, l) => appendText(g, { x: PAD, y: PAD + LINE / 2 + l * LINE, text: line, className: "c-text", anchor: "start" }));
      statusLines.forEach((line, l) => appendText(g, { x: PAD, y: PAD + LINE / 2 + (lines.length + l) * LINE, text: line, className: "t-value", anchor: "start" }));
    }
  }

  const shown = columns.filter((_, c) => isRevealed(c, options.step));
  const alt = L.t("common.alt_list", {
    subject,
    items: L.clauses(shown.map(([column, items]) => L.t("project_ledger.alt_column", { column, items: L.list(items.map((r) => L.t("project_ledger.alt_item", { name: r.name, status: r.status }))) }))),
  });
  return {
    svg: finish(root, { id: chartId("project-ledger", options), title: subject, desc: alt }),
    alt,
    table: {
      columns: [
        { key: "column", label: L.t("project_ledger.col_column") },
        { key: "name", label: L.t("columns.item") },
        { key: "status", label: L.t("project_ledger.col_status") },
        { key: "section", label: L.t("columns.section") },
      ],
      sources: rowRefsOf(rows),
      rows: rows.map((r) => ({ column: r.column, name: r.name, status: r.status, section: r.sectionId ?? null })),
    },
  };
}
