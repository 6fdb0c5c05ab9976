import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { BOM } from "../lib/csv";
import { SOURCE_HEADERS, tableCsv } from "./csv";

describe("tableCsv", () => {
  const table = {
    columns: [{ key: "name", label: "指标" }, { key: "v", label: "数值" }],
    rows: [{ name: "=cmd()", v: 5 }, { name: '农田,"高标准"', v: null }],
  };
  const sources = [
    { sectionIds: ["plan-6-p2"], urls: ["https://x.cn/report/#plan-6-p2"], quotes: ["建设高标准农田9万亩。"] },
    { sectionIds: [], urls: [], quotes: [] },
  ];
  it("parses back (PapaParse) into the table's rows plus the source columns, injection neutralised", () => {
    const csv = tableCsv(table, sources);
    const parsed = Papa.parse<string[]>(csv.slice(BOM.length), { newline: "\r\n", skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      ["指标", "数值", ...SOURCE_HEADERS],
      ["'=cmd()", "5", "plan-6-p2", "https://x.cn/report/#plan-6-p2", "建设高标准农田9万亩。"],
      ['农田,"高标准"', "", "", "", ""],
    ]);
  });
  it("needs one source per row", () => {
    expect(() => tableCsv(table, sources.slice(0, 1))).toThrow(/1 row sources for 2 rows/);
  });
});
