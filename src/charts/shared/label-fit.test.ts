import { describe, expect, it } from "vitest";
import { fitCentre, fittingAxis, fittingTicks, labelWidth, niceDomain, tipText, wrapChars } from "./label-fit";
import { textWidth } from "./compose";
import { chartLang } from "./lang";
import { latinWidth } from "./text-measure";

const EN = chartLang("en");

describe("label-fit", () => {
  it("fitCentre keeps a label inside [lo, hi] and leaves it alone when it fits", () => {
    const text = "2024年目标 82.65万亩以上";
    const half = textWidth(text) / 2;
    expect(fitCentre(330, text, 60, 338)).toBe(338 - half);
    expect(fitCentre(62, text, 60, 338)).toBe(60 + half);
    expect(fitCentre(200, "5%", 60, 338)).toBe(200);
  });

  it("niceDomain rounds the ends out like Plot's nice option", () => {
    expect(niceDomain([0, 83.1, 82.65])).toEqual([0, 90]);
    expect(niceDomain([0, 0])).toEqual([0, 1]);
  });

  it("wrapChars never starts a line with closing punctuation (kinsoku)", () => {
    expect(wrapChars("“五不为过、五个必须”", 9)).toEqual(["“五不为过、五个必", "须”"]);
    expect(wrapChars("“四不两直”执法检查", 5)).toEqual(["“四不两", "直”执法检", "查"]);
    expect(wrapChars("abc", 5)).toEqual(["abc"]);
    expect(() => wrapChars("abc", 1)).toThrow(/perLine/);
  });

  it("tipText names the item, which value and the value as written", () => {
    expect(tipText("制造业增加值", "2024年目标", "增长17%")).toBe("制造业增加值 · 2024年目标：增长17%");
    expect(tipText("发电量", "", "276.9亿千瓦时")).toBe("发电量：276.9亿千瓦时");
  });

  it("measures English with the bold Latin font's advances, Chinese as before", () => {
    // DejaVu Sans Bold digits are 0.70 em: "17,000" is wider than the 0.6 em Chinese estimate says.
    expect(latinWidth("17,000", 12, true)).toBeCloseTo(12 * (5 * 0.7 + 0.38), 5);
    expect(labelWidth("17,000", { lang: EN, bold: true })).toBeGreaterThan(textWidth("17,000"));
    expect(labelWidth("阳泉5%", { lang: chartLang("zh-CN"), bold: true })).toBe(textWidth("阳泉5%"));
    // English wrapping uses the same measure: no line is wider than asked.
    for (const line of EN.wrapTo("Not directly comparable: Yangquan: registered rate; China: surveyed rate", 336, 12, true)) {
      expect(EN.width(line, 12, true)).toBeLessThanOrEqual(336);
    }
  });

  it("fittingTicks drops ticks until their labels keep apart (no \"1015\")", () => {
    const format = (v: number) => EN.number(v);
    expect(fittingTicks(0, 15, 300, format, { lang: EN }, 4)).toEqual([0, 5, 10, 15]);
    const narrow = fittingTicks(0, 15, 40, format, { lang: EN }, 4);
    expect(narrow.length).toBeLessThan(4);
    const x = (v: number) => (v / 15) * 40;
    narrow.forEach((t, i) => i > 0 && expect(x(t) - x(narrow[i - 1]!)).toBeGreaterThanOrEqual((EN.width(format(t)) + EN.width(format(narrow[i - 1]!))) / 2 + 8));
  });

  it("fittingAxis coarsens a narrow axis but keeps three ticks and the data filling 70 %", () => {
    const { domain, ticks } = fittingAxis(0, 17, 57, (v) => EN.number(v), { lang: EN }, 4);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(17 / domain[1]).toBeGreaterThanOrEqual(0.7);
    expect(ticks.at(-1)).toBeLessThanOrEqual(domain[1]);
  });
});
