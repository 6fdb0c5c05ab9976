import { describe, expect, test } from "vitest";
import { readDataset } from "./dataset";
import { formatDataErrors } from "./errors";
import { dataDirs, fsReader, readData } from "./load";

/** The repository's own data/ and seeds/, whatever DATA_DIR the test run was given. */
const dirs = dataDirs({});
const { dataset, errors } = readDataset(fsReader(dirs));
const data = readData(dirs);

test("the real data validates cleanly", () => {
  expect(formatDataErrors(errors)).toBe("");
});

describe("curated tables agree with the report", () => {
  test("every stated indicator value quotes the seed and equals its extracted figure", () => {
    const stated = data.indicatorValues.filter((v) => v.status !== "not_stated");
    expect(stated.length).toBeGreaterThanOrEqual(50);
    for (const v of stated) {
      const report = data.reports.get(v.report_id)!;
      const figure = report.figures.find((f) => f.id === v.figure_id)!;
      expect(report.text, v.quote).toContain(v.quote);
      expect(v.quote, v.figure_id).toContain(figure.quote);
      expect([v.value, v.value_max, v.qualifier], v.figure_id).toEqual([figure.value, figure.value_max, figure.qualifier]);
    }
  });

  test("not-stated rows carry no value", () => {
    for (const v of data.indicatorValues.filter((r) => r.status === "not_stated")) {
      expect([v.value, v.quote, v.figure_id]).toEqual([null, "", ""]);
    }
  });

  test("the main 2024 targets and the stated 2023 actuals are all there", () => {
    const get = (indicator: string, year: number, reportId = "yangquan-2024") =>
      data.indicatorValues.find((v) => v.indicator === indicator && v.year === year && v.report_id === reportId)?.status;
    const main = ["gdp", "industry-va", "fixed-asset-investment", "retail-sales", "foreign-trade", "urban-jobs", "registered-unemployment", "cpi"];
    expect(main.map((i) => get(i, 2024))).toEqual(main.map(() => "target"));
    expect(main.map((i) => get(i, 2023))).toEqual(
      ["actual", "not_stated", "not_stated", "not_stated", "actual", "actual", "actual", "not_stated"],
    );
    expect(["gdp", "cpi", "urban-jobs", "surveyed-unemployment"].map((i) => get(i, 2024, "national-2024"))).toEqual(
      ["target", "target", "target", "target"],
    );
  });

  test("the nine areas point at the nine plan area headings, in order", () => {
    const plan = data.reports.get("yangquan-2024")!.sections.filter((s) => s.kind === "area" && s.part === "plan");
    expect(data.areas.map((a) => a.section_id)).toEqual(plan.map((s) => s.id));
    expect(data.areas.map((a) => a.slug)).toEqual(
      ["demand", "industry", "digital", "business", "reform", "town-country", "ecology", "livelihoods", "safety"],
    );
  });

  test("every project quote is in its section", () => {
    expect(data.projects.length).toBeGreaterThanOrEqual(20);
    for (const p of data.projects) {
      const section = data.reports.get(p.report_id)!.sections.find((s) => s.id === p.section_id)!;
      expect(section.text, p.id).toContain(p.quote);
    }
  });
});

test("every manifest report has its tables read", () => {
  expect([...dataset.reports.keys()]).toEqual(data.manifest.map((m) => m.id));
});
