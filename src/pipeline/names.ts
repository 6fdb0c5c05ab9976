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
/** Where a list item can start: the start of the text, or after a sentence or clause end. */
const LIST_START = /(?:^|[。；：！？\s])$/;
/** Ordinal labels: 第21届, 第3批, 第2期, 第5轮, 第4代, 第2版 (a name, not a count or rank). */
const ORDINAL_LABEL = /^(?:届|批|期|轮|代|版|次|号|季)/;

type Rule = (c: TokenContext) => string | null;

const before = (c: TokenContext, n: number): string => c.text.slice(Math.max(0, c.start - n), c.start);
const after = (c: TokenContext, n: number): string => c.text.slice(c.end, c.end + n);

export const NAME_RULES: readonly { name: string; rule: Rule }[] = [
  {
    name: "list enumerator (1.xxx, 2、xxx, （3）xxx)",
    rule: (c) =>
      (LIST_START.test(before(c, 1)) && /^[.、．)）](?!\d)/.test(c.text.slice(c.start + c.first.length, c.start + c.first.length + 2))) ||
      (/[（(]$/.test(before(c, 1)) && /^[）)]/.test(c.text.slice(c.start + c.first.length, c.start + c.first.length + 1)))
        ? "enumerator"
        : null,
  },
  { name: "appendix or table number (附件1, 附表2)", rule: (c) => (/(附件|附表|附录|图|表)$/.test(before(c, 2)) ? "appendix number" : null) },
  {
    name: "ordinal label (第21届, 第3批)",
    rule: (c) => (/第$/.test(before(c, 1)) && !c.isRange && ORDINAL_LABEL.test(c.text.slice(c.end, c.end + 1)) ? "ordinal label" : null),
  },
  {
    name: "machine or line label (1、2号机组, 3号线)",
    rule: (c) => (c.unit === "" && /^(?:[、，和及至-]\d+)*号/.test(c.text.slice(c.end, c.end + 12)) ? "number label" : null),
  },
  { name: "version (首发经济3.0, 2.0方案)", rule: (c) => (c.unit === "" && /^\d+\.0$/.test(c.first) && !c.isRange ? "version" : null) },
  { name: "decade (上世纪70年代)", rule: (c) => (c.unit === "年" && /^代/.test(c.text.slice(c.unitEnd, c.unitEnd + 1)) ? "decade" : null) },
  {
    name: "named road, network or platform (331边防路, 365展贸网)",
    rule: (c) => (c.unit === "" && /^[\u4e00-\u9fff]{0,2}(?:边防路|公路|网|平台)/.test(c.text.slice(c.unitEnd, c.unitEnd + 5)) ? "name" : null),
  },
  { name: "number after a road name (最美边疆路331)", rule: (c) => (c.unit === "" && /路$/.test(before(c, 1)) ? "road number" : null) },
  { name: "number inside a quoted name (“双一流196”工程, “N个1”)", rule: (c) => (c.unit === "" && /“[^”]{1,8}$/.test(before(c, 10)) && /^”/.test(c.text.charAt(c.unitEnd)) ? "quoted name" : null) },
  { name: "hotline number (12356心理援助热线)", rule: (c) => (c.unit === "" && /^[\u4e00-\u9fff]{0,4}热线/.test(after(c, 6)) ? "hotline" : null) },
  {
    name: "slogan (“从0到1、从1到2、从2到N”)",
    rule: (c) => (c.unit === "" && ((/从$/.test(before(c, 1)) && /^到/.test(after(c, 1))) || (/从\d+到$/.test(before(c, 5)))) ? "slogan" : null),
  },
  { name: "date with · (“6·16”特大暴雨)", rule: (c) => (/^[·•‧・]\d/.test(after(c, 2)) ? "date" : null) },
  { name: "letter before (PM2.5, PM_2.5, NO.7, G20)", rule: (c) => (/[A-Za-z][._]?$/.test(before(c, 2)) ? "letter-prefixed code" : null) },
  { name: "letter after without a unit (5G, 4A级)", rule: (c) => (c.unit === "" && /^[A-Za-z]/.test(after(c, 1)) ? "letter-suffixed code" : null) },
  { name: "after · (阳泉记忆·1947)", rule: (c) => (/[·•‧・]$/.test(before(c, 1)) ? "name after ·" : null) },
  {
    // Only a bare number is a road number: 线路328条 and 电网线路9000公里 count lines and lengths.
    name: "road or line number (国道307, 207线)",
    rule: (c) => (c.unit === "" && (/(国道|省道|县道|高速|地铁|线路)$/.test(before(c, 2)) || /^线/.test(after(c, 1))) ? "road number" : null),
  },
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
