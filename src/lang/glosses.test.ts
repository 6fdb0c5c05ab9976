import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatDataError, sortDataErrors } from "../data/errors";
import { loadReport } from "../data/load";
import { sentencesOf } from "../data/topics";
import { loadEditions } from "../edition";
import { escapeHtml } from "../stories/copy";
import { renderCopyHtml } from "../stories/copy-context";
import { figureIn } from "./copy-lang";
import { figureGloss, paragraphGlosses, readGlosses, sentenceAt, sentenceHash, staleGlossWarning, type GlossSource } from "./glosses";

const report = loadReport("yangquan-2024");
const en = loadEditions().find((e) => e.lang === "en")!;

describe("English glosses (src/content/glosses/en/)", () => {
  it("every gloss's sentences still hash as recorded, and none types a number or names a figure outside them", () => {
    const { errors, stale } = readGlosses("src/content", "en");
    expect(errors.map(formatDataError)).toEqual([]);
    expect(stale.map(formatDataError)).toEqual([]);
  });

  it("finds a figure's gloss by its sentence, and the gloss shows the figure as the English copy writes it, linked to it", () => {
    for (const f of report.figures.filter((x) => x.section_id === "plan-p3" || x.section_id === "review-p2")) {
      const gloss = figureGloss("en", "yangquan-2024", f);
      expect(gloss, f.id).toBeDefined();
      // The gloss covers the sentence the extraction gave the figure.
      expect(report.sections.find((s) => s.id === f.section_id)!.text.slice(gloss!.start, gloss!.end), f.id).toContain(f.sentence);
      expect(renderCopyHtml(gloss!.text, en), f.id).toContain(`#${f.id}"><b>${escapeHtml(figureIn("en", "yangquan-2024", f.id))}</b></a>`);
    }
  });

  it("lists a paragraph's glosses in reading order", () => {
    const starts = paragraphGlosses("en", "yangquan-2024", "plan-p3").map((g) => g.start);
    expect(starts.length).toBeGreaterThan(1);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe("readGlosses problems", () => {
  // Paragraph p1 has three sentences: figure p1-f1 stands in the first, p1-f2 in the second.
  const text = "增长3%；收入5亿元。其余不变。";
  const [s1, s2, s3] = sentencesOf(text).map((s) => s.text);
  const figures = [
    { id: "p1-f1", offset: text.indexOf("3%"), quote: "3%" },
    { id: "p1-f2", offset: text.indexOf("5亿元"), quote: "5亿元" },
  ];
  const source: GlossSource = (reportId) => (reportId === "absent" ? null : (id) => (id === "p1" ? { text, figures } : undefined));
  const short = (m: string) => m.replace(/^(warning: )?.*glosses\//, "$1glosses/");

  function read(files: Record<string, string>) {
    const dir = mkdtempSync(path.join(tmpdir(), "gloss-"));
    mkdirSync(path.join(dir, "glosses", "en"), { recursive: true });
    for (const [name, body] of Object.entries(files)) writeFileSync(path.join(dir, "glosses", "en", name), body);
    return readGlosses(dir, "en", source);
  }

  it("keeps a gloss whose sentences hash as recorded, covering a range of them", () => {
    const result = read({ "r.yaml": `p1:\n  - sentence: 1-2\n    hash: "${sentenceHash(s1! + s2!)}"\n    en: Up {fig:p1-f1}; income {fig:p1-f2}.\n  - sentence: 3\n    hash: "${sentenceHash(s3!)}"\n    en: The rest is unchanged.\n` });
    expect(result.errors.map(formatDataError)).toEqual([]);
    expect(result.stale).toEqual([]);
    const kept = result.glosses.get("r:p1")!;
    expect(kept.map((g) => [g.first, g.last, text.slice(g.start, g.end), g.figureIds])).toEqual([
      [1, 2, s1! + s2!, ["p1-f1", "p1-f2"]],
      [3, 3, s3!, []],
    ]);
    // What a new gloss of a figure's sentence is keyed by.
    expect(sentenceAt(text, figures[1]!.offset)).toEqual({ sentence: 2, hash: sentenceHash(s2!), text: s2 });
  });

  it("drops a gloss whose sentence changed or is gone, with a warning naming file:line:column and the new hash", () => {
    const result = read({ "r.yaml": `p1:\n  - sentence: 1\n    hash: "00000000"\n    en: Up {fig:p1-f1}.\n  - sentence: 3\n    hash: "${sentenceHash(s3!)}"\n    en: The rest is unchanged.\n  - sentence: 4\n    hash: "00000000"\n    en: Gone.\n` });
    expect(result.errors).toEqual([]);
    expect(result.stale.map(staleGlossWarning).map(short)).toEqual([
      `warning: glosses/en/r.yaml:3:11 p1.0.hash "00000000" — expected the hash of sentence 1 of paragraph p1 of data/r/sections.csv, now "${sentenceHash(s1!)}" (“增长3%；”); the text changed, so this gloss is not shown (update or remove it)`,
      `warning: glosses/en/r.yaml:8:15 p1.2.sentence "4" — expected a sentence of paragraph p1 of data/r/sections.csv (it has 3); the text changed, so this gloss is not shown (update or remove it)`,
    ]);
    // Only the gloss whose sentence did not change is kept.
    expect(result.glosses.get("r:p1")!.map((g) => g.text)).toEqual(["The rest is unchanged."]);
  });

  it("names file:line:column of a typed number, a token other than {fig:}, a figure outside the sentence, a figure left out and an unknown paragraph", () => {
    const h1 = sentenceHash(s1!);
    const result = read({
      "r.yaml": [
        "p1:",
        "  - sentence: 1",
        `    hash: "${h1}"`,
        "    en: >-",
        "      Grew {fig:p1-f1}, or 3.0% as typed,",
        "      up {val:p1-f1}.",
        "  - sentence: 1",
        `    hash: "${h1}"`,
        "    en: Grew {fig:p1-f1}, income {fig:p1-f2}.",
        "  - sentence: 1-2",
        `    hash: "${sentenceHash(s1! + s2!)}"`,
        "    en: Grew {fig:p1-f1}.",
        "p9:",
        "  - sentence: 1",
        `    hash: "${h1}"`,
        "    en: Anything.",
        "",
      ].join("\n"),
      "s.yaml": `p1:\n  - sentence: 1\n    hash: 12345678\n    en: x\n`,
    });
    expect(sortDataErrors(result.errors).map(formatDataError).map(short)).toEqual([
      `glosses/en/r.yaml:5:28 p1.0.en "3.0" — expected no typed number in a gloss: write the figure as {fig:<figure id>}, or the words without digits`,
      `glosses/en/r.yaml:6:10 p1.0.en "{val:p1-f1}" — expected a {fig:<figure id>} token (a gloss names only figures of its sentences)`,
      `glosses/en/r.yaml:9:9 p1.1.en "{fig:p1-f2}" — expected a figure standing in sentence 1 of paragraph p1: p1-f1`,
      `glosses/en/r.yaml:12:9 p1.2.en "Grew {fig:p1-f1}." — expected every figure of the sentence written as a token: {fig:p1-f2} ("5亿元") is missing`,
      `glosses/en/r.yaml:14:3 paragraph "p9" — expected a paragraph id of data/r/sections.csv`,
      `glosses/en/s.yaml:3:11 p1.0.hash "12345678" — expected 8 hex digits in quotes (the hash the check names)`,
    ]);
    expect(result.glosses.size).toBe(0);
  });

  it("reads nothing, and reports nothing, for a report whose text is absent", () => {
    const result = read({ "absent.yaml": `p1:\n  - sentence: 1\n    hash: "00000000"\n    en: Anything.\n` });
    expect(result).toEqual({ glosses: new Map(), errors: [], stale: [] });
  });
});
