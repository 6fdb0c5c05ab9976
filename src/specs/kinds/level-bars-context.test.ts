import { describe, expect, it } from "vitest";
import { siteEdition } from "../../edition";
import { seriesColourProblems, seriesKindsIn } from "../../charts/series-colours";
import { levelBars } from "./level-bars";

const edition = siteEdition();
const ctx = { reportId: edition.reportId, reviewYear: edition.reviewYear, planYear: edition.planYear };
const draw = { id: "t", width: 340, actualYear: edition.reviewYear, targetYear: edition.planYear };

describe("level-bars with an outside fact (context: <id>)", () => {
  const rows = levelBars.resolve(levelBars.rows.parse([{ key: "pm25", label: "阳泉PM2.5", indicator: "pm25", year: "review" }, { context: "pm25-annual-limit-grade2" }]), ctx);

  it("sets the report's value beside the standard's, labelled with its source line and in the context colour", () => {
    expect(rows.map((r) => [r.label, r.value, r.unit, r.series])).toEqual([
      ["阳泉PM2.5", 38, "微克/立方米", "actual"],
      ["国家标准（GB 3095-2012）二级限值", 35, "微克/立方米", "context"],
    ]);
    const { svg, table } = levelBars.draw(rows, draw);
    expect([...seriesKindsIn(svg)].sort()).toEqual(["actual", "context"]);
    expect(seriesColourProblems(svg)).toEqual([]);
    expect(table.rows.map((r) => r.item)).toContain("国家标准（GB 3095-2012）二级限值");
    // Only the report's figure is a figure of the chart: the standard is no sentence of the report.
    expect(levelBars.figureIds(rows)).toEqual(["review-p5-f6"]);
  });

  it("names an unknown fact", () => {
    expect(() => levelBars.resolve(levelBars.rows.parse([{ context: "no-such-fact" }]), ctx)).toThrow(/data\/context\.csv: no fact "no-such-fact"/);
  });
});
