import { describe, expect, it } from "vitest";
import { fitCentre, niceDomain, tipText, wrapChars } from "./label-fit";
import { textWidth } from "./compose";

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
});
