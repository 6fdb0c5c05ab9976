/**
 * Digit tokens that are names, codes, years or dates rather than quantities.
 * Each rule returns a reason (used in tests and debugging) or null.
 *
 * Why: a figure must be a quantity a reader can compare. PM2.5, 5G, 4A级, NO.7, 国道307,
 * 阳泉记忆·1947, “14510”, “1+X”, 12345 热线, 2023年, 3月5日 and 1—11月 are labels or dates;
 * charting them would invent numbers the report never states.
 */

export interface TokenContext {
  text: string;
  /** Offset of the first digit of the token (range start included). */
  start: number;
  /** Offset just after the last digit of the whole token (range end and product included). */
  end: number;
  /** First number as written. */
  first: string;
  /** Unit found after the token ("" if none). */
  unit: string;
  /** Offset just after the unit. */
  unitEnd: number;
  isRange: boolean;
}

const YEAR = /^(19|20)\d\d$/;

type Rule = (c: TokenContext) => string | null;

const before = (c: TokenContext, n: number): string => c.text.slice(Math.max(0, c.start - n), c.start);
const after = (c: TokenContext, n: number): string => c.text.slice(c.end, c.end + n);

export const NAME_RULES: readonly { name: string; rule: Rule }[] = [
  { name: "letter before (PM2.5, NO.7, G20)", rule: (c) => (/[A-Za-z]\.?$/.test(before(c, 2)) ? "letter-prefixed code" : null) },
  { name: "letter after without a unit (5G, 4A级)", rule: (c) => (c.unit === "" && /^[A-Za-z]/.test(after(c, 1)) ? "letter-suffixed code" : null) },
  { name: "after · (阳泉记忆·1947)", rule: (c) => (/[·•‧・]$/.test(before(c, 1)) ? "name after ·" : null) },
  { name: "road or line number (国道307, 207线)", rule: (c) => (/(国道|省道|县道|高速|地铁|线路)$/.test(before(c, 2)) || /^线/.test(after(c, 1)) ? "road number" : null) },
  { name: "formula name (1+X, 4+N)", rule: (c) => (/^\+/.test(after(c, 1)) || /\+$/.test(before(c, 1)) ? "formula name" : null) },
  { name: "quoted code (“14510”)", rule: (c) => (/[“"「]$/.test(before(c, 1)) && /^[”"」]/.test(c.text.charAt(c.unitEnd)) && c.unit === "" ? "quoted code" : null) },
  { name: "version (3.0版)", rule: (c) => (/^版/.test(c.text.slice(c.unitEnd, c.unitEnd + 1)) ? "version" : null) },
  { name: "list name (500强)", rule: (c) => (c.unit === "" && /^强/.test(c.text.slice(c.unitEnd, c.unitEnd + 1)) ? "list name" : null) },
  { name: "hotline number (12345热线)", rule: (c) => (/^(热线|服务热线|平台|专线)/.test(after(c, 4)) ? "hotline" : null) },
  { name: "year (2023年, 2024—2025年)", rule: (c) => (YEAR.test(c.first) && (c.unit === "" || c.unit === "年" || /^年/.test(after(c, 1))) ? "year" : null) },
  { name: "date or month span (3月5日, 1—11月, 一季度)", rule: (c) => (/^(月|日|号|季度)/.test(c.text.slice(c.unitEnd, c.unitEnd + 2)) && c.unit === "" ? "date" : null) },
];

/** Reason the token is not a quantity, or null when it is one. */
export function nameLikeReason(c: TokenContext): string | null {
  for (const { rule } of NAME_RULES) {
    const r = rule(c);
    if (r) return r;
  }
  return null;
}
