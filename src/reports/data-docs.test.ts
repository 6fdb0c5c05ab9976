import { expect, test } from "vitest";
import { cells, docKey, parseDataDocs } from "./data-docs";

const README = [
  "# data/",
  "| file | made by | edit by hand? |",
  "|---|---|---|",
  "| `<report-id>/figures.csv` | `npm run extract` from `seeds/<file>` | no — regenerate |",
  "| `areas.csv` | curated | yes |",
  "## `<report-id>/figures.csv` — every quantity (generated)",
  "One row per value.",
  "| column | meaning |",
  "|---|---|",
  "| `qualifier` | qualifiers joined by `|`: 左右, 以上 |",
  "| `value` | the number as written |",
  "## `areas.csv` — the areas (curated)",
  "`report_id, slug` — slug is the URL part.",
  "- one row per area",
  "## Loading",
  "Not a file section.",
].join("\n");

test("a | inside code marks stays in its cell", () => {
  expect(cells("| `qualifier` | joined by `|`: 左右 |")).toEqual(["`qualifier`", "joined by `|`: 左右"]);
});

test("provenance, prose and column meanings per file; other sections ignored", () => {
  const docs = parseDataDocs(README);
  expect([...docs.keys()]).toEqual(["<report-id>/figures.csv", "areas.csv"]);
  const figures = docs.get("<report-id>/figures.csv")!;
  expect(figures.madeBy).toBe("npm run extract from seeds/<file>");
  expect(figures.intro).toEqual(["One row per value."]);
  expect([...figures.columns]).toEqual([["qualifier", "qualifiers joined by |: 左右, 以上"], ["value", "the number as written"]]);
  const areas = docs.get("areas.csv")!;
  expect(areas.madeBy).toBe("curated");
  expect(areas.intro).toEqual(["report_id, slug — slug is the URL part.", "one row per area"]);
});

test("report tables map to the README's <report-id> key", () => {
  expect(docKey("yangquan-2024/figures.csv", ["yangquan-2024"])).toBe("<report-id>/figures.csv");
  expect(docKey("areas.csv", ["yangquan-2024"])).toBe("areas.csv");
});
