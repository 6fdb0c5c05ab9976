import { expect, test } from "vitest";
import { readDataset } from "./dataset";
import { readerWith } from "./fixture-reader.test-helpers";
import { relinkFigureIds, type RelinkReport } from "./relink";

const { dataset } = readDataset(readerWith());
const report = dataset.reports.get("mini-2024")!;
const base: RelinkReport = { sections: report.sections.rows, figures: report.figures.rows };

test("nothing changes when ids are current", () => {
  expect(relinkFigureIds(dataset.indicatorValues.rows, new Map([["mini-2024", base]]))).toEqual({ changes: [], unresolved: [] });
});

test("renumbered figures are relinked by quote position and value", () => {
  const renumbered = { ...base, figures: base.figures.map((f) => ({ ...f, id: f.id.replace(/-f(\d+)$/, (_m, k) => `-f${Number(k) + 1}`) })) };
  const { changes, unresolved } = relinkFigureIds(dataset.indicatorValues.rows, new Map([["mini-2024", renumbered]]));
  expect(unresolved).toEqual([]);
  expect(changes).toEqual([
    { line: 2, from: "review-p1-f1", to: "review-p1-f2" },
    { line: 3, from: "plan-1-p1-f1", to: "plan-1-p1-f2" },
    { line: 4, from: "review-p1-f2", to: "review-p1-f3" },
    { line: 6, from: "plan-1-p1-f2", to: "plan-1-p1-f3" },
  ]);
});

test("a figure that no longer matches the curated value is left for a person", () => {
  const changed = { ...base, figures: base.figures.map((f) => (f.id === "plan-1-p1-f1" ? { ...f, value: 6 } : f)) };
  const { unresolved } = relinkFigureIds(dataset.indicatorValues.rows, new Map([["mini-2024", changed]]));
  expect(unresolved).toEqual([{ line: 3, quote: "地区生产总值增长5%左右", candidates: ["plan-1-p1-f1"] }]);
});
