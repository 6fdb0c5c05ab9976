/**
 * The "我关心…" topic tables (data/README.md): `topics.csv` names the topics a resident asks about
 * (就业, 收入 …), `topic-sentences.csv` lists, per topic, every sentence of a report on it and which
 * of the sentence's figures are about the topic. Indicators follow from the figures (the
 * indicator-values rows that cite them), so nothing is typed twice.
 *
 * Both files are optional as a pair: a data folder without `topics.csv` has no topic pages (a
 * notice). Every problem is reported with file, line and column, all at once.
 */
import { z } from "zod";
import { foldWidth } from "../lib/fold-width";
import { id, optText, text } from "./cells";
import { dataError, type DataError } from "./errors";
import type { Figure, Section, TableSpec } from "./schema";
import { col, knownValues, type Located, type TableResult } from "./table";
import { checkUnique } from "./validate";

export const topicSchema = z.object({
  slug: id(),
  label_zh: text(),
  label_en: text(),
  /** What the topic takes in, for readers (and for whoever curates the next report). */
  scope_zh: text(),
  scope_en: text(),
});

/** Figure ids separated by single spaces, `none`, or blank (every figure of the sentence). */
const FIGURE_LIST = /^(none|[a-z0-9]+(-[a-z0-9]+)*( [a-z0-9]+(-[a-z0-9]+)*)*)?$/;

export const topicSentenceSchema = z.object({
  topic: id(),
  report_id: id(),
  section_id: id(),
  sentence: text(),
  figures: optText().superRefine((s, ctx) => {
    if (!FIGURE_LIST.test(s)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: "blank (every figure of the sentence), none, or figure ids separated by single spaces" });
    }
  }),
});

export type Topic = z.infer<typeof topicSchema>;
export type TopicSentence = z.infer<typeof topicSentenceSchema>;

const spec = <T>(name: string, shape: z.AnyZodObject): TableSpec<T> => ({
  name,
  columns: Object.keys(shape.shape),
  schema: shape as unknown as TableSpec<T>["schema"],
});

export const TOPIC_TABLES = {
  topics: spec<Topic>("topics.csv", topicSchema),
  topicSentences: spec<TopicSentence>("topic-sentences.csv", topicSentenceSchema),
} as const;

export interface TopicTables {
  topics: TableResult<Topic>;
  topicSentences: TableResult<TopicSentence>;
}

/** What a topic check needs of one report. */
export interface TopicReport {
  sections: TableResult<Section>;
  figures: TableResult<Figure>;
}

/** Sentence ends, as the extraction splits sentences (src/pipeline/sentence.ts). */
const END = /[。！？；]/;

/** The whole sentences of a text: from after one 。！？； to the next, inclusive, with their offsets. */
export function sentencesOf(text: string): { from: number; to: number; text: string }[] {
  const out: { from: number; to: number; text: string }[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (END.test(text[i]!)) {
      out.push({ from, to: i + 1, text: text.slice(from, i + 1) });
      from = i + 1;
    }
  }
  if (from < text.length) out.push({ from, to: text.length, text: text.slice(from) });
  return out;
}

/** Where a curated sentence stands in its section (after folding full-width forms), or null. */
export function locateSentence(sectionText: string, sentence: string): { from: number; to: number } | null {
  const wanted = foldWidth(sentence);
  const hit = sentencesOf(foldWidth(sectionText)).find((s) => s.text.trim() === wanted);
  return hit ? { from: hit.from, to: hit.to } : null;
}

/** Figures of the section standing inside [from, to). */
export function figuresWithin(figures: readonly Figure[], sectionId: string, span: { from: number; to: number }): Figure[] {
  return figures.filter((f) => f.section_id === sectionId && f.offset >= span.from && f.offset + f.quote.length <= span.to);
}

/** Every problem of the two topic tables against the reports; `reports` holds each report's parsed tables. */
export function checkTopics(t: TopicTables, reports: ReadonlyMap<string, TopicReport>, reportIds: Set<string> | null): DataError[] {
  const { topics, topicSentences: ts } = t;
  const errors: DataError[] = [
    ...checkUnique(topics, (r) => r.slug, "slug", "topic slug"),
    ...checkUnique(ts, (r) => `${r.topic} ${r.report_id} ${r.section_id} ${r.sentence}`, "sentence", "topic × report × section × sentence"),
  ];
  const slugs = knownValues(topics, "slug");
  const at = (line: number, column: string, what: string, value: string, expected: string) =>
    errors.push(dataError(ts.file, line, col(ts, column), what, value, expected));
  const used = new Set<string>();
  for (const row of ts.rows) {
    used.add(row.topic);
    if (slugs && !slugs.has(row.topic)) at(row.line, "topic", "unknown topic", row.topic, `a slug from ${topics.file}`);
    const report = reports.get(row.report_id);
    if (!report) {
      if (reportIds === null || !reportIds.has(row.report_id)) at(row.line, "report_id", "unknown report_id", row.report_id, "an id from seeds/manifest.csv");
      continue;
    }
    const section = report.sections.rows.find((s) => s.id === row.section_id);
    if (!section) {
      if (knownValues(report.sections, "id")?.has(row.section_id) === false) at(row.line, "section_id", "unknown section_id", row.section_id, `an id from ${report.sections.file}`);
      continue;
    }
    const span = locateSentence(section.text, row.sentence);
    if (!span) {
      at(row.line, "sentence", "sentence", row.sentence,
        `one whole sentence of section ${section.id} as written (from after one 。！？； to the next, inclusive)`);
      continue;
    }
    if (row.figures === "" || row.figures === "none") continue;
    const inside = new Set(figuresWithin(report.figures.rows, section.id, span).map((f) => f.id));
    for (const figureId of row.figures.split(" ")) {
      if (!inside.has(figureId)) {
        const list = [...inside].join(", ");
        at(row.line, "figures", "figure", figureId,
          inside.size > 0 ? `a figure standing in this sentence: ${list}` : "blank or none: no figure stands in this sentence");
      }
    }
  }
  for (const topic of topics.rows) {
    if (!used.has(topic.slug)) {
      errors.push(dataError(topics.file, topic.line, col(topics, "slug"), "topic", topic.slug, `at least one row in ${ts.file} (a topic page with no sentence says nothing)`));
    }
  }
  return errors;
}

/** The figures a row shows: every figure of its sentence, none, or the ids it lists (in sentence order). */
export function rowFigures(row: TopicSentence, section: Section, figures: readonly Figure[]): Figure[] {
  if (row.figures === "none") return [];
  const span = locateSentence(section.text, row.sentence);
  if (!span) return [];
  const inside = figuresWithin(figures, section.id, span);
  if (row.figures === "") return inside;
  const wanted = new Set(row.figures.split(" "));
  return inside.filter((f) => wanted.has(f.id));
}

export type LocatedTopic = Located<Topic>;
export type LocatedTopicSentence = Located<TopicSentence>;
