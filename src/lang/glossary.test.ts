import { describe, expect, it } from "vitest";
import { formatDataError } from "../data/errors";
import { loadGlossary, parseGlossary } from "./glossary";

describe("loadGlossary", () => {
  it("reads every term of data/glossary.csv with its Chinese", () => {
    const entries = loadGlossary();
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => /\p{Script=Han}/u.test(e.term_zh) && !/\p{Script=Han}/u.test(e.term_en))).toBe(true);
  });

  it("lists every bad cell with file, line and column, and a repeated term", () => {
    const csv = "term_zh,term_en,explanation_en,in_report,note\n左右,around,Written after a figure: approximately.,yes,\nabc,,short,maybe,\n左右,about,Written after a figure: approximately.,yes,\n";
    expect(parseGlossary(csv, "g.csv").errors.map(formatDataError)).toEqual([
      `g.csv:3:1 term_zh "abc" — expected a Chinese term`,
      `g.csv:3:2 term_en "" — expected the English term`,
      `g.csv:3:3 explanation_en "short" — expected an explanation of at least a sentence`,
      `g.csv:3:4 in_report "maybe" — expected Invalid enum value. Expected 'yes' | 'no', received 'maybe'`,
      `g.csv:4:1 term_zh "左右" — expected a term not already on line 2`,
    ]);
  });
});
