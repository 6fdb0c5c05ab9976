/**
 * English (or other) nouns for counted figures: `src/content/nouns/<lang>.yaml`, keyed by figure id,
 * each "singular / plural". en-number.ts needs one for counters whose English depends on context
 * (个 projects, 户 households). Problems are DataErrors with file:line:column, all at once.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { dataError, DataValidationError, type DataError } from "../data/errors";
import type { Noun } from "../lib/en-number";
import { parseYamlWith } from "../lib/yaml-file";

const NOUN = /^\s*([^/\s][^/]*?)\s*\/\s*([^/\s][^/]*?)\s*$/;
const schema = z.record(
  z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "a figure id from data/<report-id>/figures.csv"),
  z.string().regex(NOUN, `"singular / plural", e.g. "mine / mines"`),
);

export interface NounFile {
  file: string;
  nouns: Map<string, Noun>;
  /** Line and column of each figure id's entry, for checks against the data. */
  at: Map<string, { line: number; column: number }>;
}

function fileLabel(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return rel.startsWith("..") || path.isAbsolute(rel) ? abs : rel.split(path.sep).join("/");
}

/** The nouns of `lang` in `<dir>/nouns/`; no file means no nouns (a language that needs none). */
export function readNouns(dir: string, lang: string): { nouns: NounFile; errors: DataError[] } {
  const abs = path.join(dir, "nouns", `${lang}.yaml`);
  const file = fileLabel(abs);
  const empty: NounFile = { file, nouns: new Map(), at: new Map() };
  if (!existsSync(abs)) return { nouns: empty, errors: [] };
  const parsed = parseYamlWith(readFileSync(abs, "utf8"), schema);
  if (!parsed.ok) return { nouns: empty, errors: parsed.issues.map((i) => dataError(file, i.line, i.column, i.field, i.value, i.expected)) };
  const nouns = new Map<string, Noun>();
  const at = new Map<string, { line: number; column: number }>();
  for (const [id, written] of Object.entries(parsed.data)) {
    const [, one, other] = NOUN.exec(written)!;
    nouns.set(id, { one: one!, other: other! });
    const { line, column } = parsed.locate([id]);
    at.set(id, { line, column });
  }
  return { nouns: { file, nouns, at }, errors: [] };
}

const cache = new Map<string, NounFile>();

/** The nouns of `lang` from the content folder (env CONTENT_DIR, else src/content); throws on a bad file. */
export function nounsOf(lang: string): NounFile {
  const dir = path.resolve(process.env.CONTENT_DIR ?? "src/content");
  const key = `${dir}\n${lang}`;
  let nouns = cache.get(key);
  if (!nouns) {
    const result = readNouns(dir, lang);
    if (result.errors.length > 0) throw new DataValidationError(result.errors);
    nouns = result.nouns;
    cache.set(key, nouns);
  }
  return nouns;
}
