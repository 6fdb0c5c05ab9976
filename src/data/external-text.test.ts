/**
 * A report whose text lies outside the repository (../shared/reports) and has no tables in data/
 * (the national 2024 report): its sections and figures are extracted from the text whenever the
 * data is read, by the same pipeline as `npm run extract`, and every curated quote and value is
 * checked against them. Without the text (a clone without ../shared), the report keeps only its
 * curated rows, and each stated row must write its own value, for it stands in for the figure
 * (src/data/cited.ts).
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderReport } from "../pipeline/run";
import { readDataset, type FileReader } from "./dataset";
import { formatDataError } from "./errors";
import { dataDirs, fsReader } from "./load";
import { TABLES } from "./schema";
import { readTableText } from "./table";
import { validationReport } from "./validation-report";

const ID = "national-2024";
const present = dataDirs({});
const hasText = existsSync(present.reportDirs![0]!.dir);

/** The repository's files in `dirs`, with indicator-values.csv optionally edited. */
function reader(dirs = present, editValues: (csv: string) => string = (c) => c): FileReader {
  const fs = fsReader(dirs);
  return (root, rel) => {
    const found = fs(root, rel);
    if (root === "data" && rel === "indicator-values.csv" && found && "bytes" in found) {
      return { ...found, bytes: new TextEncoder().encode(editValues(new TextDecoder().decode(found.bytes))) };
    }
    return found;
  };
}

describe("the national report commits no tables", () => {
  it("has no sections.csv, figures.csv or extraction.csv in data/", () => {
    for (const t of ["sections.csv", "figures.csv", "extraction.csv"]) expect(existsSync(`${present.dataDir}/${ID}/${t}`), t).toBe(false);
  });
});

describe.runIf(hasText)("a text outside the repository, with no tables in data/", () => {
  it("is extracted when read: the same rows as `npm run extract` writes, and the data is valid", () => {
    const { dataset, errors } = readDataset(reader());
    expect(errors.map(formatDataError)).toEqual([]);
    const r = dataset.reports.get(ID)!;
    expect(r.seed?.file).toMatch(/national-2024-government-work-report\.txt$/);
    expect(r.extraction).toBeNull();
    const out = renderReport(r.seed!.text, dataset.manifest.rows.find((m) => m.id === ID)!, r.seed!.file);
    expect(r.sections.rows).toEqual(readTableText(out["sections.csv"], r.sections.file, TABLES.sections).rows);
    expect(r.figures.rows).toEqual(readTableText(out["figures.csv"], r.figures.file, TABLES.figures).rows);
    expect(r.figures.rows.length).toBeGreaterThan(10);
  });

  it("checks every curated quote and value against the text and its extracted figures", () => {
    const { errors } = readDataset(reader(present, (csv) => csv.replace("国内生产总值增长5%左右", "国内生产总值增长6%左右")));
    expect(errors.map(formatDataError).join("\n")).toMatch(/indicator-values\.csv:\d+:\d+ quote "国内生产总值增长6%左右" — expected an exact substring of .*national-2024-government-work-report\.txt/);
  });
});

describe("a text outside the repository that is absent, with no tables in data/", () => {
  const absent = dataDirs({ REPORTS_DIR: "" });

  it("keeps only its curated rows: valid, no sections or figures, and a notice that the text is absent", () => {
    const { dataset, errors, notices } = readDataset(reader(absent));
    expect(errors.map(formatDataError)).toEqual([]);
    const r = dataset.reports.get(ID)!;
    expect([r.textless, r.sections.rows.length, r.figures.rows.length, r.seed]).toEqual([true, 0, 0, null]);
    expect(notices.join("\n")).toMatch(/report text "national-2024-government-work-report\.txt" is not present/);
    const curated = dataset.indicatorValues.rows.filter((v) => v.report_id === ID).length;
    expect(curated).toBeGreaterThan(0);
    expect(validationReport(absent).stdout).toContain(`${ID} (text absent: ${curated} curated values)`);
  });

  it("refuses a curated quote that does not write its value: it stands in for the figure", () => {
    const { errors } = readDataset(reader(absent, (csv) => csv.replace("gdp,national-2024,2024,target,5,", "gdp,national-2024,2024,target,6,")));
    expect(errors.map(formatDataError)).toEqual([
      expect.stringMatching(/^data\/indicator-values\.csv:\d+:8 quote "国内生产总值增长5%左右" — expected to write the value as "6%" \(the unit of indicator gdp\); the text of national-2024 is absent, so the quote stands in for figure part2-p3-f1$/),
    ]);
  });
});
