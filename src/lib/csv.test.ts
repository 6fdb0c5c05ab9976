import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { BOM, cellText, DATA_FILE, recordsToCsv, SPREADSHEET, toCsv } from "./csv";

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
  ])("for a spreadsheet, neutralises a formula start: %j → %j", (input, expected) => {
    expect(cellText(input, SPREADSHEET)).toBe(expected);
  });
  it("leaves formula starts alone in a data file", () => {
    expect(cellText("-2+3", DATA_FILE)).toBe("-2+3");
  });
  it("writes numbers as plain decimals, negatives included, and null as blank", () => {
    expect(cellText(-3.2, SPREADSHEET)).toBe("-3.2");
    expect(cellText(82.65, SPREADSHEET)).toBe("82.65");
    expect(cellText(null, SPREADSHEET)).toBe("");
    expect(() => cellText(Number.NaN, SPREADSHEET)).toThrow(/finite/);
  });
  it("refuses non-integer numbers in a data file (exact decimals are strings)", () => {
    expect(cellText(12, DATA_FILE)).toBe("12");
    expect(() => cellText(0.1 + 0.2, DATA_FILE)).toThrow(/integers or decimal strings, got 0.30000000000000004/);
  });
});

describe("toCsv", () => {
  it("quotes only when needed (comma, quote, line break, edge whitespace), doubling quotes", () => {
    const csv = toCsv(["a", "b", "c"], [['说"好",吧', "a\nb", "平常"], [" 前空", "后空\u3000", "中 间"]], DATA_FILE);
    expect(csv).toBe('a,b,c\n"说""好"",吧","a\nb",平常\n" 前空","后空\u3000",中 间\n');
  });
  it("for a spreadsheet: starts with a BOM and ends every record with CRLF", () => {
    const csv = toCsv(["甲", "乙"], [["1", 2], [null, "x"]], SPREADSHEET);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1)).toBe("甲,乙\r\n1,2\r\n,x\r\n");
  });
  it("writes the header alone when there are no rows", () => {
    expect(toCsv(["a", "b"], [], DATA_FILE)).toBe("a,b\n");
  });
  it("rejects a row of the wrong length, naming the row", () => {
    expect(() => toCsv(["a", "b"], [["1"]], SPREADSHEET)).toThrow(/row 1 has 1 cells, expected 2/);
  });
  it("parses back (PapaParse) into the cells written", () => {
    const rows = [["x,y", 'say "hi"', "line\r\nbreak", " edge "], ["", "=1", "-3.5", "引号\"中"]];
    for (const options of [DATA_FILE, SPREADSHEET]) {
      const csv = toCsv(["a", "b", "c", "d"], rows, options);
      const parsed = Papa.parse<string[]>(csv.replace(BOM, ""), { newline: options.newline, skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      expect(parsed.data).toEqual([["a", "b", "c", "d"], ...rows.map((r) => r.map((c) => cellText(c, options)))]);
    }
  });
});

describe("recordsToCsv", () => {
  it("writes the named columns of each record in order, blank for null and missing", () => {
    const csv = recordsToCsv(["a", "b", "c"], [{ a: "x,y", b: 'say "hi"', c: 3 }, { a: "", b: null, c: "line\nbreak" }], DATA_FILE);
    expect(csv).toBe('a,b,c\n"x,y","say ""hi""",3\n,,"line\nbreak"\n');
  });
});
