import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { BOM, cellText, quoteField, SOURCE_HEADERS, tableCsv, toCsv } from "./csv";

describe("cellText", () => {
  it.each([
    ["=cmd()", "'=cmd()"],
    ["+1+1", "'+1+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["增长5%", "增长5%"],
    ["a=b", "a=b"],
  ])("neutralises a formula start: %j → %j", (input, expected) => {
    expect(cellText(input)).toBe(expected);
  });
  it("writes numbers as plain decimals, negatives included, and null as blank", () => {
    expect(cellText(-3.2)).toBe("-3.2");
    expect(cellText(82.65)).toBe("82.65");
    expect(cellText(null)).toBe("");
    expect(() => cellText(Number.NaN)).toThrow(/finite/);
  });
});

describe("quoteField", () => {
  it("quotes commas, quotes and line breaks, doubling quotes", () => {
    expect(quoteField('说"好",吧')).toBe('"说""好"",吧"');
    expect(quoteField("a\nb")).toBe('"a\nb"');
    expect(quoteField("平常")).toBe("平常");
  });
});

describe("toCsv", () => {
  it("starts with a BOM and ends every record with CRLF", () => {
    const csv = toCsv(["甲", "乙"], [["1", 2], [null, "x"]]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1)).toBe("甲,乙\r\n1,2\r\n,x\r\n");
  });
  it("rejects a row of the wrong length, naming the row", () => {
    expect(() => toCsv(["a", "b"], [["1"]])).toThrow(/row 1 has 1 cells, expected 2/);
  });
});

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
