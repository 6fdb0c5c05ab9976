/**
 * Unofficial glosses: an English (or other) rendering of the report's sentences that a page cites,
 * shown beside the link to the Chinese original and always marked as an unofficial translation.
 * One file per language and report: `src/content/glosses/<lang>/<report-id>.yaml`, keyed by
 * paragraph id (sections.csv), each a list of sentences:
 *
 *   review-p2:
 *     - zh: 地区生产总值在应对多难局面下保持在千亿以上，增长3.2%    # words of the paragraph, exactly as written
 *       en: Regional GDP stayed above 100 billion yuan …            # the gloss
 *
 * `zh` must stand in the paragraph's text exactly (so a corrected seed shows which glosses to
 * revisit). A figure's gloss is the entry whose words contain the figure's quote at its offset.
 * Problems are DataErrors with file:line:column, all at once.
 *
 * A gloss whose words no longer stand in its paragraph (a revised report text changed the
 * sentence) is stale: it is never shown, since it would pass off a translation of the old sentence
 * as one of the new. It does not stop the build (a revised text builds with no other change);
 * the build prints a warning naming file:line:column, and the page shows the sentence with no gloss.
 * The repository's own glosses must have none (glosses.test.ts).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { dataError, DataValidationError, formatDataError, sortDataErrors, type DataError } from "../data/errors";
import { loadReport } from "../data/load";
import { parseYamlWith } from "../lib/yaml-file";

export interface Gloss {
  sectionId: string;
  /** The glossed words as the report writes them, and where they start in the paragraph. */
  zh: string;
  start: number;
  text: string;
}

const entry = z.object({ zh: z.string().min(1, "words of the paragraph"), en: z.string().min(1, "the gloss") }).strict();
const schema = z.record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "a paragraph id from sections.csv"), z.array(entry).min(1, "at least one sentence"));

function fileLabel(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return rel.startsWith("..") || path.isAbsolute(rel) ? abs : rel.split(path.sep).join("/");
}

type SectionText = (reportId: string, sectionId: string) => string | undefined;

const realText: SectionText = (reportId, sectionId) => loadReport(reportId).sections.find((s) => s.id === sectionId)?.text;

/** Glosses of every report in `<dir>/glosses/<lang>/`, checked against the paragraphs' text. */
export function readGlosses(dir: string, lang: string, textOf: SectionText = realText): { glosses: Map<string, Gloss[]>; errors: DataError[]; stale: DataError[] } {
  const folder = path.join(dir, "glosses", lang);
  const glosses = new Map<string, Gloss[]>();
  const errors: DataError[] = [];
  const stale: DataError[] = [];
  const names = existsSync(folder) ? readdirSync(folder).filter((n) => n.endsWith(".yaml")).sort() : [];
  for (const name of names) {
    const reportId = name.replace(/\.yaml$/, "");
    const file = fileLabel(path.join(folder, name));
    const parsed = parseYamlWith(readFileSync(path.join(folder, name), "utf8"), schema);
    if (!parsed.ok) {
      errors.push(...parsed.issues.map((i) => dataError(file, i.line, i.column, i.field, i.value, i.expected)));
      continue;
    }
    for (const [sectionId, entries] of Object.entries(parsed.data)) {
      const text = textOf(reportId, sectionId);
      if (text === undefined) {
        const at = parsed.locate([sectionId]);
        errors.push(dataError(file, at.line, at.column, "paragraph", sectionId, `a paragraph id of data/${reportId}/sections.csv`));
        continue;
      }
      entries.forEach((e, i) => {
        const start = text.indexOf(e.zh);
        if (start < 0) {
          const at = parsed.locate([sectionId, i, "zh"]);
          stale.push(dataError(file, at.line, at.column, `${sectionId}.${i}.zh`, e.zh, `words that stand exactly in paragraph ${sectionId} of data/${reportId}/sections.csv`));
          return;
        }
        const key = `${reportId}:${sectionId}`;
        glosses.set(key, [...(glosses.get(key) ?? []), { sectionId, zh: e.zh, start, text: e.en }]);
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

/** The gloss of the words holding a figure's quote (its paragraph and offset), or undefined when none is written yet. */
export function figureGloss(lang: string, reportId: string, figure: { section_id: string; offset: number; quote: string }): Gloss | undefined {
  return paragraphGlosses(lang, reportId, figure.section_id).find((g) => g.start <= figure.offset && figure.offset + figure.quote.length <= g.start + g.zh.length);
}
