import type { ChartResult } from "./types";
import { finish } from "./shared/finish";
import { tipText, wrapChars as wrapCjk } from "./shared/label-fit";
import { appendGroup, appendText, appendTitle, d3Surface } from "./shared/d3";
import { DEFAULT_WIDTH, chartId, isHighlighted, isRevealed, type ChartOptions } from "./shared/options";
import { plainMarkClass } from "./shared/palette";
import { groupInOrder } from "./shared/values";
import { rowRefsOf } from "./shared/row-refs";
import { chartLang } from "./shared/lang";

/** A measure or campaign the report names, written exactly as in the text (e.g. “四不两直”执法检查). */
export interface NamedMeasureRow {
  /** Theme it belongs to (e.g. the paragraph's lead phrase); themes keep first-seen order. */
  theme: string;
  /** The name as written; also the key for `highlight`. */
  name: string;
  /** The name in the chart's language (an English edition's words), drawn beside its numerals; the name stays the key. */
  label?: string;
  sectionId?: string;
}

/** Chinese numerals as they appear in policy names (五不为过, 八条, 三年, 两直). */
const NUMERALS = /[〇一二三四五六七八九十两百千]/gu;

/** The Chinese numerals written in a name, in order, without repeats: “一矿一策” → ["一"], “四不两直” → ["四", "两"]. */
export function numeralsIn(name: string): string[] {
  return [...new Set(name.match(NUMERALS) ?? [])];
}

const FONT = 12;
const LINE = 16;
const PAD = 8;
const GAP = 8;
const HEADER = 28;
/** Room for the numeral column at the left of each card. */
const NUMERAL_COLUMN = 30;
/** Vertical distance between stacked numerals (20 px type): their line boxes (1.45 em in the CJK font) must not overlap. */
const NUMERAL_STEP = 29;

/**
 * Named measures as a grid of cards grouped by theme; the Chinese numerals in each name (as written,
 * not converted) stand large at the card's left, so a reader sees what a report without Arabic digits counts.
 * Layers (`step`): k reveals themes 0…k; later themes keep their place, dimmed, so the layout never jumps.
 */
export function numeralMeasuresChart(rows: NamedMeasureRow[], options: ChartOptions & { subject?: string } = {}): ChartResult {
  if (rows.length === 0) throw new Error("numeralMeasuresChart: no rows");
  const blank = rows.flatMap((r, i) => (!r.theme.trim() || !r.name.trim() ? [`row ${i + 1}`] : []));
  const names = rows.map((r) => r.name);
  const repeated = names.filter((n, i) => names.indexOf(n) !== i).map((n) => `"${n}"`);
  if (blank.length > 0 || repeated.length > 0) {
    throw new Error(`numeralMeasuresChart: ${[blank.length ? `blank theme or name in ${blank.join(", ")}` : "", repeated.length ? `repeated names ${repeated.join(", ")}` : ""].filter(Boolean).join("; ")}`);
  }
  const L = options.lang ?? chartLang();
  const subject = options.subject ?? L.t("numeral_measures.subject");
  // Names are quoted as the report writes them (the chart is about their Chinese numerals): marked as Chinese in another language's chart.
  const nameLang = L.chinese ? undefined : "zh-CN";
  const width = options.width ?? DEFAULT_WIDTH;
  const columns = width >= 560 ? 3 : 2;
  const cardWidth = (width - GAP * (columns - 1)) / columns;
  const perLine = Math.max(4, Math.floor((cardWidth - NUMERAL_COLUMN - 2 * PAD) / FONT));
  const markClass = plainMarkClass(options.area);
  const themes = groupInOrder(rows, (r) => r.theme);
  const shown = (r: NamedMeasureRow) => r.label ?? r.name;
  const langOf = (r: NamedMeasureRow) => (r.label === undefined ? nameLang : undefined);

  // Layout first (numbers only), then draw.
  let y = 0;
  const layout = themes.map(([theme, items], t) => {
    const top = y;
    const cards: { item: NamedMeasureRow; lines: string[]; x: number; y: number; h: number }[] = [];
    y += HEADER;
    for (let i = 0; i < items.length; i += columns) {
      const line = items.slice(i, i + columns).map((item) => ({ item, lines: item.label === undefined ? wrapCjk(item.name, perLine) : L.wrap(item.label, perLine) }));
      // Tall enough for the name's lines and for its numerals stacked at NUMERAL_STEP.
      const h = Math.max(2 * LINE, ...line.map((c) => Math.max(c.lines.length * LINE, numeralsIn(c.item.name).length * NUMERAL_STEP))) + 2 * PAD;
      line.forEach((c, k) => cards.push({ ...c, x: k * (cardWidth + GAP), y, h }));
      y += h + GAP;
    }
    y += 4;
    return { theme, t, top, cards };
  });
  const { root, svg } = d3Surface(width, y);

  for (const { theme, t, top, cards } of layout) {
    const g = appendGroup(svg, isRevealed(t, options.step) ? "theme" : "theme is-dimmed");
    appendText(g, { x: 0, y: top + 12, text: theme, className: "c-text t-large", anchor: "start" });
    for (const card of cards) {
      const numerals = numeralsIn(card.item.name);
      const c = appendGroup(g, `${markClass}${isHighlighted(card.item.name, options.highlight) ? "" : " is-dimmed"}`, card.x, card.y);
      appendTitle(c, langOf(card.item) ? card.item.name : card.item.label !== undefined ? `${theme} · ${card.item.label}` : `${theme} · ${card.item.name}${numerals.length > 0 ? L.t("numeral_measures.tip_numerals", { numerals: L.list(numerals) }) : ""}`, langOf(card.item));
      c.append("rect").attr("x", 0.5).attr("y", 0.5).attr("width", cardWidth - 1).attr("height", card.h - 1).attr("rx", 4).attr("fill", "currentColor").attr("fill-opacity", numerals.length > 0 ? 0.14 : 0.04).attr("stroke", "currentColor");
      numerals.forEach((n, k) => appendText(c, { x: NUMERAL_COLUMN / 2 + 2, y: PAD + 11 + k * NUMERAL_STEP, text: n, className: "t-xlarge", anchor: "middle", lang: nameLang }));
      card.lines.forEach((line, l) => appendText(c, { x: NUMERAL_COLUMN + PAD - 2, y: PAD + LINE / 2 + l * LINE, text: line, className: "c-text", anchor: "start", lang: langOf(card.item) }));
    }
  }

  const revealed = themes.filter((_, t) => isRevealed(t, options.step));
  // Labelled names are in the chart's language, where the Chinese numerals would be untranslated: the alt lists the labels.
  const counted = revealed.flatMap(([, items]) => items).filter((r) => r.label === undefined && numeralsIn(r.name).length > 0);
  const alt =
    L.t("common.alt_list", { subject, items: L.clauses(revealed.map(([theme, items]) => L.t("numeral_measures.alt_theme", { theme, names: L.list(items.map(shown)) }))) }) +
    (counted.length > 0 ? L.t("numeral_measures.alt_counted", { names: L.list(counted.map((r) => L.t("numeral_measures.alt_counted_item", { name: r.name, numerals: L.list(numeralsIn(r.name)) }))) }) : "");
  return {
    svg: finish(root, { id: chartId("numeral-measures", options), title: subject, desc: alt }),
    alt,
    table: {
      columns: [
        { key: "theme", label: L.t("columns.theme") },
        { key: "name", label: L.t("numeral_measures.col_name") },
        { key: "numerals", label: L.t("numeral_measures.col_numerals"), lang: "zh-CN" },
        { key: "section", label: L.t("columns.section") },
      ],
      sources: rowRefsOf(rows),
      rows: rows.map((r) => ({ theme: r.theme, name: shown(r), numerals: L.list(numeralsIn(r.name)) || null, section: r.sectionId ?? null })),
    },
  };
}
