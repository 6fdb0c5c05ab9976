import { expect, test } from "vitest";
import { readDataset } from "./dataset";
import { readerWith } from "./fixture-reader.test-helpers";
import { proposeFigure, relinkFigureIds, type RelinkReport } from "./relink";

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

test("a changed value is not guessed, but the best-matching figure is proposed with the exact cells to write", async () => {
  const { parseManifest } = await import("../pipeline/manifest");
  const { renderReport } = await import("../pipeline/run");
  const { readFileSync } = await import("node:fs");
  const seed = readFileSync("src/test/fixtures/broken/base/seeds/mini-2024.txt", "utf8").replace("增长3.2%", "增长2.6%");
  const meta = parseManifest(readFileSync("src/test/fixtures/broken/base/seeds/manifest.csv", "utf8"))[0]!;
  const out = renderReport(seed, meta, "mini-2024.txt");
  // npm run extract after the seed changed 3.2% to 2.6%: new sections and figures.
  const fresh: Record<string, string> = { "mini-2024/figures.csv": out["figures.csv"], "mini-2024/sections.csv": out["sections.csv"] };
  const typed = readDataset((root, rel) =>
    root === "data" && rel in fresh ? { file: rel, bytes: new TextEncoder().encode(fresh[rel]) } : readerWith()(root, rel),
  );
  const revised: RelinkReport = { sections: typed.dataset.reports.get("mini-2024")!.sections.rows, figures: typed.dataset.reports.get("mini-2024")!.figures.rows };
  const gdp2023 = dataset.indicatorValues.rows.find((v) => v.indicator === "gdp" && v.year === 2023)!;
  const { unresolved } = relinkFigureIds([gdp2023], new Map([["mini-2024", revised]]));
  expect(unresolved).toHaveLength(1);
  const p = proposeFigure(gdp2023, revised)!;
  expect(p.cells).toEqual({ figure_id: "review-p1-f1", value: "2.6", value_max: "", qualifier: "", quote: "地区生产总值增长2.6%" });
  expect(p.score).toBeGreaterThan(0.9);
});

test("no proposal when nothing in the report resembles the curated quote", () => {
  const farmland = dataset.indicatorValues.rows.find((v) => v.indicator === "farmland")!;
  expect(proposeFigure({ ...farmland, quote: "完全不同的一句话没有数字" }, base)).toBeNull();
});
