import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContext, loadData } from "../data/load";
import { renderCopy, type CopyContext, type CopyFigure } from "../stories/copy";
import { copyContextIn } from "./copy-lang";
import { contextWordsIn, readContextWords } from "./context-words";

const facts = loadContext();
const dirWith = (text: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), "context-words-"));
  mkdirSync(path.join(dir, "context"));
  writeFileSync(path.join(dir, "context", "en.yaml"), text);
  return dir;
};

describe("outside facts in English (src/content/context/en.yaml)", () => {
  it("give every context.csv row a label and a source line with the row's own document number", () => {
    const words = contextWordsIn("en");
    for (const fact of facts) {
      const { label, shownAs } = words.of(fact.id);
      expect([label, shownAs].join(" ")).not.toMatch(/\p{Script=Han}/u);
      if (fact.source_number) expect(shownAs).toContain(fact.source_number);
    }
  });

  it("render {ctx:} in English, marked as outside the report, linked to the data page", () => {
    const data = loadData();
    const figures = new Map<string, Map<string, CopyFigure>>();
    for (const [id, report] of data.reports) figures.set(id, new Map(report.figures.map((f) => [f.id, f])));
    const zh: CopyContext = { base: "/", reportId: "yangquan-2024", figures, indicatorValues: data.indicatorValues, context: data.context, pages: { report: "en/report/", reports: "en/reports/", data: "en/data/" } };
    const fact = facts[0]!;
    const html = renderCopy(`limit {ctx:${fact.id}}`, copyContextIn(zh, "en"));
    expect(html).toContain(`href="/en/data/#context-${fact.id}"`);
    expect(html).toContain(`(${contextWordsIn("en").outsideMark}: ${contextWordsIn("en").of(fact.id).shownAs.replace(/'/g, "&#39;")})`);
    expect(html.replace(/<[^>]+>/g, "")).not.toMatch(/\p{Script=Han}/u);
  });

  it("name a fact without words, an id that is no row, and a {source_number} the row lacks, at file:line:column", () => {
    const row = { ...facts[0]!, source_number: "" };
    const text = `outside_mark: outside\nfacts:\n  no-such-fact: { label: L, shown_as: S }\n  ${row.id}: { label: L, shown_as: "standard {source_number}" }\n`;
    const { errors } = readContextWords(dirWith(text), "en", [row, { ...row, id: "another-fact" }]);
    expect(errors.map((e) => [e.line, e.message])).toEqual([
      [3, expect.stringMatching(/^facts "no-such-fact" — expected an id from data\/context\.csv/)],
      [3, expect.stringContaining("but another-fact has none")],
      [4, expect.stringContaining("no {source_number}: the row has no document number")],
    ]);
  });
});
