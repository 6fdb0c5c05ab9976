import { describe, expect, test } from "vitest";
import { parseCsv } from "./csv";
import { decodeCsvBytes, firstInvalidUtf8 } from "./utf8";

const lines = (text: string) => parseCsv(text, "t.csv", ["a", "b"]).table.rows.map((r) => [r.line, r.cells.a, r.cells.b]);

describe("parseCsv line numbers", () => {
  test("LF, CRLF and blank lines", () => {
    expect(lines("a,b\n1,2\n\n3,4\n")).toEqual([[2, "1", "2"], [4, "3", "4"]]);
    expect(lines("a,b\r\n1,2\r\n\r\n\r\n3,4")).toEqual([[2, "1", "2"], [5, "3", "4"]]);
  });
  test("quoted newlines keep later rows on their real lines", () => {
    expect(lines('a,b\r\n1,"x\r\ny"\r\n\r\n3,4\r\n"5",6\n')).toEqual([[2, "1", "x\ny"], [5, "3", "4"], [6, "5", "6"]]);
  });
  test("a BOM does not become part of the first column name", () => {
    expect(lines("\uFEFFa,b\n1,2\n")).toEqual([[2, "1", "2"]]);
  });
  test("a row after a multi-line quoted field reports its wrong field count on its own line", () => {
    const { errors } = parseCsv('a,b\n"multi\nline",2\n3\n', "t.csv", ["a", "b"]);
    expect(errors.map((e) => [e.line, e.column])).toEqual([[4, 2]]);
  });
});

test("an unterminated quote is located at its own field, after closed quoted fields", () => {
  const { errors, table } = parseCsv('a,b,c\n1,2,3\n"x,y","z\n4,5,6\n', "t.csv", ["a", "b", "c"]);
  expect(errors.map((e) => [e.line, e.column, e.value])).toEqual([[3, 2, '"z\n4,5,6\n']]);
  expect(table.rows.map((r) => r.line)).toEqual([2]);
});

describe("byte checks", () => {
  test("valid UTF-8 including 4-byte characters passes", () => {
    expect(firstInvalidUtf8(new TextEncoder().encode("阳泉 𠀀 ok"))).toBe(-1);
  });
  test("overlong encodings and lone continuation bytes are invalid", () => {
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xc0, 0xaf]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0x62, 0x80]))).toBe(2);
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0); // UTF-16 surrogate
  });
  test("whitespace-only text is an empty file", () => {
    const r = decodeCsvBytes(new TextEncoder().encode("\uFEFF \n\n"), "t.csv");
    expect("errors" in r && r.errors[0]?.message).toBe("file is empty — expected a header row and data rows");
  });
});
