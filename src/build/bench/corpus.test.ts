import { describe, expect, it } from "vitest";
import { parseManifest } from "../../pipeline/manifest";
import { corpusRow, placesFromReadme } from "./corpus";

const HEADER = "id,place,place_en,level,year,review_year,plan_year,title,file,source,data_date";

describe("the corpus manifest rows", () => {
  it("turns a corpus file name and its province into a valid manifest row", () => {
    const [row] = parseManifest(`${HEADER}\n${corpusRow("zhejiang-2025-government-work-report.txt", "浙江省")}\n`);
    expect(row).toMatchObject({
      id: "zhejiang-2025",
      place: "浙江省",
      place_en: "zhejiang",
      level: "province",
      year: 2025,
      review_year: 2024,
      plan_year: 2025,
      title: "浙江省2025年政府工作报告",
      file: "zhejiang-2025-government-work-report.txt",
    });
  });
  it("gives a second copy of a text its own ids, for the scaled corpus", () => {
    const [row] = parseManifest(`${HEADER}\n${corpusRow("zhejiang-2025-government-work-report.txt", "浙江省", 2)}\n`);
    expect(row).toMatchObject({ id: "zhejiang-2025-copy2", place: "浙江省", file: "zhejiang-2025-government-work-report.txt", title: "浙江省2025年政府工作报告" });
  });
  it("refuses a file not named <place>-<year>-government-work-report.txt", () => {
    expect(() => corpusRow("notes.txt", "x")).toThrow(/expected <place>-<year>-government-work-report\.txt/);
  });
  it("reads the provinces from the corpus README's table", () => {
    const readme = "| file | province |\n|---|---|\n| `henan-2025-government-work-report.txt` | 河南省 | 2025 | 12,977 |\n";
    expect([...placesFromReadme(readme)]).toEqual([["henan-2025-government-work-report.txt", "河南省"]]);
  });
});
