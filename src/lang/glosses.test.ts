import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatDataError } from "../data/errors";
import { loadReport } from "../data/load";
import { figureIn } from "./copy-lang";
import { figureGloss, paragraphGlosses, readGlosses, staleGlossWarning } from "./glosses";

const figures = loadReport("yangquan-2024").figures;

describe("English glosses (src/content/glosses/en/)", () => {
  it("every gloss quotes words that stand in its paragraph", () => {
    const { errors, stale } = readGlosses("src/content", "en");
    expect(errors.map(formatDataError)).toEqual([]);
    expect(stale.map(formatDataError)).toEqual([]);
  });

  it("finds a figure's gloss by the words around its quote, and the gloss carries its numbers in English", () => {
    for (const f of figures.filter((x) => x.section_id === "plan-p3" || x.section_id === "review-p2")) {
      const gloss = figureGloss("en", "yangquan-2024", f);
      expect(gloss, f.id).toBeDefined();
      // The gloss says the figure's number (the same value, in English conventions).
      const number = figureIn("en", "yangquan-2024", f.id).match(/[\d,.]+/)![0];
      expect(gloss!.text, f.id).toContain(number);
    }
  });

  it("lists a paragraph's glosses in reading order", () => {
    const starts = paragraphGlosses("en", "yangquan-2024", "plan-p3").map((g) => g.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe("readGlosses problems", () => {
  it("names the file, line and column of an unknown paragraph (an error) and of words no longer in the paragraph (stale, not shown)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "gloss-"));
    mkdirSync(path.join(dir, "glosses", "en"), { recursive: true });
    writeFileSync(path.join(dir, "glosses", "en", "r.yaml"), "p1:\n  - zh: 甲乙\n    en: A B\n  - zh: 不在\n    en: missing\np9:\n  - zh: 甲\n    en: A\n");
    const text = (_r: string, id: string) => (id === "p1" ? "甲乙丙" : undefined);
    const result = readGlosses(dir, "en", text);
    const short = (m: string) => m.replace(/^(warning: )?.*glosses\//, "$1glosses/");
    expect(result.errors.map(formatDataError).map(short)).toEqual([`glosses/en/r.yaml:7:3 paragraph "p9" — expected a paragraph id of data/r/sections.csv`]);
    expect(result.stale.map(staleGlossWarning).map(short)).toEqual([
      `warning: glosses/en/r.yaml:4:9 p1.1.zh "不在" — expected words that stand exactly in paragraph p1 of data/r/sections.csv; the text changed, so this gloss is not shown (update or remove it)`,
    ]);
    // Only the glosses whose words still stand in the paragraph are kept.
    expect([...result.glosses.values()].flat().map((g) => g.zh)).toEqual(["甲乙"]);
  });
});
