/**
 * Outside facts (data/context.csv) in another language than the table's Chinese:
 * `src/content/context/<lang>.yaml` gives each fact's label and source line, and the words that mark
 * a value as outside the report. Story copy ({ctx:}) and charts (standard-bars) in that language use
 * them. `{source_number}` in a source line is the row's own document number, never retyped. Every
 * context.csv row needs words, and every id must be a row; problems are DataErrors with
 * file:line:column, all at once.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { dataError, DataValidationError, type DataError } from "../data/errors";
import type { ContextFact } from "../data/context";
import { loadContext } from "../data/load";
import { parseYamlWith } from "../lib/yaml-file";

const text = z.string().trim().min(1, "a non-blank text");
const schema = z
  .object({
    /** Introduces the source line beside a value: "outside the report". */
    outside_mark: text,
    facts: z.record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "an id from data/context.csv"), z.object({ label: text, shown_as: text }).strict()),
  })
  .strict();

export interface ContextWords {
  outsideMark: string;
  /** The fact's label and source line in the language. */
  of(id: string): { label: string; shownAs: string };
}

function fileLabel(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return rel.startsWith("..") || path.isAbsolute(rel) ? abs : rel.split(path.sep).join("/");
}

/** The words of `lang` in `<dir>/context/`, checked against `facts`; no file is an error only when there are facts. */
export function readContextWords(dir: string, lang: string, facts: readonly ContextFact[]): { words?: ContextWords; errors: DataError[] } {
  const abs = path.join(dir, "context", `${lang}.yaml`);
  const file = fileLabel(abs);
  if (!existsSync(abs)) return { errors: facts.length > 0 ? [dataError(file, null, null, "file", null, `the ${lang} words of data/context.csv (${facts.map((f) => f.id).join(", ")})`)] : [] };
  const parsed = parseYamlWith(readFileSync(abs, "utf8"), schema);
  if (!parsed.ok) return { errors: parsed.issues.map((i) => dataError(file, i.line, i.column, i.field, i.value, i.expected)) };
  const errors: DataError[] = [];
  const known = new Set(facts.map((f) => f.id));
  for (const id of Object.keys(parsed.data.facts)) {
    if (!known.has(id)) {
      const at = parsed.locate(["facts", id]);
      errors.push(dataError(file, at.line, at.column, "facts", id, `an id from data/context.csv (${[...known].join(", ") || "none"})`));
    }
  }
  const missing = facts.filter((f) => !parsed.data.facts[f.id]).map((f) => f.id);
  if (missing.length > 0) {
    const at = parsed.locate(["facts"]);
    errors.push(dataError(file, at.line, at.column, "facts", null, `words for every row of data/context.csv, but ${missing.join(", ")} has none`));
  }
  const byId = new Map(facts.map((f) => [f.id, f]));
  for (const [id, w] of Object.entries(parsed.data.facts)) {
    const fact = byId.get(id);
    if (fact && w.shown_as.includes("{source_number}") && !fact.source_number) {
      const at = parsed.locate(["facts", id, "shown_as"]);
      errors.push(dataError(file, at.line, at.column, `facts.${id}.shown_as`, w.shown_as, `no {source_number}: the row has no document number`));
    }
  }
  if (errors.length > 0) return { errors };
  const words: ContextWords = {
    outsideMark: parsed.data.outside_mark,
    of: (id) => {
      const w = parsed.data.facts[id];
      const fact = byId.get(id);
      if (!w || !fact) throw new Error(`no ${lang} words for context fact "${id}" in ${file}`);
      return { label: w.label, shownAs: w.shown_as.replace("{source_number}", fact.source_number ?? "") };
    },
  };
  return { words, errors };
}

const cache = new Map<string, ContextWords>();

/** The context words of `lang` for the site's data; throws listing every problem. */
export function contextWordsIn(lang: string): ContextWords {
  const dir = path.resolve(process.env.CONTENT_DIR ?? "src/content");
  const key = `${dir}\n${lang}`;
  let found = cache.get(key);
  if (!found) {
    const { words, errors } = readContextWords(dir, lang, loadContext());
    if (errors.length > 0 || !words) throw new DataValidationError(errors);
    found = words;
    cache.set(key, found);
  }
  return found;
}
