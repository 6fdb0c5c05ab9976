/**
 * Units that may follow a number. Matching is longest-first, so 亿千瓦时 wins over 亿.
 * A unit is an optional magnitude prefix (万亿/亿/万) plus an optional base unit.
 * To add a unit: add it to BASE_UNITS (and to COUNT_UNITS if it counts things).
 */

/** Magnitude prefixes and their multipliers, as exact decimal exponents. */
export const MAGNITUDES: readonly { prefix: string; exponent: number }[] = [
  { prefix: "万亿", exponent: 12 },
  { prefix: "千亿", exponent: 11 },
  { prefix: "千万", exponent: 7 },
  { prefix: "亿", exponent: 8 },
  { prefix: "万", exponent: 4 },
];

/** Units that count things (measure `count`), including durations such as 个月 and 周年. */
export const COUNT_UNITS = new Set([
  "个", "家", "项", "所", "座", "处", "条", "件", "部", "次", "场", "场次", "名", "户", "人", "人次", "台", "套", "辆",
  "批", "类", "间", "张", "床", "册", "种", "只", "头", "棵", "株", "栋", "幢", "支", "队", "届", "期", "轮", "篇",
  "款", "门", "所", "园", "村", "镇", "县", "区", "校", "年", "个月", "天", "周年", "周", "小时", "分钟", "岁", "位",
  "对", "组", "宗", "笔", "起", "例", "枚", "块", "片", "单", "架",
  // Rate counts: events or trips counted per occurrence (4万批次, 30万辆次, 1200架次).
  "批次", "辆次", "架次", "艘次", "车次", "班次", "列次", "户次", "件次",
  "列", "艘", "颗", "趟", "金", "银", "铜", "大类", "市",
]);

/** Base units that are not counts: amounts, capacities, lengths, areas, ratios. */
const AMOUNT_UNITS = [
  "%", "‰", "个百分点", "百分点", "倍", "元", "美元", "元/吨", "吨", "吨标准煤", "吨标煤", "千瓦", "千瓦时", "兆瓦", "千伏",
  "GWh", "MWh", "kWh", "GW", "MW", "kW", "kV", "km", "公里", "千米", "米", "平方公里", "平方米", "立方米", "亩", "公顷",
  "斤", "公斤", "英寸", "千克", "克", "微克/立方米", "毫克/立方米", "标准箱", "TEU", "Gbps", "Mbps", "PB", "EFLOPS", "PFLOPS",
  "标箱", "吉瓦", "吉瓦时", "兆瓦时", "太瓦时", "TWh", "千公顷", "平方千米", "微米", "纳米", "级", "成", "分",
  "度", "方", "P", "微克", "毫克",
];

/**
 * Units that are also the first character of common words: accepted only when what follows fits.
 * 8金4银4铜 (medals) but not 5金融机构; 8成以上 but not 3成立; 3列 but not 列入.
 */
const UNIT_GUARDS: Record<string, RegExp> = {
  金: /^(?:\d|[、，。；）的]|牌|$)/,
  银: /^(?:\d|[、，。；）的]|牌|$)/,
  铜: /^(?:\d|[、，。；）的]|牌|$)/,
  成: /^(?!立|为|功|果|长|本|熟|都|交|效|绩|员|就|品|型|套|片|像|分|年|人|语|全|规|果)/,
  方: /^(?:[/／、，。；）]|以上|左右|$)/,
  度: /^(?:[、，。；）]|以上|左右|$)/,
  列: /^(?!入|为|车|出|举|支)/,
  分: /^(?:以上|以下|左右|[、，。；）/／]|$)/,
  级: /^(?:地震|以上|[、，。；）]|$)/,
  市: /^(?!场|民|值|级|域|州|县|区)/,
};

/** A rate written after a unit: 元/月, 万吨/日, 元/人·年, 立方米/秒 (also with a full-width ／). */
const PER = /^[/／](?:人·年|人·月|人|户|月|日|天|年|小时|秒|吨|亩|立方米|平方米|千瓦时|公斤|千克|次|标准煤)/;

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

/** Base units grouped by their first character (upper-cased), longest first within each group. */
const UNITS_BY_HEAD = new Map<string, { unit: string; letters: boolean }[]>();
for (const unit of BASE_UNITS) {
  const head = unit.charAt(0).toUpperCase();
  if (!UNITS_BY_HEAD.has(head)) UNITS_BY_HEAD.set(head, []);
  UNITS_BY_HEAD.get(head)!.push({ unit, letters: /^[A-Za-z]+$/.test(unit) });
}

/** Match a base unit at `pos`; letters-only units must not run into more letters (5G is not 5 + G…). */
export function matchBaseUnit(text: string, pos: number): string {
  const candidates = UNITS_BY_HEAD.get(text.charAt(pos).toUpperCase());
  if (!candidates) return "";
  for (const { unit: u, letters } of candidates) {
    // Letter units match in any case as written (15EFlops, 2GWh); the unit keeps the text's spelling.
    const written = text.slice(pos, pos + u.length);
    if (letters ? written.toUpperCase() !== u.toUpperCase() : written !== u) continue;
    if (letters && /[A-Za-z]/.test(text.charAt(pos + u.length))) continue;
    const guard = UNIT_GUARDS[u];
    if (guard && !guard.test(text.slice(pos + u.length, pos + u.length + 2))) continue;
    const per = PER.exec(text.slice(pos + u.length, pos + u.length + 5));
    return written + (per ? per[0] : "");
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
