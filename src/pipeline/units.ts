/**
 * Units that may follow a number. Matching is longest-first, so 亿千瓦时 wins over 亿.
 * A unit is an optional magnitude prefix (万亿/亿/万) plus an optional base unit.
 * To add a unit: add it to BASE_UNITS (and to COUNT_UNITS if it counts things).
 */

/** Magnitude prefixes and their multipliers, as exact decimal exponents. */
export const MAGNITUDES: readonly { prefix: string; exponent: number }[] = [
  { prefix: "万亿", exponent: 12 },
  { prefix: "亿", exponent: 8 },
  { prefix: "万", exponent: 4 },
];

/** Units that count things (measure `count`), including durations such as 个月 and 周年. */
export const COUNT_UNITS = new Set([
  "个", "家", "项", "所", "座", "处", "条", "件", "部", "次", "场", "场次", "名", "户", "人", "人次", "台", "套", "辆",
  "批", "类", "间", "张", "床", "册", "种", "只", "头", "棵", "株", "栋", "幢", "支", "队", "届", "期", "轮", "篇",
  "款", "门", "所", "园", "村", "镇", "县", "区", "校", "年", "个月", "天", "周年", "周", "小时", "分钟", "岁", "位",
  "对", "组", "宗", "笔", "起", "例", "枚", "块", "片", "单", "架",
]);

/** Base units that are not counts: amounts, capacities, lengths, areas, ratios. */
const AMOUNT_UNITS = [
  "%", "‰", "个百分点", "百分点", "倍", "元", "美元", "元/吨", "吨", "吨标准煤", "吨标煤", "千瓦", "千瓦时", "兆瓦", "千伏",
  "GWh", "MWh", "kWh", "GW", "MW", "kW", "kV", "km", "公里", "千米", "米", "平方公里", "平方米", "立方米", "亩", "公顷",
  "斤", "公斤", "英寸", "千克", "克", "微克/立方米", "毫克/立方米", "标准箱", "TEU", "Gbps", "Mbps", "PB", "EFLOPS", "PFLOPS",
];

/** Every base unit, longest first (so 千瓦时 beats 千瓦 and 个百分点 beats 个). */
export const BASE_UNITS: readonly string[] = [...new Set([...AMOUNT_UNITS, ...COUNT_UNITS])].sort((a, b) => b.length - a.length);

export interface UnitMatch {
  /** Unit as written, e.g. 万千瓦; "" when none. */
  unit: string;
  /** Unit without its magnitude prefix, e.g. 千瓦; "" for a bare 万/亿. */
  base_unit: string;
  /** Decimal exponent of the multiplier (万 → 4). */
  exponent: number;
  /** Qualifier written between magnitude and base unit (1.2万余人 → 余), "" when none. */
  inner_qualifier: string;
  length: number;
}

/** Match a base unit at `pos`; letters-only units must not run into more letters (5G is not 5 + G…). */
export function matchBaseUnit(text: string, pos: number): string {
  for (const u of BASE_UNITS) {
    if (!text.startsWith(u, pos)) continue;
    if (/^[A-Za-z]+$/.test(u) && /[A-Za-z]/.test(text.charAt(pos + u.length))) continue;
    return u;
  }
  return "";
}

/** Parse `[万亿|亿|万][余|多][base unit]` at `pos`. */
export function matchUnit(text: string, pos: number): UnitMatch {
  let at = pos;
  let exponent = 0;
  let prefix = "";
  for (const m of MAGNITUDES) {
    if (text.startsWith(m.prefix, at)) {
      prefix = m.prefix;
      exponent = m.exponent;
      at += m.prefix.length;
      break;
    }
  }
  let inner = "";
  if (prefix && /^[余多]/.test(text.slice(at, at + 1))) {
    inner = text.charAt(at);
    at += 1;
  }
  const base = matchBaseUnit(text, at);
  if (!base && inner) {
    // 1万多 with nothing after: keep 多 as a qualifier anyway.
    return { unit: prefix, base_unit: "", exponent, inner_qualifier: inner, length: at - pos };
  }
  at += base.length;
  return { unit: prefix + base, base_unit: base, exponent, inner_qualifier: inner, length: at - pos };
}

export function isCountUnit(baseUnit: string): boolean {
  return baseUnit === "" || COUNT_UNITS.has(baseUnit);
}
