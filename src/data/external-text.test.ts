/**
 * A report whose text lies outside the repository (../shared/reports) and has no tables in data/:
 * its sections and figures are extracted from the text whenever the data is read, by the same
 * pipeline as `npm run extract`, and every curated quote and value is checked against them. Without
 * the text either, the report keeps only its curated rows. Runs on the national 2024 report with
 * its committed tables hidden from the reader.
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDataset, type FileReader } from "./dataset";
import { formatDataError } from "./errors";
import { dataDirs, fsReader } from "./load";

const ID = "national-2024";
const dirs = dataDirs({});
const hasText = existsSync(dirs.reportDirs![0]!.dir);

/** The repository's files, with data/national-2024/ hidden and indicator-values.csv optionally edited. */
function reader(editValues: (csv: string) => string = (c) => c): FileReader {
  const fs = fsReader(dirs);
  return (root, rel) => {
    if (root === "data" && rel.startsWith(`${ID}/`)) return { missing: `data/${rel}` };
    const found = fs(root, rel);
    if (root === "data" && rel === "indicator-values.csv" && found && "bytes" in found) {
      return { ...found, bytes: new TextEncoder().encode(editValues(new TextDecoder().decode(found.bytes))) };
    }
    return found;
  };
}

describe.runIf(hasText)("a text outside the repository, with no tables in data/", () => {
  it("is extracted when read: the same rows as `npm run extract` writes, and the data is valid", () => {
    const { dataset, errors } = readDataset(reader());
    expect(errors.map(formatDataError)).toEqual([]);
    const r = dataset.reports.get(ID)!;
    expect(r.seed?.file).toMatch(/national-2024-government-work-report\.txt$/);
    expect(r.extraction).toBeNull();
    const committed = readDataset(fsReader(dirs)).dataset.reports.get(ID)!;
    const strip = <T extends { line: number }>(rows: T[]) => rows.map(({ line: _line, ...rest }) => rest);
    expect(strip(r.sections.rows)).toEqual(strip(committed.sections.rows));
    expect(strip(r.figures.rows)).toEqual(strip(committed.figures.rows));
    expect(r.figures.rows.length).toBeGreaterThan(10);
  });

  it("checks every curated quote and value against the text and its extracted figures", () => {
    const { errors } = readDataset(reader((csv) => csv.replace("国内生产总值增长5%左右", "国内生产总值增长6%左右")));
    expect(errors.map(formatDataError).join("\n")).toMatch(/indicator-values\.csv:\d+:\d+ quote "国内生产总值增长6%左右" — expected an exact substring of .*national-2024-government-work-report\.txt/);
  });
});

describe("a text outside the repository that is absent, with no tables in data/", () => {
  it("keeps only its curated rows: valid, no sections or figures, and a notice that the text is absent", () => {
    const absent = dataDirs({ REPORTS_DIR: "" });
    const fs = fsReader(absent);
    const { dataset, errors, notices } = readDataset((root, rel) => (root === "data" && rel.startsWith(`${ID}/`) ? { missing: `data/${rel}` } : fs(root, rel)));
    expect(errors.map(formatDataError)).toEqual([]);
    const r = dataset.reports.get(ID)!;
    expect([r.textless, r.sections.rows.length, r.figures.rows.length, r.seed]).toEqual([true, 0, 0, null]);
    expect(notices.join("\n")).toMatch(/report text "national-2024-government-work-report\.txt" is not present/);
    expect(dataset.indicatorValues.rows.filter((v) => v.report_id === ID).length).toBeGreaterThan(0);
  });
});

