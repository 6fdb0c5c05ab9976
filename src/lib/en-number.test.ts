import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import {
  BadFigureError,
  figureToEnglish,
  formatEnglish,
  groupThousands,
  isSupportedUnit,
  multipleOf,
  needsNoun,
  NounRequiredError,
  parseDecimal,
  toEnglish,
  UnknownUnitError,
  type FigureFields,
} from "./en-number";

const row = (value: string, unit: string, qualifier = "", value_max = ""): FigureFields => ({ value, unit, qualifier, value_max });

describe("the examples in issue 12 and the brief", () => {
  it.each([
    ["6762", "万吨", "", "67.62 million tonnes"],
    ["200.7", "亿元", "", "20.07 billion yuan"],
    ["1.8", "万人", "", "18,000 people"],
    ["254", "万千瓦", "", "2.54 GW"],
    ["276.9", "亿千瓦时", "", "27.69 billion kWh"],
    ["175.3", "亿千瓦时", "", "17.53 billion kWh"],
    ["1252", "万吨", "以上", "12.52 million tonnes or more"],
    ["5", "%", "左右", "around 5%"],
    ["95", "%", "达到|以上", "95% or more"],
    ["64", "%", "力争|达到", "aiming for 64%"],
    ["5", "%", "达到|左右", "around 5%"],
    ["0.5", "个百分点", "", "0.5 percentage points"],
    ["1", "个百分点", "", "1 percentage point"],
    ["3000", "家", "超过", "more than 3,000 firms"],
    ["150", "家", "余", "more than 150 firms"],
    ["38", "微克/立方米", "", "38 µg/m³"],
    ["10", "GWh", "", "10 GWh"],
    ["500", "千伏", "", "500 kV"],
    ["14329", "元", "达", "14,329 yuan"],
    ["4872", "万元", "", "48.72 million yuan"],
    ["5.77", "万亩", "", "57,700 mu"],
    ["4.76", "亿斤", "", "476 million jin"],
    ["162", "公里", "", "162 km"],
    ["163", "个月", "", "163 months"],
    ["4", "年", "", "4 years"],
    ["1", "年", "", "1 year"],
    ["75", "周年", "", "75th anniversary"],
    ["30", "万台", "达到", "300,000 servers"],
  ])("%s %s %s → %s", (value, unit, qualifier, expected) => {
    const noun = unit.endsWith("台") ? { noun: { one: "server", other: "servers" } } : {};
    expect(figureToEnglish(row(value, unit, qualifier), noun)).toBe(expected);
  });
});

describe("precision: no digit added, none lost", () => {
  it.each([
    // [value, unit, expected number text, scale]
    ["1.8", "万人", "18,000", ""],
    ["0.5", "万人", "5,000", ""],
    ["6762", "万吨", "67.62", "million"],
    ["200", "万吨", "2", "million"], // zeros ending a whole number are not significant
    ["100", "万吨", "1", "million"],
    ["1.50", "亿元", "150", "million"], // the written 0 stays (as the units digit of 150)
    ["150.0", "万吨", "1.500", "million"], // zeros after a written point are kept
    ["6.3", "亿元", "630", "million"],
    ["19.8", "亿元", "1.98", "billion"],
    ["657.7", "亿元", "65.77", "billion"],
    ["0.05", "亿元", "5", "million"],
    ["99.99", "万吨", "999,900", ""],
    ["100.01", "万吨", "1.0001", "million"],
    ["999999", "元", "999,999", ""],
    ["1000000", "元", "1", "million"],
    ["1234567", "元", "1.234567", "million"],
    ["1.2345678", "万亿元", "1.2345678", "trillion"],
    ["0.1", "万亿元", "100", "billion"],
    ["3.20", "%", "3.20", ""],
    ["0.1", "%", "0.1", ""],
    ["007", "%", "7", ""],
    ["0", "%", "0", ""],
    ["0.0", "%", "0.0", ""],
  ])("%s%s → %s %s", (value, unit, number, scale) => {
    const en = toEnglish(row(value, unit));
    expect([en.number, en.scale]).toEqual([number, scale]);
  });

  it("never prints float noise: every digit of a long value survives", () => {
    expect(toEnglish(row("6762.0000001", "万吨")).number).toBe("67.620000001");
    expect(toEnglish(row("0.1", "万吨")).number).toBe("1,000");
    expect(toEnglish(row("0.3", "亿千瓦时")).number).toBe("30");
  });

  it.each([
    ["254", "2.54", "GW"],
    ["100", "1", "GW"],
    ["12.5", "125", "MW"],
    ["0.1", "1", "MW"],
    ["0.35", "3.5", "MW"],
    ["0.05", "500", "kW"],
    ["0.00005", "0.5", "kW"],
  ])("capacity %s万千瓦 → %s %s", (value, number, unit) => {
    const en = toEnglish(row(value, "万千瓦"));
    expect([en.number, en.unit, en.scale]).toEqual([number, unit, ""]);
  });

  it("groups whole parts only", () => {
    expect(groupThousands("1234567.891")).toBe("1,234,567.891");
    expect(groupThousands("999")).toBe("999");
  });

  it.each([
    ["6762", { digits: "6762", exp: 0 }],
    ["200", { digits: "2", exp: 2 }],
    ["0.50", { digits: "50", exp: -2 }],
    ["0", { digits: "0", exp: 0 }],
  ])("parseDecimal(%s)", (s, expected) => expect(parseDecimal(s)).toEqual(expected));
});

describe("ranges and qualifiers", () => {
  it.each([
    [row("3", "家", "", "5"), "3–5 firms"],
    [row("4.5", "%", "", "5"), "4.5–5%"],
    [row("0.8", "亿元", "", "1.2"), "80–120 million yuan"],
    [row("800", "万元", "左右", "1200"), "around 8–12 million yuan"],
    [row("1", "家", "", "2"), "1–2 firms"],
    [row("1", "家"), "1 firm"],
    [row("1", "家", "以上"), "1 firm or more"],
    [row("3", "%", "以内"), "at most 3%"],
    [row("3", "%", "以下"), "3% or less"],
    [row("10", "%", "近"), "nearly 10%"],
    [row("2", "万", "多"), "more than 20,000 items"],
  ])("%j → %s", (fig, expected) => {
    expect(figureToEnglish(fig, fig.unit === "万" ? { noun: { one: "item", other: "items" } } : {})).toBe(expected);
  });

  it("keeps the parts apart for pages to place", () => {
    expect(toEnglish(row("95", "%", "力争|达到|以上"))).toEqual({
      before: ["aiming for"], number: "95", numberMax: "", scale: "", unit: "%", unitTight: true,
      after: ["or more"], verbs: ["达到"], gloss: "",
    });
  });
});

describe("倍: an increase as a percentage, a ratio as times", () => {
  const up = (value: string, quote: string, qualifier = "", value_max = ""): FigureFields => ({ ...row(value, "倍", qualifier, value_max), direction: "up", quote });

  // 增长N倍 in Chinese statistical usage: the new value is N + 1 times the old, an increase of N × 100%.
  it.each([
    ["4", "增长4倍", "400%", "5 times the earlier level"],
    ["2.1", "增长2.1倍", "210%", "3.1 times the earlier level"],
    ["0.5", "提高0.5倍", "50%", "1.5 times the earlier level"],
    ["1.25", "增加1.25倍", "125%", "2.25 times the earlier level"],
    ["12", "增长12倍", "1,200%", "13 times the earlier level"],
    ["0.05", "增长0.05倍", "5%", "1.05 times the earlier level"],
  ])("%s倍 (%s) → %s, reaching %s", (value, quote, text, level) => {
    const en = toEnglish(up(value, quote));
    expect(formatEnglish(en)).toBe(text);
    expect(en.gloss).toBe(level);
  });

  it("keeps qualifiers and ranges: 增长2-3倍 → 200–300%, 增长4倍以上 → 400% or more", () => {
    const range = toEnglish(up("2", "增长2-3倍", "", "3"));
    expect(formatEnglish(range)).toBe("200–300%");
    expect(range.gloss).toBe("3–4 times the earlier level");
    expect(figureToEnglish(up("4", "增长4倍以上", "以上"))).toBe("400% or more");
    expect(figureToEnglish(up("4", "增长约4倍", "约"))).toBe("about 400%");
  });

  it("keeps precision: the percentage has the digits written, no more", () => {
    // 4 (one significant digit) → 400, whose zeros are not significant (as 200万 → "2 million").
    expect(toEnglish(up("4", "增长4倍")).number).toBe("400");
    expect(parseDecimal("400").digits).toBe("4");
    expect(toEnglish(up("2.10", "增长2.10倍")).number).toBe("210");
    expect(toEnglish(up("2.15", "增长2.15倍")).gloss).toBe("3.15 times the earlier level");
  });

  it("writes a ratio, or a verb that sets the level (增长到4倍), as times", () => {
    expect(figureToEnglish(row("4", "倍"))).toBe("4 times");
    expect(figureToEnglish({ ...row("2.5", "倍"), quote: "是全国的2.5倍" })).toBe("2.5 times");
    expect(figureToEnglish(up("4", "增长到4倍"))).toBe("4 times");
    expect(figureToEnglish(up("3", "提高至3倍"))).toBe("3 times");
    expect(multipleOf(up("4", "增长4倍"))).toBe("increase");
    expect(multipleOf(row("4", "倍"))).toBe("ratio");
    expect(toEnglish(row("4", "倍")).gloss).toBe("");
  });

  it("refuses a decrease in 倍 (下降N倍), which has no agreed reading", () => {
    expect(() => toEnglish({ ...row("2", "倍"), direction: "down", quote: "下降2倍" })).toThrow(BadFigureError);
    expect(() => toEnglish({ ...row("2", "倍"), direction: "down", quote: "下降2倍" })).toThrow("下降2倍");
    expect(() => toEnglish({ ...row("2", "倍"), direction: "sideways" })).toThrow(`"sideways"`);
  });
});

describe("counters and nouns", () => {
  it("a caller's noun overrides a default", () => {
    expect(figureToEnglish(row("8", "家"), { noun: { one: "hospital", other: "hospitals" } })).toBe("8 hospitals");
    expect(figureToEnglish(row("5", "座"), { noun: { one: "intelligent mine", other: "intelligent mines" } })).toBe(
      "5 intelligent mines",
    );
    expect(figureToEnglish(row("15.3", "万户"), { noun: { one: "market entity", other: "market entities" } })).toBe(
      "153,000 market entities",
    );
  });

  it.each(["个", "户", "项", "件", "条", "座", "处", "所", "位", "次", "场", "部", "台", "万户", "万件", ""])(
    "%j needs the caller's noun",
    (unit) => {
      expect(needsNoun(unit)).toBe(true);
      expect(() => toEnglish(row("3", unit))).toThrow(NounRequiredError);
      expect(() => toEnglish(row("3", unit))).toThrow(`"${unit}"`);
    },
  );
});

describe("bad input is refused, naming it", () => {
  it.each(["英亩", "万%", "亿倍", "万周年", "美元", "吨标准煤"])("unknown unit %j", (unit) => {
    expect(isSupportedUnit(unit)).toBe(false);
    expect(() => toEnglish(row("3", unit))).toThrow(UnknownUnitError);
    expect(() => toEnglish(row("3", unit))).toThrow(`"${unit}"`);
  });

  it.each(["3,000", "1e4", "-3", ".5", "3.", " 3", ""])("value %j", (value) => {
    expect(() => toEnglish(row(value, "%"))).toThrow(BadFigureError);
  });

  it("unknown qualifier", () => {
    expect(() => toEnglish(row("3", "%", "大约"))).toThrow(`"大约"`);
  });
});

// Every figure of the report: converted, or refused for a reason listed here.
type Row = FigureFields & Record<string, string>;
const parse = (path: string) =>
  Papa.parse<Row>(readFileSync(path, "utf8"), { header: true, skipEmptyLines: true }).data;
const figures = parse("data/yangquan-2024/figures.csv");
const indicators = parse("data/indicators.csv");

/** Units of the report deliberately left without an English rule. Empty: every unit has one. */
const UNSUPPORTED_UNITS: readonly string[] = [];

describe("every figure of data/yangquan-2024/figures.csv", () => {
  it("has rows", () => expect(figures.length).toBeGreaterThan(150));

  it("converts, or fails only for a listed unit or a counter needing the caller's noun", () => {
    const failures: string[] = [];
    const needing = new Set<string>();
    for (const f of figures) {
      if (UNSUPPORTED_UNITS.includes(f.unit)) {
        expect(() => toEnglish(f)).toThrow(UnknownUnitError);
        continue;
      }
      try {
        const en = toEnglish(f);
        expect(en.number).toMatch(f.unit === "周年" ? /^\d+(st|nd|rd|th)$/ : /^[\d,]+(\.\d+)?$/);
      } catch (e) {
        if (e instanceof NounRequiredError) needing.add(f.unit);
        else failures.push(`${f.id} ${f.quote}: ${(e as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
    expect([...needing].every((u) => needsNoun(u))).toBe(true);
  });

  it("keeps the value: the English number × scale equals base_value (an increase in 倍 as a percentage: × 100)", () => {
    const factor = { "": 0, million: 6, billion: 9, trillion: 12 } as const;
    for (const f of figures) {
      if (f.unit.endsWith("千瓦") || f.unit === "周年") continue; // kW → GW, and ordinals: tested above
      const en = toEnglish(f, { noun: { one: "thing", other: "things" } });
      const percent = f.unit === "倍" && multipleOf(f) === "increase" ? 2 : 0;
      // Compared as decimals (digits and power of ten), not as floats.
      const english = parseDecimal(en.number.replace(/,/g, ""));
      const base = parseDecimal(f.base_value!);
      expect({ digits: english.digits, exp: english.exp + factor[en.scale] - percent }, f.id).toEqual(base);
    }
  });

  it("keeps the significant digits as written", () => {
    const significant = (s: string) => {
      const d = parseDecimal(s);
      return d.digits;
    };
    for (const f of figures) {
      if (f.unit === "周年") continue;
      const en = toEnglish(f, { noun: { one: "thing", other: "things" } });
      expect(significant(en.number.replace(/,/g, "")), f.id).toBe(significant(f.value));
    }
  });

  it("every unit of figures.csv and indicators.csv has a rule", () => {
    const units = new Set([...figures.map((f) => f.unit), ...indicators.map((i) => i.unit)]);
    expect([...units].filter((u) => !isSupportedUnit(u))).toEqual(UNSUPPORTED_UNITS);
  });

  it.each([
    ["review-1-f10", "2.54 GW"],
    ["plan-5-p5-f3", "3–5 firms"],
    ["review-3-f9", "400%"],
    ["review-3-f10", "210%"],
  ])("%s → %s", (id, expected) => {
    const f = figures.find((x) => x.id === id);
    expect(f, id).toBeDefined();
    expect(figureToEnglish(f!)).toBe(expected);
  });
});
