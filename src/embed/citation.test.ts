import { describe, expect, it } from "vitest";
import { citation, citationText } from "./citation";

const input = {
  chartTitle: "两条公路",
  chartId: "town-country-roads",
  siteName: "数读阳泉 2024",
  url: "https://x.cn/embed/town-country-roads/",
  report: { title: "阳泉市2024年政府工作报告", year: 2024, place: "阳泉市", place_en: "Yangquan" },
};

describe("citation", () => {
  it("names the chart, the site, the report and its year, and the URL, in Chinese and English", () => {
    const c = citation(input);
    expect(c.zh).toBe("数读阳泉 2024：《两条公路》，数据来源：阳泉市2024年政府工作报告（2024年）。https://x.cn/embed/town-country-roads/");
    expect(c.en).toContain('"两条公路" [chart]');
    expect(c.en).toContain("2024 Government Work Report of Yangquan");
    expect(c.en.endsWith("https://x.cn/embed/town-country-roads/")).toBe(true);
    expect(c.json).toMatchObject({ id: "town-country-roads", source: { year: 2024, place: "阳泉市" } });
  });
  it("depends on the data only (same input, same text)", () => {
    expect(citationText(citation(input))).toBe(citationText(citation(structuredClone(input))));
  });
  it("rejects a non-integer year", () => {
    expect(() => citation({ ...input, report: { ...input.report, year: 2024.5 } })).toThrow(/integer/);
  });
});
