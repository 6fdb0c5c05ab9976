import { expect, test } from "vitest";
import { neutraliseCell, servedCsv } from "./data-files";

test("cells a spreadsheet would run as a formula get a leading ', plain numbers do not", () => {
  for (const cell of [`=HYPERLINK("http://x","y")`, "@SUM(A1)", "+A1", "-A1+B1", "\tx", "＝1+1"]) expect(neutraliseCell(cell)).toBe(`'${cell}`);
  for (const cell of ["-2.1", "5", "3.2e3", "增长3.2%", "", "a=b"]) expect(neutraliseCell(cell)).toBe(cell);
});

test("a CSV without such cells is served byte for byte; with them, re-written with only those cells changed", () => {
  const clean = "id,value,note\r\na,-2.1,\"x, y\"\r\n";
  expect(servedCsv(clean)).toBe(clean);
  const poisoned = 'id,value,note\na,-2.1,"=HYPERLINK(""http://x"",""y"")"\nb,5,@SUM(A1)\n';
  expect(servedCsv(poisoned)).toBe(`id,value,note\na,-2.1,"'=HYPERLINK(""http://x"",""y"")"\nb,5,'@SUM(A1)\n`);
});
