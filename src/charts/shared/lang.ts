/**
 * The language a chart draws in: its words (src/content/ui/<lang>.yaml, under `chart.`) and its
 * number conventions (Chinese: 6762万吨, 5%左右; English through src/lib/en-number.ts: 67.62 million
 * tonnes, around 5%). A chart takes `options.lang`; without one it draws in Chinese, the site's
 * first language. Charts never hold words of their own: every label, note, alt-text pattern and
 * table header is a key here.
 */
import { QUALIFIERS, figureToEnglish, groupThousands, splitUnit, type Noun } from "../../lib/en-number";
import { wrapChars, wrapToWidth } from "../../lib/cjk-text";
import { chineseNumeral } from "../../lib/chinese-numerals";
import { nounsOf } from "../../lang/nouns";
import { uiStrings, uiText, type UiStrings } from "../../lang/ui";
import { formatNumber, formatRange, withQualifier } from "./format";
import { wrapWords } from "./wrap-words";
import { cjkWidth, latinWidth } from "./text-measure";

/** How a stated value is written: its qualifiers (`|`-joined, as in the CSV), range top, and the figure it came from. */
export interface ValueDetail {
  qualifier?: string | null;
  valueMax?: number | null;
  /** figures.csv id: English takes a counted figure's noun from src/content/nouns/<lang>.yaml. */
  figureId?: string | null;
  /** The counted thing's noun when no figure names it (a count the site makes, e.g. of figures). */
  noun?: Noun | null;
}

export interface ChartLang {
  /** BCP 47 tag of the chart's words. */
  lang: string;
  /** True for a Chinese chart (no spaces between words, 万/亿 numbers). */
  chinese: boolean;
  /** The chart text at `chart.<key>`, placeholders filled. */
  t(key: string, vars?: Readonly<Record<string, string | number>>): string;
  /** A value with its unit, range and qualifiers, as the language writes it. */
  value(value: number, unit: string, detail?: ValueDetail): string;
  /** A plain number (a computed share, an axis tick). */
  number(value: number, maxDecimals?: number): string;
  /** A unit as a column header or axis label names it: 万吨 → "10,000 tonnes" in English. */
  unitName(unit: string, figureId?: string | null): string;
  /**
   * The unit an axis shared by rows names: their common unit name, or `chart.common.mixed_unit`
   * when the rows' counts are in different nouns (3 firms and 3–5 consortia, both 家).
   */
  axisUnitName(unit: string, figureIds: readonly (string | null | undefined)[]): string;
  /** The noun a count is in, singular and plural (English: from the figure, else the counter's default). */
  noun(unit: string, figureId?: string | null): Noun;
  /** `|`-joined qualifiers as the language writes them (左右 → around). */
  qualifier(qualifier: string): string;
  /** A noun the chart texts name (`chart.nouns.<key>`, "singular / plural"), for counts the site makes. */
  namedNoun(key: string): Noun;
  /** A small count as words count it in prose: 九 / 9. */
  numeral(n: number): string;
  /** A month's name (1–12) from `chart.common.months`. */
  month(month: number): string;
  /** Items of a list: 甲、乙 / A, B. */
  list(items: readonly string[]): string;
  /**
   * A row label used inside a sentence ("81.1% of projects signed"). English lowers the capital that
   * starts a sentence-case label ("Projects signed", "Generated"); an acronym stays ("GDP growth").
   * Labels are sentence case, so a label that starts with a name ("Yangquan …") would lose its
   * capital: no label used this way does (level-bars wholes). Chinese as is.
   */
  inSentence(label: string): string;
  /** Clauses of a sentence: 甲；乙 / A; B. */
  clauses(items: readonly string[]): string;
  /** Lines for a label that may take `perLine` CJK characters' width (English breaks between words). */
  wrap(text: string, perLine: number): string[];
  /** Lines no wider than `maxWidth` px at `fontSize` (bold: value labels), measured as `width` measures. */
  wrapTo(text: string, maxWidth: number, fontSize?: number, bold?: boolean): string[];
  /**
   * Estimated drawn width (px) of `text` at `fontSize`, `bold` for value labels. Chinese: CJK one em,
   * others 0.6 em (src/lib/cjk-text.ts); English: the widest Latin font's advances (text-measure.ts).
   */
  width(text: string, fontSize?: number, bold?: boolean): number;
}

const cache = new Map<string, ChartLang>();

function namedNounOf(strings: UiStrings, key: string): Noun {
  const [one, other] = uiText(strings, `chart.nouns.${key}`).split("/").map((s) => s.trim());
  if (!one || !other) throw new Error(`chart.nouns.${key}: expected "singular / plural"`);
  return { one, other };
}

function monthOf(strings: UiStrings, month: number): string {
  const names = uiText(strings, "chart.common.months").split("|");
  const name = names[month - 1];
  if (names.length !== 12 || name === undefined) throw new Error(`chart.common.months: expected 12 names separated by "|", asked for month ${month}`);
  return name.trim();
}

/** Signs are written outside the unsigned decimal that en-number reads. */
function decimalString(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`chart value: expected a finite number, got ${value}`);
  const s = String(Math.abs(value));
  if (/e/i.test(s)) throw new Error(`chart value ${value} is outside the range a report writes`);
  return s;
}

function chineseLang(lang: string): ChartLang {
  const strings = uiStrings(lang);
  return {
    lang,
    chinese: true,
    t: (key, vars) => uiText(strings, `chart.${key}`, vars),
    value: (value, unit, detail = {}) => withQualifier(formatRange(value, detail.valueMax, unit), detail.qualifier),
    number: (value, maxDecimals) => formatNumber(value, maxDecimals),
    unitName: (unit) => unit,
    axisUnitName: (unit) => unit,
    noun: (unit) => ({ one: unit, other: unit }),
    qualifier: (q) => q,
    namedNoun: (key) => namedNounOf(strings, key),
    numeral: (n) => chineseNumeral(n),
    month: (m) => monthOf(strings, m),
    list: (items) => items.join("、"),
    inSentence: (label) => label,
    clauses: (items) => items.join("；"),
    wrap: (text, perLine) => wrapChars(text, perLine),
    wrapTo: (text, maxWidth, fontSize = 12) => wrapToWidth(text, maxWidth, fontSize),
    width: (text, fontSize = 12) => cjkWidth(text, fontSize),
  };
}

const SCALE_NAME: Readonly<Record<number, string>> = { 4: "10,000", 8: "100 million", 12: "trillion" };

function englishLang(lang: string): ChartLang {
  const strings = uiStrings(lang);
  const nouns = nounsOf(lang);
  const nounOf = (unit: string, figureId?: string | null): Noun | undefined => (figureId ? nouns.nouns.get(figureId) : undefined) ?? (() => {
    const { rule } = splitUnit(unit);
    return rule.kind === "counter" ? rule.noun : undefined;
  })();
  const self: ChartLang = {
    lang,
    chinese: false,
    t: (key, vars) => uiText(strings, `chart.${key}`, vars),
    value: (value, unit, detail = {}) => {
      const noun = detail.noun ?? nounOf(unit, detail.figureId);
      const max = detail.valueMax ?? null;
      const text = figureToEnglish(
        { value: decimalString(value), value_max: max === null ? "" : decimalString(max), unit, qualifier: detail.qualifier ?? "" },
        noun ? { noun } : {},
      );
      return value < 0 ? `−${text}` : text;
    },
    number: (value, maxDecimals) => {
      const s = formatNumber(value, maxDecimals);
      return s.startsWith("-") ? `−${groupThousands(s.slice(1))}` : groupThousands(s);
    },
    unitName: (unit, figureId) => {
      const { exponent, rule } = splitUnit(unit);
      const scale = exponent ? `${SCALE_NAME[exponent]} ` : "";
      if (rule.kind === "amount") return `${scale}${rule.other}`;
      if (rule.kind === "power") return `${scale}kW`;
      if (rule.kind === "times") return "times";
      if (rule.kind === "anniversary") return "anniversary";
      const noun = nounOf(unit, figureId);
      return `${scale}${noun?.other ?? "units"}`;
    },
    axisUnitName: (unit, figureIds) => {
      const names = new Set(figureIds.length ? figureIds.map((id) => self.unitName(unit, id)) : [self.unitName(unit)]);
      return names.size === 1 ? [...names][0]! : uiText(strings, "chart.common.mixed_unit");
    },
    noun: (unit, figureId) => nounOf(unit, figureId) ?? { one: "item", other: "items" },
    qualifier: (q) =>
      q
        .split("|")
        .filter((x) => x !== "")
        .map((x) => {
          if (!Object.hasOwn(QUALIFIERS, x)) throw new Error(`chart qualifier "${x}": no English rule in src/lib/en-number.ts QUALIFIERS`);
          return QUALIFIERS[x]!.en;
        })
        .join(" "),
    namedNoun: (key) => namedNounOf(strings, key),
    numeral: (n) => String(n),
    month: (m) => monthOf(strings, m),
    list: (items) => items.join(", "),
    inSentence: (label) => (/^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label),
    clauses: (items) => items.join("; "),
    wrap: (text, perLine) => wrapWords(text, perLine * 12, 12, (t, size) => latinWidth(t, size)),
    wrapTo: (text, maxWidth, fontSize = 12, bold = false) => wrapWords(text, maxWidth, fontSize, (t, size) => latinWidth(t, size, bold)),
    width: (text, fontSize = 12, bold = false) => latinWidth(text, fontSize, bold),
  };
  return self;
}

/** The chart language for a BCP 47 tag: Chinese conventions for zh…, English ones otherwise. */
export function chartLang(lang = "zh-CN"): ChartLang {
  let found = cache.get(lang);
  if (!found) {
    found = lang.toLowerCase().startsWith("zh") ? chineseLang(lang) : englishLang(lang);
    cache.set(lang, found);
  }
  return found;
}
