import { describe, expect, it } from "vitest";
import { attentionChart } from "./attention";
import { expectSvgSnapshot } from "./shared/snapshot";
import { expectPageSafeSvg, expectValidHtml } from "./shared/assertions";
import { attentionRows } from "../test/fixtures/charts/yangquan-2024";

describe("attentionChart", () => {
  const chart = attentionChart(attentionRows);

  it("matches its snapshot", () => expectSvgSnapshot("attention", chart.svg));
  it("is page-safe and valid HTML", async () => {
    expectPageSafeSvg(chart.svg);
    await expectValidHtml(chart.svg);
  });

  it("states both measures per area, in report order", () => {
    expect(chart.alt).toContain("扩大内需优化供给1297字、7个数字；现代化产业体系1834字、18个数字");
    expect(chart.alt).toContain("安全发展底线722字、0个数字");
  });

  it("colours each area with its class", () => {
    for (const r of attentionRows) expect(chart.svg).toContain(`c-area-${r.area}`);
  });

  it("has one table row per area", () => expect(chart.table.rows).toHaveLength(9));

  it("step 0 shows characters only", () => {
    const s0 = attentionChart(attentionRows, { step: 0 });
    expect(s0.alt).not.toContain("数字");
    expect(s0.svg).not.toContain(">18个<");
    expect(s0.svg).toContain(">1834字<");
  });

  it("rejects negative or fractional counts, naming the rows", () => {
    expect(() => attentionChart([{ ...attentionRows[0]!, chars: -1 }, { ...attentionRows[1]!, figures: 1.5 }])).toThrow(/demand \(-1, 7\), industry \(1834, 1.5\)/);
  });
});
