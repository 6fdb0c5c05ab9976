import { describe, expect, it } from "vitest";
import { standInFigures, writtenValueIn } from "./cited";
import type { Indicator, IndicatorValue } from "./schema";

describe("writtenValueIn: the number of a curated row as its quote writes it", () => {
  it("finds the value with its unit, as a whole number, not inside another", () => {
    expect(writtenValueIn("国内生产总值超过126万亿元，增长5.2%", 5.2, null, "%")).toBe("5.2%");
    expect(writtenValueIn("城镇新增就业1200万人以上", 1200, null, "万人")).toBe("1200万人");
    expect(writtenValueIn("增长15%", 5, null, "%")).toBeNull();
    expect(writtenValueIn("增长5.5%", 5, null, "%")).toBeNull();
    expect(writtenValueIn("新增3-5家", 3, 5, "家")).toBe("3-5家");
    expect(writtenValueIn("增长５．２％", 5.2, null, "%")).toBe("5.2%");
  });
});

describe("standInFigures: the figures of a report without its text, from its curated rows", () => {
  const indicators = [{ slug: "urban-jobs", unit: "万人" }, { slug: "gdp", unit: "%" }] as Indicator[];
  const row = (over: Partial<IndicatorValue>): IndicatorValue =>
    ({ indicator: "urban-jobs", report_id: "n", year: 2024, status: "target", value: 1200, value_max: null, qualifier: "以上", quote: "城镇新增就业1200万人以上", figure_id: "p-f2", note: "", ...over }) as IndicatorValue;

  it("stands one in per figure id, with the quote for its sentence and no paragraph", () => {
    const values = [row({}), row({ indicator: "gdp", status: "not_stated", value: null, qualifier: "", quote: "", figure_id: "" }), row({ report_id: "other", figure_id: "x" })];
    expect([...standInFigures("n", values, indicators).values()]).toEqual([
      { id: "p-f2", reportId: "n", quote: "1200万人", sentence: "城镇新增就业1200万人以上", value: 1200, value_max: null, unit: "万人", qualifier: "以上", section_id: null, direction: "" },
    ]);
  });
});
