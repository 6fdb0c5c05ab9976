import { expect, test } from "vitest";
import { normalizeLine } from "../pipeline/normalize.ts";
import { foldWidth } from "./fold-width.ts";

test("folds exactly the characters the pipeline folds, one for one", () => {
  const sample = "增长３．２％，ＧＷｈ与ＰＭ２.５；（一）“十四五”，　全角空格：保持。";
  expect(foldWidth(sample)).toBe("增长3.2%，GWh与PM2.5；（一）“十四五”，　全角空格：保持。");
  expect(foldWidth(sample)).toHaveLength(sample.length);
  // Every BMP character folds as the pipeline's line normaliser does (indents aside, which it strips).
  let all = "";
  for (let c = 0x21; c < 0xffff; c++) if (c < 0xd800 || c > 0xdfff) all += String.fromCharCode(c);
  expect(foldWidth(all)).toBe(normalizeLine(all));
});
