/**
 * Unofficial glosses: an English (or other) rendering of the report's sentences that a page cites,
 * shown beside the link to the Chinese original and always marked as an unofficial translation.
 * One file per language and report: `src/content/glosses/<lang>/<report-id>.yaml`, keyed by
 * paragraph id (sections.csv), each a list of glosses of its sentences:
 *
 *   review-p2:
 *     - sentence: 2-3        # sentences 2 to 3 of the paragraph (or one: `sentence: 4`)
 *       hash: "7c1e0a9b"      # what those sentences hashed to when the gloss was written
 *       en: Regional GDP … grew {fig:review-p2-f1}; …
 *
 * Sentences are numbered as the extraction splits them (after each 。！？；, src/data/topics.ts
 * `sentencesOf`, the split that gives figures.csv its `sentence`), from 1 in each paragraph. A gloss
 * types no number: every figure is a `{fig:<figure id>}` token of a figure standing in its sentences,
 * written by the story copy renderer (src/stories/copy.ts with src/lang/copy-lang.ts: "67.62 million
 * tonnes", "around 5%") and linked to its place in the text; each figure of the sentences is used.
 * A digit in the prose outside a token, a token of another kind or of a figure outside the sentences,
 * an unknown paragraph: DataErrors with file:line:column, all at once.
 *
 * `hash` is the first 8 hex digits of the SHA-256 of the sentences' text. A gloss whose sentences no
 * longer hash to it (a revised report text changed them) is stale: it is never shown, since it
 * would pass off a translation of the old sentence as one of the new. It does not stop the build (a
 * revised text builds with no other change); the build prints a warning naming file:line:column and
 * the sentences' new hash, and the page shows the text with no gloss there. The repository's own
 * glosses must have none (glosses.test.ts). A report whose text is absent (the national text in a
 * clone without ../shared/) has no glosses shown, and no error.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { isNode, isScalar, LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { dataError, DataValidationError, formatDataError, sortDataErrors, type DataError } from "../data/errors";
import { loadData } from "../data/load";
import { sentencesOf } from "../data/topics";
import { parseYamlWith } from "../lib/yaml-file";

export interface Gloss {
  reportId: string;
  sectionId: string;
  /** The sentences glossed, numbered from 1 in the paragraph: first and last (the same for one). */
  first: number;
  last: number;
  /** Where those sentences start and end in the paragraph's text. */
  start: number;
  end: number;
  /** The gloss as written: prose with `{fig:<id>}` tokens (render with the story copy renderer). */
  text: string;
  /** The figures its tokens name, in order of use. */
  figureIds: string[];
}

/** The part of a report a gloss is checked against. */
export interface GlossParagraph {
  text: string;
  figures: readonly { id: string; offset: number; quote: string }[];
}

/** A report's paragraphs: null when the report's text is absent (its glosses are then not read). */
export type GlossSource = (reportId: string) => ((sectionId: string) => GlossParagraph | undefined) | null;

const HASH = /^[0-9a-f]{8}$/;
const SENTENCES = /^([1-9]\d*)(?:-([1-9]\d*))?$/;
const entry = z
  .object({
    sentence: z.union([z.number().int().min(1), z.string().regex(SENTENCES)], {
      errorMap: () => ({ message: "a sentence number of the paragraph (from 1), or a range first-last such as 2-3" }),
    }),
    hash: z.string({ invalid_type_error: "8 hex digits in quotes (the hash the check names)" }).regex(HASH, "8 hex digits in quotes (the hash the check names)"),
    en: z.string().min(1, "the gloss"),
  })
  .strict();
const schema = z.record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "a paragraph id from sections.csv"), z.array(entry).min(1, "at least one sentence"));

/** The hash a gloss records of its sentences' text. */
export function sentenceHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, 8);
}

/** The sentence of a paragraph holding `offset`, as a gloss keys it: its number, hash and words. */
export function sentenceAt(paragraph: string, offset: number): { sentence: number; hash: string; text: string } | undefined {
  const all = sentencesOf(paragraph);
  const i = all.findIndex((s) => s.from <= offset && offset < s.to);
  return i < 0 ? undefined : { sentence: i + 1, hash: sentenceHash(all[i]!.text), text: all[i]!.text };
}

/** Tokens a gloss may hold; anything else in braces is an error. */
const TOKEN = /\{([a-z]+):([^{}]*)\}/g;
/** A number typed in prose: digits, with the points and commas between them. */
const TYPED = /[0-9０-９](?:[0-9０-９.,]*[0-9０-９])?/g;

function fileLabel(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return rel.startsWith("..") || path.isAbsolute(rel) ? abs : rel.split(path.sep).join("/");
}

const realSource: GlossSource = (reportId) => {
  const report = loadData().reports.get(reportId);
  if (!report || report.sections.length === 0) return null;
  return (sectionId) => {
    const section = report.sections.find((s) => s.id === sectionId);
    return section && { text: section.text, figures: report.figures.filter((f) => f.section_id === sectionId) };
  };
};

/** Where each `en` value stands in the file's text, for placing a digit typed in it. */
function enRanges(source: string): { lines: LineCounter; at: (sectionId: string, i: number) => { from: number; to: number } | undefined } {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines });
  return {
    lines,
    at: (sectionId, i) => {
      const node = doc.getIn([sectionId, i, "en"], true);
      if (!isNode(node) || !node.range) return undefined;
      let from = node.range[0];
      // A block scalar's source starts with its header (>-): the text begins on the next line.
      if (isScalar(node) && (node.type === "BLOCK_FOLDED" || node.type === "BLOCK_LITERAL")) from = source.indexOf("\n", from) + 1;
      return { from, to: node.range[1] };
    },
  };
}

/** Glosses of every report in `<dir>/glosses/<lang>/`, checked against the paragraphs' text. */
export function readGlosses(dir: string, lang: string, source: GlossSource = realSource): { glosses: Map<string, Gloss[]>; errors: DataError[]; stale: DataError[] } {
  const folder = path.join(dir, "glosses", lang);
  const glosses = new Map<string, Gloss[]>();
  const errors: DataError[] = [];
  const stale: DataError[] = [];
  const names = existsSync(folder) ? readdirSync(folder).filter((n) => n.endsWith(".yaml")).sort() : [];
  for (const name of names) {
    const reportId = name.replace(/\.yaml$/, "");
    const file = fileLabel(path.join(folder, name));
    const raw = readFileSync(path.join(folder, name), "utf8");
    const parsed = parseYamlWith(raw, schema);
    if (!parsed.ok) {
      errors.push(...parsed.issues.map((i) => dataError(file, i.line, i.column, i.field, i.value, i.expected)));
      continue;
    }
    const paragraphOf = source(reportId);
    if (!paragraphOf) continue; // the report's text is absent: nothing to gloss, nothing shown
    const ranges = enRanges(raw);
    for (const [sectionId, entries] of Object.entries(parsed.data)) {
      const paragraph = paragraphOf(sectionId);
      if (paragraph === undefined) {
        const at = parsed.locate([sectionId]);
        errors.push(dataError(file, at.line, at.column, "paragraph", sectionId, `a paragraph id of data/${reportId}/sections.csv`));
        continue;
      }
      const sentences = sentencesOf(paragraph.text);
      entries.forEach((e, i) => {
        const where = (field: string) => parsed.locate([sectionId, i, field]);
        const field = (name: string) => `${sectionId}.${i}.${name}`;
        const problems: DataError[] = [];
        // Typed digits and tokens that are not {fig:} (checked whatever the text says now).
        const span = ranges.at(sectionId, i);
        if (span) {
          const written = raw.slice(span.from, span.to);
          const tokens = [...written.matchAll(TOKEN)].map((m) => ({ from: m.index, to: m.index + m[0].length, kind: m[1]!, token: m[0] }));
          for (const t of tokens.filter((t) => t.kind !== "fig")) {
            const pos = ranges.lines.linePos(span.from + t.from);
            problems.push(dataError(file, pos.line, pos.col, field("en"), t.token, "a {fig:<figure id>} token (a gloss names only figures of its sentences)"));
          }
          for (const m of written.matchAll(TYPED)) {
            if (tokens.some((t) => m.index >= t.from && m.index < t.to)) continue;
            const pos = ranges.lines.linePos(span.from + m.index);
            problems.push(dataError(file, pos.line, pos.col, field("en"), m[0], "no typed number in a gloss: write the figure as {fig:<figure id>}, or the words without digits"));
          }
        }
        const [, a, b] = SENTENCES.exec(String(e.sentence))!;
        const first = Number(a);
        const last = b === undefined ? first : Number(b);
        if (last < first) {
          const at = where("sentence");
          errors.push(...problems, dataError(file, at.line, at.column, field("sentence"), String(e.sentence), "a range first-last with first ≤ last"));
          return;
        }
        if (last > sentences.length) {
          // The paragraph has fewer sentences than when the gloss was written: the text changed.
          const at = where("sentence");
          errors.push(...problems);
          stale.push(dataError(file, at.line, at.column, field("sentence"), String(e.sentence), `a sentence of paragraph ${sectionId} of data/${reportId}/sections.csv (it has ${sentences.length})`));
          return;
        }
        const start = sentences[first - 1]!.from;
        const end = sentences[last - 1]!.to;
        const words = paragraph.text.slice(start, end);
        const hash = sentenceHash(words);
        errors.push(...problems);
        if (hash !== e.hash) {
          const at = where("hash");
          const shown = words.length > 24 ? `${words.slice(0, 24)}…` : words;
          stale.push(dataError(file, at.line, at.column, field("hash"), e.hash, `the hash of sentence ${e.sentence} of paragraph ${sectionId} of data/${reportId}/sections.csv, now "${hash}" (“${shown}”)`));
          return;
        }
        const inside = paragraph.figures.filter((f) => f.offset >= start && f.offset + f.quote.length <= end);
        const used = [...e.en.matchAll(TOKEN)].filter((m) => m[1] === "fig").map((m) => m[2]!);
        const at = where("en");
        const list = inside.map((f) => f.id).join(", ") || "none";
        let bad = false;
        for (const id of used.filter((id) => !inside.some((f) => f.id === id))) {
          errors.push(dataError(file, at.line, at.column, field("en"), `{fig:${id}}`, `a figure standing in sentence ${e.sentence} of paragraph ${sectionId}: ${list}`));
          bad = true;
        }
        for (const f of inside.filter((f) => !used.includes(f.id))) {
          errors.push(dataError(file, at.line, at.column, field("en"), e.en.slice(0, 40), `every figure of the sentence written as a token: {fig:${f.id}} ("${f.quote}") is missing`));
          bad = true;
        }
        if (problems.length > 0 || bad) return;
        const key = `${reportId}:${sectionId}`;
        glosses.set(key, [...(glosses.get(key) ?? []), { reportId, sectionId, first, last, start, end, text: e.en, figureIds: used }]);
      });
    }
  }
  return { glosses, errors, stale };
}

/** The build's warning for a stale gloss: where it is, that it is not shown, and what to do. */
export function staleGlossWarning(e: DataError): string {
  return `warning: ${formatDataError(e)}; the text changed, so this gloss is not shown (update or remove it)`;
}

const cache = new Map<string, Map<string, Gloss[]>>();

function glossesIn(lang: string): Map<string, Gloss[]> {
  const dir = path.resolve(process.env.CONTENT_DIR ?? "src/content");
  const key = `${dir}\n${lang}`;
  let found = cache.get(key);
  if (!found) {
    const result = readGlosses(dir, lang);
    if (result.errors.length > 0) throw new DataValidationError(result.errors);
    for (const e of sortDataErrors(result.stale)) console.warn(staleGlossWarning(e));
    found = result.glosses;
    cache.set(key, found);
  }
  return found;
}

/** The glosses of one paragraph, in reading order. */
export function paragraphGlosses(lang: string, reportId: string, sectionId: string): Gloss[] {
  return [...(glossesIn(lang).get(`${reportId}:${sectionId}`) ?? [])].sort((a, b) => a.start - b.start);
}

/** The gloss of the sentence holding a figure (its paragraph and offset), or undefined when none is written yet. */
export function figureGloss(lang: string, reportId: string, figure: { section_id: string; offset: number; quote: string }): Gloss | undefined {
  return paragraphGlosses(lang, reportId, figure.section_id).find((g) => g.start <= figure.offset && figure.offset + figure.quote.length <= g.end);
}
