import { describe, expect, it } from "vitest";
import { sectionLabel } from "../edition/section-label";
import { loadReport } from "../data/load";
import { sectionLabelIn } from "./section-label";

const sections = loadReport("yangquan-2024").sections;

describe("sectionLabelIn", () => {
  it("in Chinese, names every paragraph as the Chinese pages always have", () => {
    expect(sections.filter((s) => sectionLabelIn("zh-CN", s) !== sectionLabel(s)).map((s) => s.id)).toEqual([]);
  });
  it("in English, names part, area and paragraph in words and digits", () => {
    const plan = sections.find((s) => s.part === "plan" && s.area_no !== null && s.para_no !== null)!;
    expect(sectionLabelIn("en", plan)).toBe(`plans, area ${plan.area_no}, paragraph ${plan.para_no}`);
    expect(sectionLabelIn("en", { part: "intro", area_no: null, para_no: 1 })).toBe("opening, paragraph 1");
    expect(sections.filter((s) => /\p{Script=Han}/u.test(sectionLabelIn("en", s)))).toEqual([]);
  });
});
