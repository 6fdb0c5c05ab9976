import { describe, expect, it } from "vitest";
import { targetsBoardChart } from "./targets-board";
import { expectSvgSnapshot } from "./shared/snapshot";
import { expectPageSafeSvg, expectValidHtml } from "./shared/assertions";
import { targetCards, YEARS } from "../test/fixtures/charts/yangquan-2024";
import { chartLang } from "./shared/lang";

describe("targetsBoardChart", () => {
  const chart = targetsBoardChart(targetCards, { ...YEARS });

  it("matches its snapshot", () => expectSvgSnapshot("targets-board", chart.svg));
  it("is page-safe and valid HTML", async () => {
    expectPageSafeSvg(chart.svg);
    await expectValidHtml(chart.svg);
  });

  it("states each target with its qualifier and the actual or 未提及", () => {
    expect(chart.alt).toContain("地区生产总值增速5%左右（2023年3.2%）");
    expect(chart.alt).toContain("规上工业增加值增速4%左右（2023年未提及）");
    expect(chart.alt).toContain("城镇新增就业1.8万人（2023年1.84万人）");
  });

  it("draws one card per target and shows 未提及", () => {
    expect(chart.svg.match(/data-indicator="/g)).toHaveLength(targetCards.length);
    expect(chart.svg).toContain("2023年：未提及");
    expect(chart.table.rows).toHaveLength(targetCards.length);
    expect(chart.table.rows[1]).toMatchObject({ actual: null, actual_text: "未提及", target: 4, target_text: "4%左右" });
  });

  it("uses two columns on narrow widths", () => {
    const narrow = targetsBoardChart(targetCards, { ...YEARS, width: 360 });
    expect(narrow.svg).toMatch(/viewBox="0 0 360 /);
  });

  it("step 0 shows targets only", () => expect(targetsBoardChart(targetCards, { ...YEARS, step: 0 }).svg).not.toContain("2023年："));

  it("English values too wide for a card at 14 px take two lines, inside the card (town-country at 360 px)", () => {
    const L = chartLang("en");
    const rows = [
      { indicator: "toilets", label: "Rural toilets upgraded", unit: "万吨", target: { status: "target" as const, value: 1, qualifier: "以上" }, actual: { status: "actual" as const, value: 1.7 } },
      { indicator: "rubbish", label: "Villages with rubbish collection", unit: "%", target: { status: "target" as const, value: 96 }, actual: { status: "actual" as const, value: 95 } },
    ];
    const chart = targetsBoardChart(rows, { ...YEARS, width: 340, lang: L });
    const cardWidth = (340 - 10) / 2;
    const texts = [...chart.svg.matchAll(/<text[^>]*x="(\d+)"[^>]*>([^<]*)</g)].map((m) => ({ x: Number(m[1]), text: m[2]! }));
    const value = texts.filter((t) => /toilets or more|^more$|^10,000/.test(t.text));
    expect(value.length).toBeGreaterThan(1);
    for (const t of texts) {
      const bold = !/actual|Rural|Villages|rubbish|collection|upgraded/.test(t.text);
      expect(t.x + L.width(t.text, bold ? 14 : 12, bold)).toBeLessThanOrEqual(cardWidth - 10);
    }
  });
});
