import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CONTEXT_FILE, statesNumber } from "./context";
import { readDataset } from "./dataset";
import { formatDataError } from "./errors";
import { dataDirs, readData } from "./load";
import { readerWith } from "./fixture-reader.test-helpers";

const HEADER = "id,label_zh,value,unit,qualifier,shown_as,source_title,source_number,source_issuer,source_year,source_url,quote,indicator,note";
const GOOD = "pm25-limit,PM2.5年平均浓度限值（二级）,35,微克/立方米,年平均；二级,国家标准（GB 3095-2012）二级限值,环境空气质量标准,GB 3095-2012,环境保护部,2012,,年平均 15 35 μg/m³,,";

/** Problems of the base fixture dataset with context.csv written as `rows`. */
function problems(...rows: string[]): string[] {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "ctx-")), CONTEXT_FILE);
  writeFileSync(file, [HEADER, ...rows].join("\n") + "\n");
  return readDataset(readerWith(CONTEXT_FILE, file)).errors.map(formatDataError).map((m) => m.replace(file, CONTEXT_FILE));
}

describe("data/context.csv", () => {
  it("the real table is valid and every fact states its value in its quote and names its source", () => {
    const facts = readData(dataDirs()).context;
    expect(facts.map((f) => f.id)).toContain("pm25-annual-limit-grade2");
    const pm25 = facts.find((f) => f.id === "pm25-annual-limit-grade2")!;
    expect([pm25.value, pm25.unit, pm25.source_number]).toEqual([35, "微克/立方米", "GB 3095-2012"]);
    expect(pm25.shown_as).toContain("GB 3095-2012");
  });

  it("a folder without the file has no context rows and no problem", () => {
    expect(readDataset(readerWith()).errors).toEqual([]);
    expect(readDataset(readerWith()).dataset.context.rows).toEqual([]);
  });

  it("a good row passes", () => {
    expect(problems(GOOD)).toEqual([]);
  });

  it("lists every problem at once with file:line:column", () => {
    const rows = [
      GOOD,
      // duplicate id, a value the quote does not state, a typed figure in the note
      GOOD.replace(",35,", ",36,").replace(/,$/, ",an earlier limit was 7.5 higher"),
      // a source line that does not name the document, a bad address, an unknown indicator
      "x-limit,限值,5,%,,国家标准二级限值,标准,GB 1-2000,某部,2000,ftp://x,限值为5,no-such-indicator,",
      // blank required cells and a value written as a word
      "y-limit,,five,%,,s,t,,i,20x,,q,,",
    ];
    expect(problems(...rows)).toEqual([
      `${CONTEXT_FILE}:4:11 source_url "ftp://x" — expected blank or a web address starting https:// or http://`,
      `${CONTEXT_FILE}:5:2 label_zh "" — expected a non-blank value`,
      `${CONTEXT_FILE}:5:3 value "five" — expected a number as the report writes it: 5, 3.2 or -2.1 (no exponent, leading zero, + or -0)`,
      `${CONTEXT_FILE}:5:10 source_year "20x" — expected a whole number ≥ 1900`,
      `${CONTEXT_FILE}:3:1 duplicate context id "pm25-limit" — expected a context id not already used on line 2`,
      `${CONTEXT_FILE}:3:14 note "an earlier limit was 7.5 higher" — expected no typed figure ("7.5" found): name the figure or section by its id (e.g. plan-p3-f7) instead`,
      `${CONTEXT_FILE}:3:12 quote "年平均 15 35 μg/m³" — expected the source's wording stating the value 36 as a whole number`,
    ]);
  });

  it("a row compared with an indicator must share its unit and name a known slug", () => {
    const known = readDataset(readerWith()).dataset.indicators.rows[0]!;
    const bad = GOOD.replace(/,,$/, `,${known.slug},`).replace("微克/立方米", "吨");
    const out = problems(bad, GOOD.replace("pm25-limit", "other").replace(/,,$/, ",nope,"));
    expect(out).toEqual([
      `${CONTEXT_FILE}:2:4 unit "吨" — expected ${JSON.stringify(known.unit)}, the unit of indicator ${known.slug} it is compared with`,
      `${CONTEXT_FILE}:3:13 unknown indicator "nope" — expected blank or a slug from src/test/fixtures/broken/base/data/indicators.csv`,
    ]);
  });

  it("finds the value as a whole number only", () => {
    expect(statesNumber("年平均 15 35 μg/m³", 35)).toBe(true);
    expect(statesNumber("年平均 135", 35)).toBe(false);
    expect(statesNumber("3.5", 35)).toBe(false);
    expect(statesNumber("35.5", 35)).toBe(false);
    expect(statesNumber("限值35。", 35)).toBe(true);
    expect(statesNumber("0.25", 0.25)).toBe(true);
  });
});

