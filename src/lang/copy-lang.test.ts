import { describe, expect, it } from "vitest";
import { loadData } from "../data/load";
import { figureToEnglish, writtenFields } from "../lib/en-number";
import { renderCopy, type CopyContext } from "../stories/copy";
import { copyFigures } from "../stories/copy-context";
import { figurePage } from "../reports/figure-page";
import { copyContextIn, figureIn } from "./copy-lang";

const data = loadData();
const figures = copyFigures(data, "reports/");
const zh: CopyContext = { base: "/", reportId: "yangquan-2024", figures, indicatorValues: data.indicatorValues };
const en = copyContextIn({ ...zh, pages: { report: "en/report/", reports: "reports/", data: "en/data/" } }, "en");
const fig = (id: string) => data.reports.get("yangquan-2024")!.figures.find((f) => f.id === id)!;

describe("story copy in English", () => {
  it("writes {fig:} and {val:} as the figure in English, linked to its sentence on the edition's report page", () => {
    const f = fig("review-p2-f1");
    const html = renderCopy("GDP {fig:review-p2-f1}, revenue {val:review-p2-f2}.", en);
    expect(html).toBe(
      `GDP <a class="num" href="/en/report/#review-p2-f1"><b>${figureToEnglish(writtenFields(f))}</b></a>, ` +
        `revenue <a class="num" href="/en/report/#review-p2-f2"><b>${figureToEnglish(writtenFields(fig("review-p2-f2")))}</b></a>.`,
    );
    expect(html).not.toMatch(/\p{Script=Han}/u);
  });

  it("keeps the qualifier, the range and the noun: around, or more, percentage points, mines", () => {
    const all = data.reports.get("yangquan-2024")!.figures;
    const around = all.find((f) => f.qualifier === "左右" && f.unit === "%")!;
    expect(figureIn("en", "yangquan-2024", around.id)).toBe(`around ${around.value}%`);
    const points = all.find((f) => f.unit === "个百分点")!;
    expect(figureIn("en", "yangquan-2024", points.id)).toMatch(/percentage points?$/);
    expect(figureIn("en", "yangquan-2024", "review-1-f3")).toBe(`${fig("review-1-f3").value} mines`);
  });

  it("reads an increase in 倍 with the figure's direction: 增长4倍 is an increase of 400%", () => {
    const up = data.reports.get("yangquan-2024")!.figures.filter((f) => f.unit === "倍" && f.direction === "up");
    expect(up.length).toBeGreaterThan(0);
    for (const f of up) expect(figureIn("en", "yangquan-2024", f.id)).toBe(`${Math.round(f.value * 100)}%`);
  });

  it("writes every figure of the report in English without Chinese", () => {
    const bad = data.reports.get("yangquan-2024")!.figures.filter((f) => /\p{Script=Han}/u.test(figureIn("en", "yangquan-2024", f.id)));
    expect(bad.map((f) => f.id)).toEqual([]);
  });

  it("says 'not stated' for an indicator the report gives no figure for, and links other reports to their text (or, without it, their curated row)", () => {
    const missing = data.indicatorValues.find((v) => v.report_id === "yangquan-2024" && v.status === "not_stated")!;
    expect(renderCopy(`{ind:${missing.indicator}:${missing.year}}`, en)).toBe(`<span class="num--missing">not stated</span>`);
    const national = data.indicatorValues.find((v) => v.report_id !== "yangquan-2024" && v.status !== "not_stated" && v.figure_id)!;
    expect(renderCopy(`{ind:${national.indicator}:${national.report_id}:${national.year}}`, en)).toContain(`href="/${figurePage(national.report_id, national.figure_id)}"`);
  });

  it("leaves Chinese copy as it was", () => {
    expect(copyContextIn(zh, "zh-CN")).toBe(zh);
  });
});
