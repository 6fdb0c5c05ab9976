/**
 * The period and status of a figure: what the text says, not where the figure stands alone.
 *
 * - A part says its default: a review part → the review year, actual; a plan part, or a part of
 *   targets (总体要求, 主要预期目标) → the plan year, target; a five-year part (十四五 review, 十五五
 *   targets) → the span of that plan (2021–2025, 2026–2030). Other parts → blank.
 * - In a part whose heading names a five-year plan, each paragraph that opens by saying what it is
 *   about (五年来, “十四五”时期, 刚刚过去的2025年, 过去一年, “十五五”时期) switches the period for it and
 *   the paragraphs after it.
 * - A figure written as a baseline (从2020年的…, 2020年底的…) is that year's actual, not the part's.
 */
import { parseChineseNumeral } from "../lib/chinese-numerals.ts";
import type { PartInfo } from "./structure.ts";
import type { FigureRow } from "./types.ts";

export interface Scope {
  period: string | null;
  status: FigureRow["status"];
}

export interface Years {
  review: number | null;
  plan: number | null;
}

const BLANK: Scope = { period: null, status: "" };
const FIVE_YEAR = /十([一二三四五六七八九])五/g;
const TARGET_WORDS = /总体要求|预期目标|主要目标|目标任务/;

/** The years of the Nth five-year plan (十四五 → 2021–2025). */
export function fiveYearSpan(n: number): { from: number; to: number } {
  const from = 2021 + 5 * (n - 14);
  return { from, to: from + 4 };
}

const spanText = (from: number, to: number): string => `${from}–${to}`;

/** A five-year plan as a scope: actual when it ended by the review year, a target when it starts after. */
function fiveYearScope(n: number, years: Years): Scope {
  const { from, to } = fiveYearSpan(n);
  const status = years.review !== null && to <= years.review ? "actual" : years.plan !== null && from >= years.plan ? "target" : "";
  return { period: spanText(from, to), status };
}

const yearScope = (year: number | null, status: Scope["status"]): Scope => (year === null ? BLANK : { period: String(year), status });

/** Five-year plans a heading names, in order (十四五, 十五五). */
function fiveYearPlans(heading: string): number[] {
  return [...heading.matchAll(FIVE_YEAR)].map((m) => 10 + parseChineseNumeral(m[1]!)!);
}

export interface PartScope {
  scope: Scope;
  /**
   * Which paragraphs switch the scope: `all` cues in a part whose heading names a five-year plan;
   * only the explicit 五年来 / 一年来 kind in a yearly review (a 十四五 paragraph inside 2025年工作回顾); none elsewhere.
   */
  cues: "all" | "strong" | "none";
}

/** The default scope of a part from its kind and heading. */
export function partScope(part: PartInfo, years: Years): PartScope {
  const plans = fiveYearPlans(part.heading);
  const title = part.heading.replace(/^[一二三四五六七八九十]+、/, "");
  const yearAt = title.search(/\d{4}\s*年/);
  const planAt = title.search(FIVE_YEAR);
  const kind = part.kind;
  if (kind === "review") {
    const year = yearScope(years.review ?? part.heading_year, "actual");
    if (plans.length === 0) return { scope: year, cues: "strong" };
    const span = fiveYearScope(plans[0]!, years);
    return { scope: yearAt !== -1 && yearAt < planAt ? year : span, cues: "all" };
  }
  const targets = kind === "plan" || (kind === "other" && (TARGET_WORDS.test(title) || plans.length > 0));
  if (!targets) return { scope: BLANK, cues: "none" };
  if (plans.length === 0) return { scope: yearScope(years.plan, "target"), cues: "none" };
  // A part heading that names both (十四五发展成就和十五五主要目标任务) starts with the first it names.
  return { scope: fiveYearScope(plans[0]!, years), cues: "all" };
}

type Cue = { re: RegExp; scope: (m: RegExpExecArray, y: Years) => Scope | null };

/** Words that say what the paragraph reviews: 五年来, 过去五年 / 一年来, 这一年. */
const STRONG_CUES: readonly Cue[] = [
  { re: /过去五年|五年来|这五年/, scope: (_, y) => (y.review === null ? null : { period: spanText(y.review - 4, y.review), status: "actual" }) },
  { re: /过去一年|一年来|这一年|刚刚过去的一年/, scope: (_, y) => yearScope(y.review, "actual") },
];

/** Words that name a period the paragraph may be about: “十四五”, 2025年. */
const MENTION_CUES: readonly Cue[] = [
  { re: /十([一二三四五六七八九])五|第十([一二三四五六七八九])个五年规划/, scope: (m, y) => fiveYearScope(10 + parseChineseNumeral((m[1] ?? m[2])!)!, y) },
  {
    re: /(\d{4})年/,
    scope: (m, y) => (Number(m[1]) === y.review ? yearScope(y.review, "actual") : Number(m[1]) === y.plan ? yearScope(y.plan, "target") : null),
  },
];

function earliest(head: string, cues: readonly Cue[], years: Years): Scope | null {
  let best: { at: number; scope: Scope } | null = null;
  for (const cue of cues) {
    const m = cue.re.exec(head);
    if (!m || (best && best.at <= m.index)) continue;
    const scope = cue.scope(m, years);
    if (scope) best = { at: m.index, scope };
  }
  return best?.scope ?? null;
}

/**
 * The scope a paragraph opens with (its first 40 characters), or null when it does not say. An explicit
 * 五年来 / 一年来 wins over a mere mention (2025年目标任务顺利完成，标志着“十四五”圆满收官。五年来，… is a five-year review).
 */
export function paragraphCue(text: string, years: Years, level: PartScope["cues"] = "all"): Scope | null {
  if (level === "none") return null;
  const head = text.slice(0, 40);
  return earliest(head, STRONG_CUES, years) ?? (level === "all" ? earliest(head, MENTION_CUES, years) : null);
}

/** 从2020年的…, 由2020年底的…, 2020年的…, 到2025年的…: a figure the text dates itself. */
const BASELINE = /(?:(?:从|由)(\d{4})年(?:底|末)?的?|(\d{4})年(?:底|末)?的)$/;

/** The figure's own scope: a baseline year when the text names one right before it, else the scope it stands in. */
export function figureScope(text: string, offset: number, scope: Scope, years: Years): Scope {
  const m = BASELINE.exec(text.slice(Math.max(0, offset - 10), offset));
  if (!m) return scope;
  const year = Number(m[1] ?? m[2]);
  if (years.review === null || year > years.review || String(year) === scope.period) return scope;
  return { period: String(year), status: "actual" };
}
