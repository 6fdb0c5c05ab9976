import { describe, expect, it } from "vitest";
import { textWidth, wrapChars, wrapToWidth } from "./cjk-text";

describe("textWidth(text, fontSize) estimates a rendered width", () => {
  it.each([["阳泉", 12, 24], ["5%", 10, 12], ["增长5%", 12, 38.4], ["（一）", 12, 36]])("%s at %ipx → %d", (text, size, width) => expect(textWidth(text, size)).toBeCloseTo(width, 6));
});

describe("wrapChars(text, perLine) breaks by characters", () => {
  it("never starts a line with closing punctuation (kinsoku)", () => {
    expect(wrapChars("“四不两直”执法检查", 5)).toEqual(["“四不两", "直”执法检", "查"]);
  });
  it("refuses fewer than two characters a line", () => expect(() => wrapChars("abc", 1)).toThrow(/at least 2/));
});

describe("wrapToWidth(text, maxWidth, fontSize) breaks by estimated width", () => {
  it("fills each line up to the width", () => {
    expect(wrapToWidth("城乡一体融合发展", 48, 12)).toEqual(["城乡一体", "融合发展"]);
  });
  it("moves the character before a closing mark down with it", () => {
    expect(wrapToWidth("工作报告，数据解读", 48, 12)).toEqual(["工作报", "告，数据", "解读"]);
  });
  it("keeps a too-wide single character on its own line rather than looping", () => {
    expect(wrapToWidth("阳泉", 5, 12)).toEqual(["阳", "泉"]);
  });
});
