import { expect, test } from "vitest";
import { readData } from "../data/load";
import { curatedValues } from "./curated-values";
import { countParagraphs, reportOutline } from "./outline";

const data = readData();

test("/reports/<id>/ lists every curated row of the report: targets and actuals with sources, not_stated with notes", () => {
  for (const id of data.reports.keys()) {
    const rows = curatedValues(data, id);
    expect(rows).toHaveLength(data.indicatorValues.filter((v) => v.report_id === id).length);
    for (const r of rows) {
      if (r.status === "not_stated") expect([r.stated, r.figureId], r.indicator).toEqual(["", ""]);
      else expect(r.stated !== "" && r.figureId !== "" && r.quote !== "", r.indicator).toBe(true);
    }
  }
  const yq = curatedValues(data, "yangquan-2024");
  expect(yq.find((r) => r.indicator === "gdp" && r.status === "target")).toMatchObject({ year: 2024, stated: "5%左右", label: "地区生产总值增速" });
  expect(yq.map((r) => r.status)).toEqual([...yq.map((r) => r.status)].sort((a, b) => ["target", "actual", "not_stated"].indexOf(a) - ["target", "actual", "not_stated"].indexOf(b)));
});

test("one paragraph count: the report page's outline sums to what /reports/ shows", () => {
  for (const r of [...data.reports.values()].filter((x) => x.hasText)) {
    const outline = reportOutline(r.sections, r.figures);
    expect(outline.reduce((n, p) => n + p.paragraphs, 0)).toBe(countParagraphs(r.sections));
    expect(countParagraphs(r.sections)).toBeLessThan(r.sections.length); // headings are not paragraphs
  }
});
