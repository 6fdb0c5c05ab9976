import { describe, expect, it } from "vitest";
import { ratioWords } from "./national-comparison";

const v = (value: number, qualifier = "", valueMax: number | null = null) => ({ value, qualifier, valueMax });

describe("{ratio}: how many times, with the qualifiers of both values", () => {
  it("a floor over an exact value is a floor, rounded down (1200万人以上 over 1.8万人)", () => {
    expect(ratioWords(v(1200, "以上"), v(1.8), "阳泉")).toBe("至少是阳泉的666倍");
    expect(ratioWords(v(1200, "达到|以上"), v(1.8), "阳泉")).toBe("至少是阳泉的666倍");
    // An exact value over a ceiling is a floor too.
    expect(ratioWords(v(1200), v(1.8, "以内"), "阳泉")).toBe("至少是阳泉的666倍");
  });
  it("a ceiling over an exact value, or an exact value over a floor, is a ceiling, rounded up", () => {
    expect(ratioWords(v(1200, "以内"), v(1.8), "阳泉")).toBe("至多是阳泉的667倍");
    expect(ratioWords(v(1200), v(1.8, "以上"), "阳泉")).toBe("至多是阳泉的667倍");
    // Whole ratios stay whole: 1200 / 1.2 is 1000, not 1001.
    expect(ratioWords(v(1200, "以内"), v(1.2), "阳泉")).toBe("至多是阳泉的1000倍");
  });
  it("左右 on either side, or a ratio that is not whole, is 约, rounded; two exact values that divide are plain", () => {
    expect(ratioWords(v(1200, "左右"), v(1.8), "阳泉")).toBe("是阳泉的约667倍");
    expect(ratioWords(v(1200), v(1.8, "左右"), "阳泉")).toBe("是阳泉的约667倍");
    expect(ratioWords(v(1200), v(1.8), "阳泉")).toBe("是阳泉的约667倍");
    expect(ratioWords(v(1200), v(1.2), "阳泉")).toBe("是阳泉的1000倍");
  });
  it("refuses a ratio the qualifiers leave open, a bound with an approximation, ranges, unknown qualifiers and small ratios", () => {
    expect(() => ratioWords(v(1200, "以上"), v(1.8, "以上"), "阳泉")).toThrow(/could be anything/);
    expect(() => ratioWords(v(1200, "以上"), v(1.8, "左右"), "阳泉")).toThrow(/neither/);
    expect(() => ratioWords(v(1200, "", 1300), v(1.8), "阳泉")).toThrow(/range/);
    expect(() => ratioWords(v(1200, "力保"), v(1.8), "阳泉")).toThrow(/"力保"/);
    expect(() => ratioWords(v(3), v(2), "阳泉")).toThrow(/under 2 times/);
  });
  it("in English, the same bounds in words (an English edition's note)", () => {
    expect(ratioWords(v(1200, "以上"), v(1.8), "Yangquan", "en")).toBe("at least 666 times Yangquan's");
    expect(ratioWords(v(1200, "以内"), v(1.2), "Yangquan", "en")).toBe("at most 1,000 times Yangquan's");
    expect(ratioWords(v(1200, "左右"), v(1.8), "Yangquan", "en")).toBe("about 667 times Yangquan's");
    expect(ratioWords(v(1200), v(1.2), "Yangquan", "en")).toBe("1,000 times Yangquan's");
  });
});
