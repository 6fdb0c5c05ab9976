import { describe, expect, test } from "vitest";
import { readDataset } from "./dataset";
import { DataValidationError, formatDataErrors, type DataError } from "./errors";
import { errorsWith, FIXTURES, readerWith } from "./fixture-reader.test-helpers";

/** The parts of a DataError a maintainer relies on. */
const slim = (e: DataError) => ({ file: e.file, line: e.line, column: e.column, value: e.value, expected: e.expected });
const F = (name: string) => `${FIXTURES}/${name}`;
const NUMBER = "a number as the report writes it: 5, 3.2 or -2.1 (no exponent, leading zero, + or -0)";
const IV_COLUMNS = "10 fields (indicator,report_id,year,status,value,value_max,qualifier,quote,figure_id,note)";

test("the base fixture dataset is valid", () => {
  expect(readDataset(readerWith()).errors).toEqual([]);
});

describe("each broken fixture is reported with file, line, column, value and expectation", () => {
  const cases: [string, string, string, Partial<DataError>[]][] = [
    ["missing column in a row", "indicator-values.csv", "missing-column.csv",
      [{ line: 3, column: 10, value: null, expected: IV_COLUMNS }]],
    ["extra column in a row", "indicator-values.csv", "extra-column.csv",
      [{ line: 2, column: 11, value: "extra", expected: IV_COLUMNS }]],
    ["non-numeric value", "indicator-values.csv", "non-numeric-value.csv",
      [{ line: 3, column: 5, value: "4.O", expected: NUMBER }]],
    ["whitespace-only number", "indicator-values.csv", "whitespace-number.csv",
      [{ line: 2, column: 5, value: " ", expected: NUMBER }]],
    ["blank required cell", "areas.csv", "blank-required.csv",
      [{ line: 2, column: 5, value: "", expected: "a non-blank value" }]],
    ["wrong enum value", "indicator-values.csv", "wrong-enum.csv",
      [{ line: 2, column: 4, value: "planned", expected: "one of: actual, target, not_stated" }]],
    ["duplicate id", "projects.csv", "duplicate-id.csv",
      [{ line: 3, column: 1, value: "farmland-2024", expected: "a project id not already used on line 2" }]],
    ["unknown area slug", "indicators.csv", "unknown-area-slug.csv",
      [{ line: 3, column: 3, value: "farming", expected: "a slug from src/test/fixtures/broken/base/data/areas.csv" }]],
    ["unknown section id", "projects.csv", "unknown-section-id.csv",
      [{ line: 2, column: 3, value: "plan-7-p1", expected: "an id from src/test/fixtures/broken/base/data/mini-2024/sections.csv" }]],
    ["unknown figure id", "indicator-values.csv", "unknown-figure-id.csv",
      [{ line: 2, column: 9, value: "plan-1-p1-f9", expected: "an id from src/test/fixtures/broken/base/data/mini-2024/figures.csv" }]],
    ["unterminated quote", "indicator-values.csv", "unterminated-quote.csv",
      [{ line: 2, column: 8, value: '"地区生产总值增长3.2%,review', expected: 'a closing " before the end of the file' }]],
    ["empty file", "areas.csv", "empty.csv",
      [{ line: null, column: null, value: null, expected: "a header row and data rows" }]],
    ["binary garbage", "areas.csv", "binary-garbage.csv",
      [{ line: 1, column: null, value: "0x89 0x50", expected: expect.stringContaining("UTF-8 text") as unknown as string }]],
    ["NUL bytes", "areas.csv", "nul-bytes.csv",
      [{ line: 1, column: null, value: "0x00", expected: "text, not binary data" }]],
    ["GBK-encoded file", "areas.csv", "gbk-encoded.csv",
      [{ line: 2, column: null, value: "0xC0 0xA9", expected: expect.stringContaining("GBK") as unknown as string }]],
    ["misspelled header", "indicator-values.csv", "header-misspelled.csv", [
      { line: 1, column: 5, value: "vaule", expected: expect.stringContaining("one of: indicator,") as unknown as string },
      { line: 1, column: null, value: "value", expected: expect.stringContaining("a header with: indicator,") as unknown as string },
    ]],
    ["curated quote not in the seed", "indicator-values.csv", "quote-not-in-seed.csv",
      [{ line: 2, column: 8, value: "地区生产总值增长6%左右", expected: "an exact substring of src/test/fixtures/broken/base/seeds/mini-2024.txt" }]],
    ["curated quote does not span its figure", "indicator-values.csv", "quote-misses-figure.csv", [
      { line: 2, column: 8, value: "城镇新增就业1.84万人", expected: 'to contain figure review-p1-f1 ("增长3.2%") where it stands in section review-p1' },
      { line: 2, column: 9, value: "%", expected: '"万人", the unit of indicator urban-jobs' },
    ]],
    ["curated value differs from the extracted figure", "indicator-values.csv", "value-mismatch.csv",
      [{ line: 2, column: 5, value: "5.5", expected: '5, the value of figure plan-1-p1-f1 ("增长5%左右")' }]],
  ];
  test.each(cases)("%s", (_label, table, fixture, expected) => {
    const errors = errorsWith(table, fixture).map(slim);
    expect(errors).toEqual(expected.map((e) => ({ file: F(fixture), ...e })));
  });

  test("an area slug twice in one report; the same slug in another report keeps its colours", () => {
    expect(errorsWith("areas.csv", "area-slug-twice.csv").map(slim)).toContainEqual(
      { file: F("area-slug-twice.csv"), line: 3, column: 3, value: "mini-2024 demand", expected: "a slug in this report not already used on line 2" });
    expect(errorsWith("areas.csv", "area-colour-differs.csv").map(slim)).toContainEqual(
      { file: F("area-colour-differs.csv"), line: 3, column: 7, value: "#d55e00", expected: '#0072b2, the colour of area "demand" on line 2: one slug, one colour' });
  });

  test("unit of an indicator inconsistent with its figures", () => {
    const errors = errorsWith("indicators.csv", "unit-mismatch.csv").map(slim);
    const iv = "src/test/fixtures/broken/base/data/indicator-values.csv";
    expect(errors).toEqual([
      { file: iv, line: 2, column: 9, value: "%", expected: '"个百分点", the unit of indicator gdp' },
      { file: iv, line: 3, column: 9, value: "%", expected: '"个百分点", the unit of indicator gdp' },
    ]);
  });
});

test("several problems in one file are all reported, in order", () => {
  const errors = errorsWith("indicator-values.csv", "multiple-problems.csv");
  expect(formatDataErrors(errors).split("\n")).toEqual([
    `${F("multiple-problems.csv")}:4:5 value "abc" — expected ${NUMBER}`,
    `${F("multiple-problems.csv")}:5:10 row has 9 fields; no field for "note" — expected ${IV_COLUMNS}`,
    `${F("multiple-problems.csv")}:6:5 value "1.8" — expected blank when status is not_stated`,
    `${F("multiple-problems.csv")}:7:3 year "20x4" — expected a whole number ≥ 1900`,
  ]);
});

test("problems in several files are reported together by one thrown error", () => {
  const a = errorsWith("indicator-values.csv", "non-numeric-value.csv");
  const b = errorsWith("projects.csv", "duplicate-id.csv");
  const thrown = new DataValidationError([...b, ...a]);
  expect(thrown.message).toBe(
    `2 data problems:\n${F("duplicate-id.csv")}:3:1 duplicate project id "farmland-2024" — expected a project id not already used on line 2\n` +
      `${F("non-numeric-value.csv")}:3:5 value "4.O" — expected ${NUMBER}`,
  );
  expect(thrown.stack).not.toMatch(/\bat /);
});
