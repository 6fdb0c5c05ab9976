import { describe, expect, it } from "vitest";
import { projectLedgerChart } from "./project-ledger";
import { expectSvgSnapshot } from "./shared/snapshot";
import { expectPageSafeSvg, expectValidHtml } from "./shared/assertions";
import { townCountryProjects } from "../test/fixtures/project-ledger/town-country";

const cards = (svg: string) => svg.match(/<rect /g)?.length ?? 0;

describe("projectLedgerChart", () => {
  const chart = projectLedgerChart(townCountryProjects, { width: 340 });

  it("matches its snapshot", () => expectSvgSnapshot("project-ledger", chart.svg));
  it("is page-safe and valid HTML", async () => {
    expectPageSafeSvg(chart.svg);
    await expectValidHtml(chart.svg);
  });

  it("draws one card per project with the report's verb", () => {
    expect(cards(chart.svg)).toBe(townCountryProjects.length);
    for (const verb of ["通车", "基本完工", "开工", "完成主体工程", "推进建设"]) expect(chart.svg).toContain(`>${verb}<`);
    expect(chart.alt).toContain("2024年计划，郊区“三生”融合（EOD）零碳智慧产业园（开工）");
  });

  it("step 0 shows the first column's cards and only the heading of the next", () => {
    const first = projectLedgerChart(townCountryProjects, { width: 340, step: 0 });
    expect(cards(first.svg)).toBe(3);
    expect(first.svg).toContain("2024年计划");
    expect(first.alt).not.toContain("开工");
  });

  it("dims projects that are not highlighted", () => {
    const lit = projectLedgerChart(townCountryProjects, { width: 340, highlight: ["longhuakou-water-2023", "longhuakou-water-2024"] });
    expect(lit.svg.match(/is-dimmed/g)).toHaveLength(4);
  });

  it("rejects blank fields, naming each", () => {
    const bad = [{ ...townCountryProjects[0]!, status: " " }, { ...townCountryProjects[1]!, column: "" }];
    expect(() => projectLedgerChart(bad)).toThrow("blank fields: row 1 status, row 2 column");
  });
});
