import { describe, expect, it } from "vitest";
import { formatDataError } from "../data/errors";
import { loadGlossary, parseGlossary } from "./glossary";

describe("loadGlossary", () => {
  it("reads every term of data/glossary.csv with its Chinese", () => {
    const entries = loadGlossary();
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => /\p{Script=Han}/u.test(e.term_zh) && !/\p{Script=Han}/u.test(e.term_en))).toBe(true);
  });

  // A number in an explanation is a year, a unit's definition or part of a name, never a figure of a
  // report (those come from data/ with their sentence). A new number fails here until it is one of these.
  const NOT_FIGURES = [
    /\b(19|20)\d\d\b/g, // years
    /\b10,000\b|\b100,000,000\b|\b100[ -]billion\b|\babout 667 square metres\b|\b15 mu make one hectare\b|\(10 MW\)|\b20 million yuan\b/g, // unit definitions
    /\b5G\b|\bNo\. 1\b/g, // names
  ];
  it("explanations type no report figure: only years, unit definitions and names have digits", () => {
    const typed = loadGlossary().flatMap((e) => {
      const rest = [e.term_en, e.explanation_en, e.note ?? ""].map((t) => NOT_FIGURES.reduce((t, re) => t.replace(re, ""), t)).join(" ");
      return (rest.match(/[0-9０-９]+/g) ?? []).map((d) => `${e.term_zh}: ${d}`);
    });
    expect(typed).toEqual([]);
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
