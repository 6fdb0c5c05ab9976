/**
 * Every Arabic-digit quantity in one section's text (see README.md for the rules).
 * Pure: text in, figure drafts out; ids, sentence and period are added by extract.ts.
 */
import { canonicalDecimal, multiplyDecimal, shiftDecimal } from "./decimal.ts";
import { nameLikeReason } from "./names.ts";
import { INNER_QUALIFIERS, leadBefore, postQualifier, type Lead } from "./qualifiers.ts";
import { isCountUnit, matchUnit, type UnitMatch } from "./units.ts";
import type { FigureRow, Measure } from "./types.ts";

/** What the finder knows of a figure: a FigureRow without the ids, sentence and period that extract.ts adds. */
export type FigureDraft = Pick<
  FigureRow,
  "offset" | "quote" | "value" | "value_max" | "unit" | "multiplier" | "base_value" | "base_value_max" | "base_unit" | "qualifier" | "measure" | "direction"
>;

// Sticky patterns read at a position without copying the rest of the text, so cost stays linear.
const NUMBER_AT = /\d+(?:,\d{3})*(?:\.\d+)?/y;
/** 到 is not a separator: 从137亿元到220亿元 is a change, not a range. */
const RANGE_SEPARATORS = /-|—|–|－|~|～|至/y;
const PRODUCT_SIGNS = /^[×xX*＊]/;
const RANK_CONTEXT = /(排名|位次|名次|前移|后移|上升|提升|进位|跃升)[^，。；]{0,6}$/;
/** Dates and times, skipped whole: 2026-02-09, 2026-02-02 09:20, 2026.02.09. */
const DATE_AT = /(?:19|20)\d\d(?:-\d{1,2}-\d{1,2}|\.\d{1,2}\.\d{1,2})(?:\s*\d{1,2}:\d{2})?(?![\d.])/y;
/** A ratio or fraction: 2.31:1, 1∶1, 1/4 — one figure, measure `ratio`. */
const RATIO_AT = /[:∶/／](\d+(?:\.\d+)?)/y;
const DIGIT = /\d/g;

function stickyAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function numberAt(text: string, pos: number): string | null {
  return stickyAt(NUMBER_AT, text, pos)?.[0] ?? null;
}

interface Token {
  start: number;
  end: number;
  first: string;
  value: string;
  valueMax: string;
  unit: UnitMatch;
  unitEnd: number;
  innerQualifier: string;
  isRange: boolean;
  isRatio: boolean;
}

/** Number, optional ×N product, optional 余/多, unit, optional range to a second number + unit. */
function readToken(text: string, start: number, first: string): Token {
  let end = start + first.length;
  let value = canonicalDecimal(first);
  const ratio = stickyAt(RATIO_AT, text, end);
  if (ratio) {
    // 2.31:1 or 1/4: the value is the first term; the unit is the rest as written, so value + unit spell the ratio.
    const unitEnd = end + ratio[0].length;
    const unit: UnitMatch = { unit: ratio[0], base_unit: ratio[0], exponent: 0, inner_qualifier: "", length: ratio[0].length };
    return { start, end: unitEnd, first, value, valueMax: "", unit, unitEnd, innerQualifier: "", isRange: false, isRatio: true };
  }
  const second = PRODUCT_SIGNS.test(text.charAt(end)) ? numberAt(text, end + 1) : null;
  if (second) {
    // 2×100万千瓦: one figure whose value is the product (200); the quote keeps the written form.
    value = multiplyDecimal(value, second);
    end += 1 + second.length;
  }
  let innerQualifier = "";
  const inner = INNER_QUALIFIERS.find((q) => text.startsWith(q, end));
  if (inner && matchUnit(text, end + 1).length > 0) {
    innerQualifier = inner;
  }
  let unit = matchUnit(text, end + innerQualifier.length);
  let unitEnd = end + innerQualifier.length + unit.length;
  let valueMax = "";
  let isRange = false;
  const sep = stickyAt(RANGE_SEPARATORS, text, unitEnd);
  const upper = sep ? numberAt(text, unitEnd + sep[0].length) : null;
  if (sep && upper && !innerQualifier) {
    const upperStart = unitEnd + sep[0].length;
    const upperUnit = matchUnit(text, upperStart + upper.length);
    const compatible = unit.length === 0 || upperUnit.unit === unit.unit || upperUnit.length === 0;
    const isWordTo = sep[0] === "至";
    if (compatible && !(isWordTo && unit.length > 0 && upperUnit.length === 0)) {
      isRange = true;
      valueMax = canonicalDecimal(upper);
      end = upperStart + upper.length;
      if (upperUnit.length > 0) unit = upperUnit;
      unitEnd = end + upperUnit.length;
    }
  }
  return { start, end, first, value, valueMax, unit, unitEnd, innerQualifier, isRange, isRatio: false };
}

function classify(t: Token, lead: Lead, rank: boolean): Measure {
  const u = t.unit.base_unit;
  if (t.isRatio) return "ratio";
  if (rank) return "rank";
  if (u === "个百分点" || u === "百分点") return "pp";
  if (u === "倍") return "multiple";
  if (u === "%" || u === "‰") return lead.verb && !lead.toLevel && lead.verb !== "新增" ? "growth" : "share";
  // A bare number (达到92) or a bare 万/亿 (400亿) does not say what it counts or measures.
  if (u === "") return "other";
  return isCountUnit(u) ? "count" : "level";
}

/** Time spans written with 近 (近6年最高, 近50年同期最多): 近 means "recent", not "nearly". */
const SPAN_UNITS = new Set(["年", "个月", "天", "周", "日"]);

export interface FindOptions {
  /**
   * The list number this paragraph is expected to start with (the previous paragraph was item N-1).
   * A glued enumerator 8.6个重大科技专项 is then list item 8 followed by 6个, not 8.6.
   */
  listNo?: number | null;
}

/** Length of a glued list number `8.` at a list start (8.6个 after item 7), or 0. */
function gluedEnumerator(text: string, start: number, listNo: number): number {
  const label = `${listNo}.`;
  if (!text.startsWith(label, start) || !/\d/.test(text.charAt(start + label.length))) return 0;
  return start === 0 || /[。；：！？\s]/.test(text.charAt(start - 1)) ? label.length : 0;
}

/** Find the figures in one normalised section text. */
export function findFigures(text: string, options: FindOptions = {}): FigureDraft[] {
  const out: FigureDraft[] = [];
  let prev: { end: number; lead: Lead } | null = null;
  let pos = 0;
  // The list number expected next: from the paragraph before, then from enumerators seen in this text.
  let listNo = options.listNo ?? null;
  while (pos < text.length) {
    DIGIT.lastIndex = pos;
    const found = DIGIT.exec(text);
    if (!found) break;
    const start = found.index;
    const glued = listNo !== null ? gluedEnumerator(text, start, listNo) : 0;
    if (listNo !== null && glued > 0) {
      pos = start + glued;
      listNo += 1;
      continue;
    }
    const date = /\d/.test(text.charAt(start - 1)) ? null : stickyAt(DATE_AT, text, start);
    if (date) {
      pos = start + date[0].length;
      continue;
    }
    const first = numberAt(text, start)!;
    const t = readToken(text, start, first);
    const post = postQualifier(text, t.unitEnd);
    const quoteEnd = t.unitEnd + post.length;
    pos = Math.max(quoteEnd, t.end);

    const reason = nameLikeReason({
      text, start, end: t.end, first, unit: t.unit.unit, unitEnd: t.unitEnd, isRange: t.isRange,
    });
    if (reason === "enumerator") listNo = Number(first) + 1;
    if (reason) continue;

    // 分别增长13.2%、27.9%: a list item after 、 shares the verb of the item before it.
    let ownLead = leadBefore(text, start);
    if (ownLead.qualifiers.includes("近") && SPAN_UNITS.has(t.unit.base_unit) && !ownLead.verb) {
      const qualifiers = ownLead.qualifiers.filter((q) => q !== "近");
      ownLead = qualifiers.length === 0 ? { ...ownLead, start, qualifiers } : { ...ownLead, qualifiers };
    }
    const listed = prev !== null && text.slice(prev.end, start) === "、" && !ownLead.verb;
    const lead: Lead = listed && prev ? { ...prev.lead, start, qualifiers: ownLead.qualifiers } : ownLead;
    const quoteStart = listed ? ownLead.start : lead.start;

    const rankMark = /[第前]$/.test(text.slice(Math.max(0, start - 1), start)) && !/前移$/.test(text.slice(Math.max(0, start - 2), start));
    const rank = rankMark || (t.unit.base_unit === "位" && RANK_CONTEXT.test(text.slice(Math.max(0, start - 12), start)));
    const qStart = rankMark ? Math.min(quoteStart, start - 1) : quoteStart;

    const exponent = t.unit.exponent;
    const qualifiers = [...lead.qualifiers, t.innerQualifier || t.unit.inner_qualifier, post].filter((q) => q !== "");
    out.push({
      offset: qStart,
      quote: text.slice(qStart, quoteEnd),
      value: t.value,
      value_max: t.valueMax,
      unit: t.unit.unit,
      multiplier: shiftDecimal("1", exponent),
      base_value: shiftDecimal(t.value, exponent),
      base_value_max: t.valueMax ? shiftDecimal(t.valueMax, exponent) : "",
      base_unit: t.unit.base_unit,
      qualifier: qualifiers.join("|"),
      measure: classify(t, lead, rank),
      direction: lead.direction,
    });
    prev = { end: quoteEnd, lead };
  }
  return out;
}
