/**
 * A figure as the report states it (a figures.csv row: value, value_max, unit, qualifier), in
 * English conventions: 6762万吨 → "67.62 million tonnes", 254万千瓦 → "2.54 GW",
 * 5%左右 → "around 5%", 3-5家 → "3–5 firms".
 *
 * Rules (pure; decimal string arithmetic, never floats):
 * - Precision is kept. Every digit written in the report is kept, and no digit is added, except
 *   that zeros at the end of a whole number written without a decimal point are not significant
 *   (as "2,000,000" in English): 200万 → "2 million", 6762万 → "67.62 million", 1.8万 → "18,000",
 *   0.5万 → "5,000". Zeros written after a decimal point are kept: 1.50亿 → "150 million",
 *   150.0万 → "1.500 million".
 * - Scale: an amount of 1,000,000 or more (in its English unit) is written in million, billion or
 *   trillion; a smaller one in full with thousands separators (14329元 → "14,329 yuan").
 * - Electricity: 千瓦 (kW) capacity is written in GW from 1 GW, else in MW from 1 MW, else kW
 *   (254万千瓦 → "2.54 GW"). 千瓦时 (kWh) energy stays in kWh with the usual scale words
 *   (276.9亿千瓦时 → "27.69 billion kWh"), as China's statistics are usually cited in English;
 *   GWh written as GWh stays GWh.
 * - 亩 and 斤 stay mu and jin (a conversion to hectares or tonnes would change the stated
 *   precision); the glossary explains them.
 * - 倍: an increase in 倍 (增长4倍, figures.csv direction "up") is, in Chinese statistical usage,
 *   an increase of 400%: the new value is five times the old. English "grew by 4 times" is read
 *   both ways, so an increase is written as a percentage, computed exactly (4 → "400%", 2.1 →
 *   "210%"), with the new level as a multiple in `gloss` ("5 times the earlier level"). A ratio
 *   (是…的4倍, 增长到4倍: no direction, or the verb sets a level) is "4 times". A decrease in 倍
 *   (下降N倍) has no agreed reading and throws.
 * - Counters whose English noun depends on context (个, 项, 户, 座 …) need the caller's noun;
 *   without one the conversion throws a NounRequiredError naming the unit. Counters with one usual
 *   meaning (家 firms, 人 people, 年 years) have a default the caller may override.
 * - An unknown unit or qualifier throws an error naming it: nothing is guessed.
 */

/** An English noun with its singular and plural. */
export interface Noun {
  one: string;
  other: string;
}

/** The fields of a figures.csv (or indicator-values.csv) row this module reads. */
export interface FigureFields {
  /** The number as written: plain decimal, no grouping ("6762", "3.2", "0.5"). */
  value: string;
  /** Upper bound of a range ("3-5家" → "5"); blank otherwise. */
  value_max?: string;
  /** Unit as written, magnitude prefix included ("万吨", "%", "个百分点"); blank for a bare count. */
  unit: string;
  /** Qualifiers in text order joined by "|" ("力争|达到|左右"); blank for none. */
  qualifier?: string;
  /**
   * figures.csv `direction`: "up" (增长, 提高 …), "down" (下降 …) or blank. Read only for 倍, where
   * it says whether N倍 is an increase (增长4倍, +400%) or a ratio (是…的4倍, 4 times).
   */
  direction?: string;
  /** The figure as quoted ("增长4倍"). Read only for 倍: a verb with 到/至/为 (增长到4倍) sets a level, a ratio. */
  quote?: string;
}

export interface EnOptions {
  /** The English noun for a counter (个 mines, 户 households); overrides a counter's default. */
  noun?: Noun;
}

/** A figure in English, in parts, so a page can style or place each of them. */
export interface EnFigure {
  /** Qualifier words written before the number, in order ("aiming for", "around"). */
  before: string[];
  /** The number, grouped ("18,000", "67.62", "2.54"). */
  number: string;
  /** The range's upper bound in the same scale, or "" when the figure is not a range. */
  numberMax: string;
  /** Scale word: "", "million", "billion" or "trillion". */
  scale: "" | "million" | "billion" | "trillion";
  /** The English unit, already singular or plural ("tonnes", "%", "GW", "firms"); "" for none. */
  unit: string;
  /** True when the unit is written without a space after the number (%). */
  unitTight: boolean;
  /** Qualifier words written after the unit ("or more"). */
  after: string[];
  /** Verbs among the qualifiers that the number phrase leaves to the sentence (达到 "reach"). */
  verbs: string[];
  /** For an increase in 倍, the new level as a multiple ("5 times the earlier level"); else "". */
  gloss: string;
}

export class UnknownUnitError extends Error {
  constructor(readonly unit: string) {
    super(`en-number: no English rule for the unit "${unit}" — add one to BASE_UNITS in src/lib/en-number.ts`);
    this.name = "UnknownUnitError";
  }
}

export class NounRequiredError extends Error {
  constructor(readonly unit: string) {
    super(`en-number: the counter "${unit}" has no fixed English noun — pass { noun: { one, other } } (e.g. mine/mines)`);
    this.name = "NounRequiredError";
  }
}

export class BadFigureError extends Error {
  constructor(message: string) {
    super(`en-number: ${message}`);
    this.name = "BadFigureError";
  }
}

// ---------------------------------------------------------------------------------------------
// Decimal arithmetic on strings.

/** A decimal as significant digits × 10^exp ("6762" → 6762e0; "200" → 2e2; "0.50" → 50e-2). */
interface Dec {
  digits: string;
  exp: number;
}

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/** Parse a written value; trailing zeros of a whole number are not significant, those after a point are. */
export function parseDecimal(written: string): Dec {
  const m = DECIMAL.exec(written);
  if (!m) throw new BadFigureError(`"${written}" is not a plain decimal number (expected digits with an optional decimal point)`);
  const int = m[1];
  const frac = m[2] ?? "";
  let digits = (int + frac).replace(/^0+(?=\d)/, "");
  let exp = frac.length === 0 ? 0 : -frac.length;
  if (frac === "") {
    const stripped = digits.replace(/0+$/, "");
    if (stripped !== "") {
      exp += digits.length - stripped.length;
      digits = stripped;
    }
  }
  return { digits, exp };
}

/** Digits × 10^exp as a plain decimal string ("6762", -2 → "67.62"; "18", 3 → "18000"). */
function plain(d: Dec): string {
  if (/^0+$/.test(d.digits)) return d.exp < 0 ? "0." + "0".repeat(-d.exp) : "0";
  if (d.exp >= 0) return d.digits + "0".repeat(d.exp);
  const places = -d.exp;
  const padded = d.digits.padStart(places + 1, "0");
  return padded.slice(0, padded.length - places) + "." + padded.slice(padded.length - places);
}

/** Group the whole part in threes with commas ("18000" → "18,000"; "14329.5" → "14,329.5"). */
export function groupThousands(s: string): string {
  const [int = "", frac] = s.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** Power of ten of the leading digit (6762e4 → 7; 5e-1 → -1); zero counts as 0. */
function magnitude(d: Dec): number {
  if (/^0+$/.test(d.digits)) return 0;
  return d.digits.replace(/^0+/, "").length - 1 + d.exp;
}

// ---------------------------------------------------------------------------------------------
// Units.

/** Magnitude prefixes written before a base unit, as decimal exponents. Longest first. */
const PREFIXES: readonly (readonly [string, number])[] = [
  ["万亿", 12],
  ["亿", 8],
  ["万", 4],
];

type Rule =
  /** An amount: English unit, scaled with million/billion when large. `tight`: no space (%). */
  | { kind: "amount"; one: string; other: string; tight?: boolean; scalable: boolean }
  /** kW capacity, written in kW, MW or GW. */
  | { kind: "power" }
  /** A counter; `noun` is its default English noun, absent when context decides. */
  | { kind: "counter"; noun?: Noun }
  /** 周年: an ordinal anniversary (75周年 → "75th anniversary"). */
  | { kind: "anniversary" }
  /** 倍: a ratio ("4 times") or an increase (增长4倍 → "400%"); see `multipleOf`. */
  | { kind: "times" };

const counter = (one?: string, other?: string): Rule =>
  one && other ? { kind: "counter", noun: { one, other } } : { kind: "counter" };

/** Every base unit with its English rule. The key "" is a bare number (a count with no counter). */
export const BASE_UNITS: Readonly<Record<string, Rule>> = {
  "": counter(),
  "%": { kind: "amount", one: "%", other: "%", tight: true, scalable: false },
  "个百分点": { kind: "amount", one: "percentage point", other: "percentage points", scalable: false },
  "百分点": { kind: "amount", one: "percentage point", other: "percentage points", scalable: false },
  "倍": { kind: "times" },
  "元": { kind: "amount", one: "yuan", other: "yuan", scalable: true },
  "吨": { kind: "amount", one: "tonne", other: "tonnes", scalable: true },
  "千瓦": { kind: "power" },
  "千瓦时": { kind: "amount", one: "kWh", other: "kWh", scalable: true },
  "GWh": { kind: "amount", one: "GWh", other: "GWh", scalable: false },
  "千伏": { kind: "amount", one: "kV", other: "kV", scalable: false },
  "公里": { kind: "amount", one: "km", other: "km", scalable: true },
  "亩": { kind: "amount", one: "mu", other: "mu", scalable: true },
  "斤": { kind: "amount", one: "jin", other: "jin", scalable: true },
  "微克/立方米": { kind: "amount", one: "µg/m³", other: "µg/m³", scalable: false },
  "人": counter("person", "people"),
  "家": counter("firm", "firms"),
  "年": counter("year", "years"),
  "个月": counter("month", "months"),
  // Characters of the report's text (a paragraph's length), not a figure of the report.
  "字": counter("character", "characters"),
  "周年": { kind: "anniversary" },
  // Context decides the noun: 个 projects/parks/villages, 户 households/firms, 项 projects/tasks,
  // 件 cases/proposals, 条 measures, 座 mines, 处 working faces, 所 schools, 位 places (rank),
  // 次 events, 场 performances, 部 regulations, 台 servers.
  "个": counter(),
  "户": counter(),
  "项": counter(),
  "件": counter(),
  "条": counter(),
  "座": counter(),
  "处": counter(),
  "所": counter(),
  "位": counter(),
  "次": counter(),
  "场": counter(),
  "部": counter(),
  "台": counter(),
};

/** Split a written unit into magnitude exponent and base unit; throws for a unit with no rule. */
export function splitUnit(unit: string): { exponent: number; base: string; rule: Rule } {
  if (Object.hasOwn(BASE_UNITS, unit)) return { exponent: 0, base: unit, rule: BASE_UNITS[unit]! };
  for (const [prefix, exponent] of PREFIXES) {
    if (!unit.startsWith(prefix)) continue;
    const base = unit.slice(prefix.length);
    if (!Object.hasOwn(BASE_UNITS, base)) break;
    const rule = BASE_UNITS[base]!;
    const scalable = rule.kind === "power" || rule.kind === "counter" || (rule.kind === "amount" && rule.scalable);
    if (!scalable) break;
    return { exponent, base, rule };
  }
  throw new UnknownUnitError(unit);
}

/** Whether `unit` has an English rule (without a caller noun, counters may still need one). */
export function isSupportedUnit(unit: string): boolean {
  try {
    splitUnit(unit);
    return true;
  } catch (e) {
    if (e instanceof UnknownUnitError) return false;
    throw e;
  }
}

/** Whether `unit` is a counter with no default English noun. */
export function needsNoun(unit: string): boolean {
  const { rule } = splitUnit(unit);
  return rule.kind === "counter" && rule.noun === undefined;
}

// ---------------------------------------------------------------------------------------------
// Qualifiers.

type QualifierRule = { place: "before" | "after"; en: string } | { place: "verb"; en: string };

/** Every qualifier the extraction writes (src/pipeline/qualifiers.ts), in English. */
export const QUALIFIERS: Readonly<Record<string, QualifierRule>> = {
  "左右": { place: "before", en: "around" },
  "上下": { place: "before", en: "around" },
  "约": { place: "before", en: "about" },
  "以上": { place: "after", en: "or more" },
  "以下": { place: "after", en: "or less" },
  "以内": { place: "before", en: "at most" },
  "之内": { place: "before", en: "at most" },
  "超过": { place: "before", en: "more than" },
  "超": { place: "before", en: "more than" },
  "逾": { place: "before", en: "more than" },
  "突破": { place: "before", en: "more than" },
  "余": { place: "before", en: "more than" },
  "多": { place: "before", en: "more than" },
  "近": { place: "before", en: "nearly" },
  "不低于": { place: "before", en: "at least" },
  "不少于": { place: "before", en: "at least" },
  "不超过": { place: "before", en: "at most" },
  "力争": { place: "before", en: "aiming for" },
  // Verbs: they say the level is reached, not how exact it is; the sentence carries them.
  "达到": { place: "verb", en: "reach" },
  "达": { place: "verb", en: "reach" },
  "高达": { place: "verb", en: "reach" },
};

// ---------------------------------------------------------------------------------------------
// Conversion.

const SCALES: readonly (readonly [number, EnFigure["scale"]])[] = [
  [12, "trillion"],
  [9, "billion"],
  [6, "million"],
];

function scaleFor(d: Dec): readonly [number, EnFigure["scale"]] {
  const m = magnitude(d);
  return SCALES.find(([e]) => m >= e) ?? [0, ""];
}

const shift = (d: Dec, by: number): Dec => ({ digits: d.digits, exp: d.exp + by });

function ordinal(n: string): string {
  const tens = Number(n.slice(-2));
  const last = Number(n.slice(-1));
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return n + (last === 1 ? "st" : last === 2 ? "nd" : last === 3 ? "rd" : "th");
}

/** Whether a figure in 倍 is an increase (增长4倍: new = 5 × old) or a ratio (是…的4倍, 增长到4倍: new = 4 × old). */
export function multipleOf(fig: FigureFields): "increase" | "ratio" {
  const direction = fig.direction ?? "";
  if (direction === "down") {
    throw new BadFigureError(
      `"${fig.quote || `${fig.value}${fig.unit}`}": a decrease in 倍 has no agreed reading in English; show the figure another way`,
    );
  }
  if (direction !== "up" && direction !== "") throw new BadFigureError(`direction "${direction}" — expected "up", "down" or blank`);
  if (direction === "") return "ratio";
  return /[到至为][\d.]/.test(fig.quote ?? "") ? "ratio" : "increase";
}

/** The sum of two decimals, exact ("4" + "1" → "5", "2.1" + "1" → "3.1"). */
function addDecimal(a: Dec, b: Dec): Dec {
  const exp = Math.min(a.exp, b.exp);
  const whole = (d: Dec) => BigInt(d.digits + "0".repeat(d.exp - exp));
  return { digits: String(whole(a) + whole(b)), exp };
}

/** Convert a figure to English; throws UnknownUnitError, NounRequiredError or BadFigureError. */
export function toEnglish(fig: FigureFields, options: EnOptions = {}): EnFigure {
  const { exponent, base, rule } = splitUnit(fig.unit);
  let lo = shift(parseDecimal(fig.value), exponent);
  const hasMax = (fig.value_max ?? "") !== "";
  let hi = hasMax ? shift(parseDecimal(fig.value_max!), exponent) : undefined;

  const before: string[] = [];
  const after: string[] = [];
  const verbs: string[] = [];
  for (const q of (fig.qualifier ?? "").split("|").filter((x) => x !== "")) {
    if (!Object.hasOwn(QUALIFIERS, q)) throw new BadFigureError(`no English rule for the qualifier "${q}"`);
    const r = QUALIFIERS[q]!;
    if (r.place === "verb") verbs.push(q);
    else if (r.place === "before") {
      if (!before.includes(r.en)) before.push(r.en);
    } else if (!after.includes(r.en)) after.push(r.en);
  }

  // The unit's English and the scale the numbers are written in.
  let unitOne: string;
  let unitOther: string;
  let tight = false;
  let scaleExp = 0;
  let scale: EnFigure["scale"] = "";
  let gloss = "";
  let lead = lo;
  let trail = hi;
  const largest = hi ?? lo;
  if (rule.kind === "power") {
    const m = magnitude(largest);
    const [e, u] = m >= 6 ? [6, "GW"] : m >= 3 ? [3, "MW"] : [0, "kW"];
    lead = shift(lo, -e);
    trail = hi && shift(hi, -e);
    unitOne = unitOther = u;
  } else {
    if (rule.kind === "amount") {
      unitOne = rule.one;
      unitOther = rule.other;
      tight = rule.tight ?? false;
    } else if (rule.kind === "counter") {
      const noun = options.noun ?? rule.noun;
      if (!noun) throw new NounRequiredError(fig.unit);
      unitOne = noun.one;
      unitOther = noun.other;
    } else if (rule.kind === "anniversary") {
      if (hasMax || exponent !== 0) throw new BadFigureError(`"${fig.value}${fig.unit}" is not a single anniversary`);
      return {
        before, number: ordinal(plain(lo)), numberMax: "", scale: "", unit: "anniversary", unitTight: false,
        after, verbs, gloss: "",
      };
    } else if (multipleOf(fig) === "increase") {
      // 增长N倍: +N × 100%, reaching N + 1 times the old level (exact decimal arithmetic).
      unitOne = unitOther = "%";
      tight = true;
      const level = (d: Dec) => groupThousands(plain(addDecimal(d, { digits: "1", exp: 0 })));
      gloss = `${level(lo)}${hi ? `–${level(hi)}` : ""} times the earlier level`;
      lo = shift(lo, 2);
      hi = hi && shift(hi, 2);
    } else {
      unitOne = unitOther = "times";
    }
    const scalable = rule.kind === "counter" || (rule.kind === "amount" && rule.scalable);
    if (scalable) [scaleExp, scale] = scaleFor(largest);
    lead = shift(lo, -scaleExp);
    trail = hi && shift(hi, -scaleExp);
  }

  const number = groupThousands(plain(lead));
  const numberMax = trail ? groupThousands(plain(trail)) : "";
  const singular = !trail && scale === "" && number === "1";
  return {
    before, number, numberMax, scale, unit: singular ? unitOne : unitOther, unitTight: tight, after, verbs, gloss,
  };
}

/** The figure as one English phrase: "aiming for around 5%", "67.62 million tonnes", "3–5 firms". */
export function formatEnglish(f: EnFigure): string {
  const range = f.numberMax ? `${f.number}–${f.numberMax}` : f.number;
  const amount = f.scale ? `${range} ${f.scale}` : range;
  const withUnit = f.unit === "" ? amount : f.unitTight ? amount + f.unit : `${amount} ${f.unit}`;
  return [...f.before, withUnit, ...f.after].join(" ");
}

/**
 * The fields of a loaded row (numbers already parsed) as en-number reads them, with the direction
 * and quote that tell an increase in 倍 from a ratio. A number parsed from
 * the CSV has lost zeros written after its decimal point ("1.50" → 1.5); src/lang/nouns.test.ts
 * checks that no figure of a report an English page shows was written so.
 */
export function writtenFields(row: {
  value: number | string;
  value_max?: number | string | null;
  unit: string;
  qualifier?: string | null;
  direction?: string | null;
  quote?: string | null;
}): FigureFields {
  const text = (n: number | string | null | undefined) => (n === null || n === undefined ? "" : typeof n === "number" ? String(n) : n);
  return {
    value: text(row.value), value_max: text(row.value_max), unit: row.unit, qualifier: row.qualifier ?? "",
    direction: row.direction ?? "", quote: row.quote ?? "",
  };
}

/** toEnglish then formatEnglish. */
export function figureToEnglish(fig: FigureFields, options: EnOptions = {}): string {
  return formatEnglish(toEnglish(fig, options));
}
