import { describe, expect, it } from "vitest";
import { numeralMeasuresChart, numeralsIn } from "./numeral-measures";
import { expectSvgSnapshot } from "./shared/snapshot";
import { expectPageSafeSvg, expectValidHtml } from "./shared/assertions";
import { safetyMeasureRows } from "../test/fixtures/numeral-measures/safety";

describe("numeralsIn", () => {
  it.each([
    ["国务院安委会八条硬措施", ["八"]],
    ["“四不两直”执法检查", ["四", "两"]],
    ["“一矿一策”", ["一"]],
    ["“五不为过、五个必须”", ["五"]],
    ["“严紧深细实”要求", []],
  ])("numeralsIn(%s) lists the numerals as written, once each", (name, expected) => expect(numeralsIn(name)).toEqual(expected));
});

describe("numeralMeasuresChart", () => {
  const chart = numeralMeasuresChart(safetyMeasureRows, { width: 340 });

  it("matches its snapshot", () => expectSvgSnapshot("numeral-measures", chart.svg));
  it("is page-safe and valid HTML", async () => {
    expectPageSafeSvg(chart.svg);
    await expectValidHtml(chart.svg);
  });

  it("writes every name and sets each name's numerals large, never an Arabic digit", () => {
    for (const r of safetyMeasureRows) expect(chart.alt).toContain(r.name);
    expect(chart.svg.match(/class="t-xlarge"/g)).toHaveLength(6);
    expect(chart.alt).toContain("“四不两直”执法检查（四、两）");
    expect(chart.alt).not.toMatch(/\d/);
  });

  it("step 0 reveals the first theme and dims the later one in place", () => {
    const first = numeralMeasuresChart(safetyMeasureRows, { width: 340, step: 0 });
    expect(first.alt).not.toContain("枫桥经验");
    expect(first.svg.match(/class="theme is-dimmed"/g)).toHaveLength(1);
    expect(first.svg.match(/viewBox="[^"]+"/)?.[0]).toBe(chart.svg.match(/viewBox="[^"]+"/)?.[0]);
  });

  it("has one table row per measure, with its numerals", () => {
    expect(chart.table.rows).toHaveLength(safetyMeasureRows.length);
    expect(chart.table.rows[2]).toMatchObject({ name: "国务院安委会八条硬措施", numerals: "八", section: "plan-9-p2" });
    expect(chart.table.rows[0]).toMatchObject({ numerals: null });
  });

  it("rejects blank and repeated names, listing all of them", () => {
    const bad = [...safetyMeasureRows, { theme: "", name: "x" }, { ...safetyMeasureRows[0]! }];
    expect(() => numeralMeasuresChart(bad)).toThrow(/blank theme or name in row 8; repeated names "“严紧深细实”要求"/);
  });
});
